import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { plainDecimal, quoteCell } from './csv-cells.ts'
import { inertText } from './excel-csv.ts'

/** The column that names the source on every row of a chart's data file. */
export const SOURCE_COLUMN = 'kilde'
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/

/**
 * A chart's numbers as CSV in the canonical dialect (UTF-8 without BOM, comma, `.` decimals,
 * LF). The first row is the header, so every CSV reader takes it as one; the source is a column
 * `kilde` on every row, because comment lines above the header break most parsers.
 */
export function chartCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[], sourceLine: string | readonly string[]): string {
  if (header.includes(SOURCE_COLUMN)) throw new Error(`Chart CSV: expected no column named "${SOURCE_COLUMN}" (it is added), found one`)
  // One source for every row, or each row its own.
  const sourceOf = (i: number) => (typeof sourceLine === 'string' ? sourceLine : sourceLine[i] ?? '')
  if (typeof sourceLine !== 'string' && sourceLine.length !== rows.length) throw new Error(`Chart CSV: expected a source for each of ${rows.length} rows, found ${sourceLine.length}`)
  if (rows.some((_, i) => !sourceOf(i).trim()) || (typeof sourceLine === 'string' && !sourceLine.trim())) throw new Error('Chart CSV: expected a source line, found an empty one')
  if (new Set(header).size !== header.length) throw new Error(`Chart CSV: expected each column once, found ${header.join(', ')}`)
  // Text a spreadsheet would run as a formula (=, +, -, @, tab, CR, ') gets a leading apostrophe,
  // as in the Excel CSV: these files are opened in spreadsheets more than anywhere else.
  const line = (cells: readonly (string | number)[]) =>
    cells.map((c) => (typeof c === 'number' ? plainDecimal(c) : quoteCell(inertText(c), ','))).join(',')
  const out = [line([...header, SOURCE_COLUMN])]
  rows.forEach((row, i) => {
    if (row.length !== header.length) throw new Error(`Chart CSV: expected ${header.length} cells in row ${i + 1}, found ${row.length}`)
    out.push(line([...row, sourceOf(i)]))
  })
  return out.join('\n') + '\n'
}

/** A chart's numbers, as the build hands them to the exports. */
export interface ChartData {
  id: string
  header: string[]
  rows: (string | number)[][]
  sources: string | readonly string[]
}

/** The path of a chart's data file under /data/: charts/<id>.csv (the chart's "data" link). */
export function chartCsvPath(id: string): string {
  if (!ID.test(id)) throw new Error(`Chart CSV: expected an id of lower-case letters, digits and single hyphens, found ${JSON.stringify(id)}`)
  return `charts/${id}.csv`
}

/** Writes `<outDir>/data/charts/<id>.csv` and returns its path. */
export function writeChartCsv(outDir: string, id: string, header: string[], rows: (string | number)[][], sourceLine: string | readonly string[]): string {
  const path = join(outDir, 'data', chartCsvPath(id))
  mkdirSync(join(outDir, 'data', 'charts'), { recursive: true })
  writeFileSync(path, chartCsv(header, rows, sourceLine))
  return path
}
