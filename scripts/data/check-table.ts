import type { Field, Resource } from './package-schema.ts'
import { type Problem, shown } from './problems.ts'
import type { CsvTable } from './read-csv.ts'

/** A cell's value: null for an empty cell, undefined for an invalid one (already reported). */
export type Cell = string | number | null | undefined
export interface TypedRow {
  /** Line in the CSV file, for messages from later checks. */
  _line: number
  [column: string]: Cell
}

const INTEGER = /^-?(0|[1-9][0-9]*)$/
// Canonical decimals only: rejects Danish "2.000" / "2,8" and padded "73.40" alike.
const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/

/** Human words for the schema's patterns, so messages say what is expected. */
const PATTERN_NAMES: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'an id of lower-case letters, digits and single hyphens',
  // An anchor is never digits alone: #kilde-3 is the page's own numbered source entry.
  '^(?=[a-z0-9-]*[a-z])[a-z0-9]+(-[a-z0-9]+)*$': 'an anchor of lower-case letters a–z (æ, ø, å spelt ae, oe, aa), digits and single hyphens, with a letter in it',
  '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$': 'an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)',
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': 'an ISO date (YYYY-MM-DD)',
  '^https://[^\\s]+$': 'an https: URL',
  '^[0-9]{4}$': 'a four-digit code',
}

/** Checks header and cells of one table against its schema; returns the rows typed. */
export function checkTable(table: CsvTable, resource: Resource, file: string, problems: Problem[]): TypedRow[] | null {
  const at = (line: number, column: string, message: string) => problems.push({ file, line, column, message })
  const fields = resource.schema.fields
  const before = problems.length
  checkHeader(table.header, fields.map((f) => f.name), (column, message) => at(1, column, message))
  const headerOk = problems.length === before
  const index = new Map(table.header.map((h, i) => [h, i]))
  const rows: TypedRow[] = []
  for (const record of table.records) {
    if (record.cells.length !== table.header.length) {
      // Cells of a short or long record are misaligned; checking them would only add noise.
      const n = record.cells.length
      const column = n < table.header.length ? table.header[n]! : '-'
      at(record.line, column, `expected ${table.header.length} cells, found ${n}`)
      continue
    }
    const row: TypedRow = { _line: record.line }
    for (const field of fields) {
      const i = index.get(field.name)
      if (i === undefined) continue
      row[field.name] = checkCell(record.cells[i] ?? '', field, (message) => at(record.line, field.name, message))
    }
    rows.push(row)
  }
  // A table with a broken header is reported as such; keys and rules across tables skip it.
  return headerOk ? rows : null
}

function checkHeader(found: string[], expected: string[], report: (column: string, message: string) => void): void {
  const seen = new Set<string>()
  for (const h of found) {
    if (seen.has(h)) report(h, `expected each column once, found ${shown(h)} twice`)
    seen.add(h)
  }
  const missing = expected.filter((e) => !found.includes(e))
  const extra = found.filter((h) => !expected.includes(h))
  const sameSet = !missing.length && !extra.length
  // A missing and an extra column at the same position read as a rename.
  for (let i = 0; i < Math.max(found.length, expected.length); i++) {
    const f = found[i]
    const e = expected[i]
    if (f !== undefined && e !== undefined && missing.includes(e) && extra.includes(f)) {
      report(e, `expected column ${shown(e)}, found ${shown(f)}`)
      missing.splice(missing.indexOf(e), 1)
      extra.splice(extra.indexOf(f), 1)
    }
  }
  for (const m of missing) report(m, `expected column ${shown(m)}, found no such column`)
  for (const x of extra) report(x, `expected only the columns of datapackage.json, found an extra column ${shown(x)}`)
  if (sameSet) {
    const i = found.findIndex((h, k) => h !== expected[k])
    if (i >= 0) report(found[i]!, `expected column ${shown(expected[i]!)} at position ${i + 1}, found ${shown(found[i]!)} (columns out of order)`)
  }
}

function checkCell(raw: string, field: Field, report: (message: string) => void): Cell {
  const c = field.constraints ?? {}
  if (raw.includes('\uFFFD')) return undefined // bytes that are not UTF-8: reported by readCsv
  if (raw === '') {
    if (c.required) report('expected a value, found an empty cell')
    return null
  }
  if (raw !== raw.trim()) {
    report(`expected no leading or trailing spaces, found ${shown(raw)}`)
    return undefined
  }
  if (field.type === 'integer' || field.type === 'number') {
    const ok = (field.type === 'integer' ? INTEGER : NUMBER).test(raw)
    if (!ok) {
      report(`expected ${field.type === 'integer' ? 'an integer' : 'a number'}, found ${shown(raw)}`)
      return undefined
    }
    const n = Number(raw)
    if (c.minimum !== undefined && n < c.minimum) report(`expected a number ≥ ${c.minimum}, found ${shown(raw)}`)
    else if (c.maximum !== undefined && n > c.maximum) report(`expected a number ≤ ${c.maximum}, found ${shown(raw)}`)
    else return n
    return undefined
  }
  if (c.enum && !c.enum.includes(raw)) {
    report(`expected one of ${c.enum.join(', ')}, found ${shown(raw)}`)
    return undefined
  }
  if (c.pattern && !new RegExp(c.pattern, 'u').test(raw)) {
    report(`expected ${PATTERN_NAMES[c.pattern] ?? `text matching /${c.pattern}/`}, found ${shown(raw)}`)
    return undefined
  }
  if (c.pattern && PATTERN_NAMES[c.pattern]?.startsWith('an ISO date') && !isCalendarDate(raw)) {
    report(`expected a date that exists, found ${shown(raw)}`)
    return undefined
  }
  return raw
}

function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number)
  if (d === undefined) return true
  const date = new Date(Date.UTC(y!, m! - 1, d))
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d
}
