import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import JSZip from 'jszip'
import Papa from 'papaparse'
import type { TypedRow } from '../../scripts/data/check-table.ts'
import type { Resource } from '../../scripts/data/package-schema.ts'

export type Value = string | number | null
export type PlainRow = Record<string, Value>

/** The data rows as the exports should hold them: every schema column, no `_line`. */
export function plainRows(resource: Resource, rows: readonly TypedRow[]): PlainRow[] {
  return rows.map((r) => Object.fromEntries(resource.schema.fields.map((f) => [f.name, r[f.name] as Value])))
}

/**
 * Reads a "CSV til Excel" file back, independently of the code that wrote it: BOM, `;`, CRLF,
 * decimal comma in number columns, one apostrophe in front of text that would be a formula.
 */
export function parseExcelCsv(bytes: Uint8Array, resource: Resource): { header: string[]; rows: PlainRow[] } {
  if (bytes[0] !== 0xef || bytes[1] !== 0xbb || bytes[2] !== 0xbf) throw new Error('expected a UTF-8 byte-order mark')
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  if (!text.endsWith('\r\n')) throw new Error('expected the file to end with CRLF')
  const parsed = Papa.parse<string[]>(text.slice(0, -2), { delimiter: ';', newline: '\r\n', quoteChar: '"' })
  if (parsed.errors.length) throw new Error(`CSV errors: ${JSON.stringify(parsed.errors.slice(0, 3))}`)
  const [header, ...records] = parsed.data
  const fields = resource.schema.fields
  const rows = records.map((cells, i) => {
    if (cells.length !== fields.length) throw new Error(`record ${i + 2}: expected ${fields.length} cells, found ${cells.length}`)
    const row: PlainRow = {}
    fields.forEach((f, k) => {
      const cell = cells[k]!
      if (cell === '') row[f.name] = null
      else if (f.type === 'integer' || f.type === 'number') {
        if (!/^-?\d+(,\d+)?$/.test(cell)) throw new Error(`record ${i + 2}, ${f.name}: expected a number with decimal comma, found ${JSON.stringify(cell)}`)
        row[f.name] = Number(cell.replace(',', '.'))
      } else if (/^[=+\-@\t\r]/.test(cell)) {
        throw new Error(`record ${i + 2}, ${f.name}: text that a spreadsheet would run as a formula: ${JSON.stringify(cell)}`)
      } else row[f.name] = cell.startsWith("'") ? cell.slice(1) : cell
    })
    return row
  })
  return { header: header!, rows }
}

/** One worksheet cell as a spreadsheet sees it. */
export interface SheetCell {
  kind: 'string' | 'number' | 'other'
  text: string
  value: number | null
  formula: string | null
}
/** Rows of cells by 1-based row number and 0-based column index. */
export type Sheet = Map<number, Map<number, SheetCell>>

const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()]!,
  )
const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1

/** Reads the first worksheet of an .xlsx file (what LibreOffice wrote): strings, numbers, formulas. */
export async function readXlsx(path: string): Promise<Sheet> {
  const zip = await JSZip.loadAsync(readFileSync(path))
  const shared = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? ''
  const strings = [...shared.matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    [...m[1]!.matchAll(/<t(?: [^>]*)?>(.*?)<\/t>|<t(?: [^>]*)?\/>/gs)].map((t) => unescapeXml(t[1] ?? '')).join(''),
  )
  const xml = await zip.file('xl/worksheets/sheet1.xml')?.async('string')
  if (!xml) throw new Error(`${path}: expected a first worksheet`)
  const sheet: Sheet = new Map()
  for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const [, col, rowText, attrs, inner = ''] = m
    const type = /\bt="([a-z]+)"/.exec(attrs!)?.[1] ?? 'n'
    const v = /<v>(.*?)<\/v>/s.exec(inner)?.[1]
    const f = /<f(?: [^>]*)?>(.*?)<\/f>/s.exec(inner)?.[1]
    if (v === undefined && f === undefined) continue
    const formula = f === undefined ? null : unescapeXml(f)
    let cell: SheetCell
    if (type === 's') cell = { kind: 'string', text: strings[Number(v)]!, value: null, formula }
    else if (type === 'str' || type === 'inlineStr') cell = { kind: 'string', text: unescapeXml(v ?? ''), value: null, formula }
    else if (type === 'n') cell = { kind: 'number', text: v ?? '', value: Number(v), formula }
    else cell = { kind: 'other', text: v ?? '', value: null, formula }
    const row = Number(rowText)
    if (!sheet.has(row)) sheet.set(row, new Map())
    sheet.get(row)!.set(columnIndex(col!), cell)
  }
  return sheet
}

export const SOFFICE = '/usr/bin/soffice'

/**
 * LibreOffice Calc's CSV import options (the "Text Import" dialog as a filter string): `;`
 * between cells, `"` around text, UTF-8 (76), from line 1, Danish locale (1030) for decimal
 * comma, detect special numbers off, formulas evaluated (token 13), and quoted cells as text
 * or not (token 7).
 */
export function calcCsvFilter(quotedAsText: boolean): string {
  return `CSV:59,34,76,1,,1030,${quotedAsText},false,false,false,false,-1,true`
}

/**
 * Opens the CSV files in LibreOffice Calc (headless) with the given import options and saves
 * each as .xlsx; returns the paths of the .xlsx files in the order given. A private profile
 * and HOME per call, so parallel runs do not collide.
 */
export function convertWithCalc(csvPaths: string[], filter: string): { files: string[]; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'nsk-calc-'))
  const out = join(dir, 'out')
  execFileSync(
    SOFFICE,
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', `--infilter=${filter}`, '--convert-to', 'xlsx', '--outdir', out, ...csvPaths],
    { env: { ...process.env, HOME: dir }, stdio: 'pipe', timeout: 240_000 },
  )
  const files = csvPaths.map((p) => join(out, basename(p).replace(/\.csv$/, '.xlsx')))
  for (const f of files) if (!existsSync(f)) throw new Error(`LibreOffice wrote no ${f}`)
  return { files, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The crafted table of fixtures/crafted-table.json: formula-like text, æøå, numbers of every shape. */
export const crafted = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'crafted-table.json'), 'utf8')) as { resource: Resource; rows: TypedRow[] }
