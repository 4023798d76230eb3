/**
 * What the oracles compare the built pages with, made without the site's code: the CSV files
 * parsed here with papaparse (every cell as the file has it), the stored source texts read as
 * files, and Danish dates from a table written by hand. Nothing here imports scripts/site or
 * scripts/format; a test that compared a page with the site's own views would pass whatever the
 * views got wrong.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { DATA_DIR, SOURCES_DIR } from '../../scripts/data/load-data.ts'

export type Row = Record<string, string>

/** One table of data/, every cell a string ('' for empty), as papaparse reads the file. */
export function table(name: string): Row[] {
  const parsed = Papa.parse<Row>(readFileSync(join(DATA_DIR, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true })
  if (parsed.errors.length) throw new Error(`data/${name}.csv: ${parsed.errors[0]!.message}`)
  return parsed.data
}

/** Every table of data/, by name. */
export const TABLES: Record<string, Row[]> = Object.fromEntries(
  readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv')).map((f) => [f.slice(0, -4), table(f.slice(0, -4))]),
)

/** Every row of every table that quotes a source (has source_id, locator and quote). */
export const QUOTING_ROWS: { table: string; row: Row }[] = Object.entries(TABLES).flatMap(([name, rows]) =>
  rows.filter((r) => r.source_id && r.quote !== undefined && r.locator !== undefined).map((row) => ({ table: name, row })),
)

export const SOURCES = new Map(TABLES.sources!.map((s) => [s.source_id!, s]))

/**
 * The element ids a page gives records: the prefix per table and language written here by hand,
 * the key read from the CSV's `anchor` (Danish pages) or `anchor_en` (English pages) column.
 */
const ANCHOR_PREFIX: Record<'da' | 'en', Record<string, string>> = {
  da: { initiatives: 'initiativ', recommendations: 'anbefaling', events: 'begivenhed', offers: 'tilbud', terms: 'begreb', links: 'link', sources: 'kilde' },
  en: { initiatives: 'initiative', recommendations: 'recommendation', events: 'event', offers: 'offer', terms: 'term', links: 'link', sources: 'source' },
}
const ID_COLUMN: Record<string, string> = { initiatives: 'initiative_id', recommendations: 'recommendation_id', events: 'event_id', offers: 'offer_id', terms: 'term_id', links: 'link_id', sources: 'source_id' }

/** The element id of a record on a page in `lang`: recordAnchor('events', '2021-01-25-agreement') → "begivenhed-aftalen-2021". */
export function recordAnchor(tableName: string, id: string, lang: 'da' | 'en' = 'da'): string {
  const row = TABLES[tableName]!.find((r) => r[ID_COLUMN[tableName]!] === id)
  if (!row) throw new Error(`data/${tableName}.csv has no row ${id}`)
  return `${ANCHOR_PREFIX[lang][tableName]}-${lang === 'en' ? row.anchor_en : row.anchor}`
}

/** The record an element id names, or undefined: recordOfAnchor('sources', 'kilde-ministerbrev-2021-08-30') → that row. */
export function recordOfAnchor(tableName: string, elementId: string, lang: 'da' | 'en' = 'da'): Row | undefined {
  const prefix = `${ANCHOR_PREFIX[lang][tableName]}-`
  if (!elementId.startsWith(prefix)) return undefined
  const key = elementId.slice(prefix.length)
  return TABLES[tableName]!.find((r) => (lang === 'en' ? r.anchor_en : r.anchor) === key)
}

/** The stored text of a source, or null when the shared sources are not on this machine. */
export function sourceText(sourceId: string): string | null {
  const file = SOURCES.get(sourceId)?.text_file
  if (!file) return null
  try {
    return readFileSync(join(SOURCES_DIR, file), 'utf8')
  } catch {
    return null
  }
}

// Written by hand: the site's Danish month names.
const MONTHS: Record<string, string> = {
  '01': 'januar', '02': 'februar', '03': 'marts', '04': 'april', '05': 'maj', '06': 'juni',
  '07': 'juli', '08': 'august', '09': 'september', '10': 'oktober', '11': 'november', '12': 'december',
}

/** An ISO date of day, month or year precision as the site must write it: "4. november 2020", "juni 2021", "2018". */
export function danishDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso)
  if (!m) throw new Error(`not an ISO date of day, month or year precision: "${iso}"`)
  const [, y, mo, d] = m
  if (!mo) return y!
  if (!d) return `${MONTHS[mo]} ${y}`
  return `${Number(d)}. ${MONTHS[mo]} ${y}`
}

