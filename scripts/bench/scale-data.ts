import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { DERIVED_TABLES, derivedCsv, deriveTables } from '../data/analysis-tables.ts'
import { checkData } from '../data/load-data.ts'
import { readPackage, type Resource } from '../data/package-schema.ts'
import { formatProblem } from '../data/problems.ts'
import { quoteCell } from '../export/csv-cells.ts'

/**
 * Generated copies of the data for `npm run bench:scale` (issue 17 §5), written outside `data/`:
 * - rows × n: every table that can be copied gets n − 1 copies of each row. A copy keeps the
 *   original's sources, quotes, dates and figures, and gets new ids (`<id>-x<k>`) in its own key
 *   and in every key that points at a copied table, so copy k is a whole second set of plans,
 *   initiatives, funding, … that passes every check the originals pass (sums, latest status,
 *   disagreements, translations of its quotes). The derived tables are derived again from the
 *   copies, as `npm run codebook` would. The page count stays: no table that makes pages is copied.
 * - kommuner + m: m synthetic kommuner, added to both the data and a copy of the register they
 *   are checked against, each with its own page.
 */

/**
 * Not copied, and why: kommuner and regions make pages (one each) and are checked row by row against
 * the register; sources are the documents themselves. The rest have a natural key that a copy
 * cannot change without changing what it says: one beredskab per kommune, one translation per
 * quoted passage, one OCR reading per OCR passage, one archived copy per address, one row per verb.
 * The derived tables are derived again from the copies.
 */
export const NOT_COPIED: Record<string, string> = {
  kommuner: 'one page per kommune; the register',
  regions: 'one page per region; the register',
  sources: 'the documents',
  beredskaber: 'one row per kommune (key: kommunekode)',
  quote_translations: 'one row per quoted passage (key: source and quote)',
  ocr_readings: 'one row per OCR passage (key: source and OCR text)',
  archives: 'one row per address (key: url and source)',
  verbs: 'one row per verb (key: the word)',
}

export interface ScaleSpec {
  /** Each copyable table holds this many times its rows (1: as it is). */
  rows: number
  /** Synthetic kommuner added, each with its own page. */
  kommuner: number
}
export interface ScaledData {
  dataDir: string
  sourcesDir: string
  /** Rows per table in the copy. */
  rows: Record<string, number>
}

const SUFFIX = (k: number) => `-x${k}`