// Written by hand: the English edition's month names.
const EN_MONTHS: Record<string, string> = {
  '01': 'January', '02': 'February', '03': 'March', '04': 'April', '05': 'May', '06': 'June',
  '07': 'July', '08': 'August', '09': 'September', '10': 'October', '11': 'November', '12': 'December',
}

/** The same in English: "4 November 2020", "June 2021", "2018". */
export function englishDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso)
  if (!m) throw new Error(`not an ISO date of day, month or year precision: "${iso}"`)
  const [, y, mo, d] = m
  if (!mo) return y!
  if (!d) return `${EN_MONTHS[mo]} ${y}`
  return `${Number(d)} ${EN_MONTHS[mo]} ${y}`
}

/**
 * A passage folded for comparison: whitespace runs as one space, the typographic quotes and
 * apostrophes as plain ones, and a hyphen between two letters, or a line-break hyphen ("år- ligt"),
 * left out, so "årligt", "år-ligt" and "år- ligt" compare equal (the one clean-up the site makes,
 * tested with hand-written cases in tests/format/passages.test.ts). Nothing else is forgiven.
 */
export function fold(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/(\p{L})-\s?(?=\p{L})/gu, '$1')
    .trim()
}

/** The rows a shown passage can be: same source, and the passage is the row's quote (or its OCR reading). */
export function rowsQuoting(sourceId: string, shown: string): { table: string; row: Row }[] {
  const f = fold(shown)
  const readings = TABLES.ocr_readings!.filter((r) => r.source_id === sourceId && fold(r.reading!) === f).map((r) => fold(r.ocr_text!))
  return QUOTING_ROWS.filter(({ row }) => row.source_id === sourceId && [row.quote, row.target_quote].some((q) => q && (fold(q) === f || readings.includes(fold(q)))))
}

/** Numbers in Danish text ("2.000" → 2000, "73,4" → 73.4); digits glued to letters (FL21) are names. */
export function danishFigures(text: string): number[] {
  const before = '(?<![\\p{L}\\d.,])(?<!\\p{L}-)'
  const re = new RegExp(`${before}\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![\\p{L}\\d])|${before}\\d+(?:,\\d+)?(?![\\p{L}\\d])`, 'gu')
  return (text.match(re) ?? []).map((t) => Number(t.replace(/\./g, '').replace(',', '.')))
}

/** Numbers in English text ("2,000" → 2000, "73.4" → 73.4); digits glued to letters (FL21) are names. */
export function englishFigures(text: string): number[] {
  const before = '(?<![\\p{L}\\d.,])(?<!\\p{L}-)'
  const re = new RegExp(`${before}\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\p{L}\\d])|${before}\\d+(?:\\.\\d+)?(?![\\p{L}\\d])`, 'gu')
  return (text.match(re) ?? []).map((t) => Number(t.replace(/,/g, '')))
}

/**
 * Every number a row holds: its numeric cells and the figures in its text cells, Danish text read
 * as Danish and, for an English page, the English columns (`…_en`) read as English.
 */
export function figuresOfRow(row: Row, lang: 'da' | 'en' = 'da'): number[] {
  return Object.entries(row).flatMap(([k, v]) => {
    if (!v) return []
    if (/^-?\d+(\.\d+)?$/.test(v)) return [Number(v)]
    return lang === 'en' && k.endsWith('_en') ? englishFigures(v) : danishFigures(v)
  })
}