export function writeScaledData(from: { dataDir: string; sourcesDir: string }, to: string, spec: ScaleSpec): ScaledData {
  const dataDir = join(to, 'data')
  const sourcesDir = join(to, 'sources')
  mkdirSync(to, { recursive: true })
  cpSync(from.dataDir, dataDir, { recursive: true })
  cpSync(from.sourcesDir, sourcesDir, { recursive: true })
  const pkg = readPackage(join(dataDir, 'datapackage.json'))
  const derived = new Set<string>(DERIVED_TABLES)
  const copied = pkg.resources.filter((r) => !(r.name in NOT_COPIED) && !derived.has(r.name))
  const copiedNames = new Set(copied.map((r) => r.name))

  if (spec.rows > 1) {
    for (const r of copied) {
      const { header, records } = readTable(dataDir, r)
      // The columns whose values are ids of copied rows: the table's own single key, and every foreign key into a copied table.
      const remapped = new Set<number>()
      const own = r.schema.primaryKey.length === 1 ? r.schema.primaryKey[0]! : null
      if (own) remapped.add(header.indexOf(own))
      // Columns that must be unique (the anchors) would repeat in a copy: they get a suffix of their
      // own, a word rather than the ids' "-x1", so that a copied anchor holds no copied id.
      const unique = new Set(r.schema.fields.filter((f) => f.constraints?.unique && !remapped.has(header.indexOf(f.name))).map((f) => header.indexOf(f.name)))
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = fk.reference.resource === '' ? r.name : fk.reference.resource
        if (copiedNames.has(target)) for (const f of fk.fields) remapped.add(header.indexOf(f))
      }
      if (remapped.has(-1)) throw new Error(`bench:scale: ${r.name}: a key column is not in the header`)
      if (!own && ![...remapped].some((i) => r.schema.primaryKey.includes(header[i]!))) {
        throw new Error(`bench:scale: ${r.name}: expected a key that a copy can change (its own id or a key into a copied table), found ${r.schema.primaryKey.join(', ')}`)
      }
      const out = [...records]
      for (let k = 1; k < spec.rows; k++) {
        for (const rec of records) out.push(rec.map((cell, i) => (cell === '' ? cell : remapped.has(i) ? cell + SUFFIX(k) : unique.has(i) ? `${cell}-kopi${k}` : cell)))
      }
      writeTable(dataDir, r, header, out)
    }
    // The analysis tables, derived from the copies as `npm run codebook` derives them from data/.
    const first = checkData({ dataDir, sourcesDir, requireSources: true, label: 'data' })
    const faithful = first.problems.filter((p) => !DERIVED_TABLES.some((d) => p.file === `data/${d}.csv`))
    if (faithful.length) throw new Error(`bench:scale: the copied data has problems:\n${faithful.slice(0, 20).map(formatProblem).join('\n')}`)
    for (const t of deriveTables(first.tables)) writeFileSync(join(dataDir, `${t.name}.csv`), derivedCsv(t))
  }

  if (spec.kommuner > 0) addKommuner(dataDir, sourcesDir, spec.kommuner)

  const result = checkData({ dataDir, sourcesDir, requireSources: true, label: 'data' })
  if (result.problems.length) throw new Error(`bench:scale: the generated data has ${result.problems.length} problems:\n${result.problems.slice(0, 20).map(formatProblem).join('\n')}`)
  const rows = Object.fromEntries(Object.entries(result.tables).map(([name, t]) => [name, (t as unknown[]).length]))
  return { dataDir, sourcesDir, rows }
}

/**
 * Synthetic kommuner, round the real regions, each a copy of a real kommune's place with a new
 * code (from 2000, above every real one) and name; added to the register in the copied sources too,
 * since the data check holds the table to it.
 */
function addKommuner(dataDir: string, sourcesDir: string, count: number): void {
  const pkg = readPackage(join(dataDir, 'datapackage.json'))
  const resource = pkg.resources.find((r) => r.name === 'kommuner')!
  const { header, records } = readTable(dataDir, resource)
  const col = (name: string) => {
    const i = header.indexOf(name)
    if (i < 0) throw new Error(`bench:scale: kommuner.csv: expected a column ${name}`)
    return i
  }
  const [code, name] = [col('kommunekode'), col('kommune')]
  const register = readFileSync(join(sourcesDir, 'kommuner.csv'), 'utf8')
  const registerHeader = Papa.parse<string[]>(register.split('\n')[0]!).data[0]!
  const added: string[][] = []
  for (let n = 0; n < count; n++) {
    const like = records[n % records.length]!
    const row = [...like]
    row[code] = String(2000 + n)
    // Danish letters in every name, so the slugs are folded as the real ones are.
    row[name] = `Prøvekommune Ærø-Å ${n + 1}`
    added.push(row)
  }
  writeTable(dataDir, resource, header, [...records, ...added])
  const lines = added.map((row) => registerHeader.map((h) => quoteCell(row[header.indexOf(h)]!, ',')).join(','))
  appendFileSync(join(sourcesDir, 'kommuner.csv'), (register.endsWith('\n') ? '' : '\n') + lines.join('\n') + '\n')
}

function readTable(dataDir: string, r: Resource): { header: string[]; records: string[][] } {
  const text = readFileSync(join(dataDir, r.path), 'utf8')
  const parsed = Papa.parse<string[]>(text.replace(/\n$/, ''), { delimiter: ',', newline: '\n' })
  if (parsed.errors.length) throw new Error(`bench:scale: ${r.path}: ${parsed.errors[0]!.message}`)
  const [header, ...records] = parsed.data
  return { header: header!, records }
}

function writeTable(dataDir: string, r: Resource, header: string[], records: string[][]): void {
  writeFileSync(join(dataDir, r.path), [header, ...records].map((row) => row.map((c) => quoteCell(c, ',')).join(',')).join('\n') + '\n')
}
