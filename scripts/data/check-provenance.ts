import Papa from 'papaparse'
import { NUMBER_WORDS } from '../format/danish.ts'
import { type Problem, shown } from './problems.ts'
import type { TypedRow } from './check-table.ts'
import type { SourceTexts } from './source-texts.ts'
import { foldSpace } from './source-texts.ts'
import { checkArchiveReadDates } from './check-kommune.ts'

/** Columns holding a figure that must appear in the row's own quote. */
const FIGURE_COLUMNS: Record<string, string[]> = {
  indicators: ['value', 'target', 'of_total'],
  funding: ['amount_mio_dkk'],
}
/** Columns holding a URL that must appear in the row's source. */
const URL_COLUMNS: Record<string, string> = { links: 'url', organisations: 'url', sources: 'url' }
/** The OCR of `003` reads ½ as "%2" ("3%2 arsvark"). */
const OCR_HALF = ['½', '%2']

/**
 * Every quote occurs in its source's text, every figure in its quote, every URL in its source.
 * Needs the source texts; the caller decides what to do when they are absent.
 */
export function checkProvenance(tables: Map<string, TypedRow[]>, texts: SourceTexts, fileOf: (name: string) => string, problems: Problem[]): void {
  checkKommuner(tables.get('kommuner'), texts, fileOf('kommuner'), problems)
  checkArchiveReadDates(tables, texts, fileOf, problems)
  const sourceFile = new Map((tables.get('sources') ?? []).map((s) => [String(s.source_id), String(s.text_file)]))
  for (const [name, rows] of tables) {
    for (const row of rows) {
      const at = (column: string, message: string) => problems.push({ file: fileOf(name), line: row._line, column, message })
      const textFile = name === 'sources' ? String(row.text_file) : sourceFile.get(String(row.source_id))
      if (!textFile) continue // a dangling source_id is reported by the key check
      const text = texts.text(textFile)
      if (text === null) {
        at('source_id', `expected the source text ${textFile} in ${texts.dir}, found no such file`)
        continue
      }
      if (typeof row.quote === 'string') {
        const quote = foldSpace(row.quote)
        if (!occursWhole(text, quote)) at('quote', `expected a verbatim passage of ${textFile} (whole words), found ${shown(quote)}, which is not in it`)
        for (const column of FIGURE_COLUMNS[name] ?? []) {
          const n = row[column]
          // A target may rest on its own passage (target_quote); every other figure on the quote.
          const own = column === 'target' && typeof row.target_quote === 'string' ? foldSpace(row.target_quote) : quote
          const where = own === quote ? 'quote' : 'target_quote'
          if (typeof n !== 'number') continue
          if (column === 'value' && row.value_qualifier === 'counted') {
            const items = listItems(quote)
            if (items.length !== n) at(column, `expected the number of items the quote lists (${items.length}: ${items.join(' | ')}), found ${exactDanish(n)}`)
          } else if (!quoteHasFigure(own, n)) at(column, `expected the figure to appear in the ${where}, found ${exactDanish(n)} not in ${shown(own)}`)
        }
      }
      if (typeof row.target_quote === 'string' && !occursWhole(text, foldSpace(row.target_quote))) {
        at('target_quote', `expected a verbatim passage of ${textFile} (whole words), found ${shown(foldSpace(row.target_quote))}, which is not in it`)
      }
      if (name === 'kommuner') continue // checked row by row against the register below
      const urlColumn = URL_COLUMNS[name]
      const url = urlColumn ? row[urlColumn] : null
      if (typeof url === 'string') {
        const places = name === 'sources' ? [textFile, 'supplementary.md'] : [textFile]
        if (!places.some((f) => occursAsUrl(texts.plainText(f) ?? '', url))) at(urlColumn!, `expected a URL that ${places.join(' or ')} gives, found ${shown(url)}`)
      }
    }
  }
}

/** The kommuner table must be the register's rows exactly (it has no quotes; its count drives "af 98"). */
export function checkKommuner(rows: TypedRow[] | undefined, texts: SourceTexts, file: string, problems: Problem[]): void {
  const raw = texts.raw('kommuner.csv')
  if (!rows || raw === null) return
  const register = Papa.parse<string[]>(raw.trim(), { delimiter: ',' }).data.slice(1)
  const key = (cells: unknown[]) => cells.slice(0, 4).map(String).join('|') + '|' + cells.slice(4, 6).map(Number).join('|')
  const known = new Set(register.map(key))
  const cols = ['kommunekode', 'kommune', 'regionskode', 'region', 'visueltcenter_lon', 'visueltcenter_lat']
  for (const r of rows) {
    if (!known.has(key(cols.map((c) => r[c])))) problems.push({ file, line: r._line, column: 'kommunekode', message: `expected a row of the register kommuner.csv, found ${shown(String(r.kommunekode))} with other values or not in it` })
  }
  if (rows.length !== register.length) problems.push({ file, line: 1, column: '-', message: `expected the register's ${register.length} kommuner, found ${rows.length}` })
}

/** A letter or digit: a quote that starts or ends on one must not cut a word or number in two. */
const WORD = /[\p{L}\p{N}]/u

/** True if `part` occurs in `text` without cutting a word or number at either end ("80" is not in "980"). */
export function occursWhole(text: string, part: string): boolean {
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
    const before = i > 0 && WORD.test(part[0]!) && WORD.test(text[i - 1]!)
    const after = WORD.test(part[part.length - 1]!) && WORD.test(text[i + part.length] ?? '')
    if (!before && !after) return true
  }
  return false
}

/** True if `url` occurs in `text` as a whole address, not the start of a longer one (prose may follow it with ", " or ". "). */
export function occursAsUrl(text: string, url: string): boolean {
  for (let i = text.indexOf(url); i >= 0; i = text.indexOf(url, i + 1)) {
    const next = text[i + url.length]
    if (next === undefined || /[\s<>()[\]"'*]/.test(next)) return true
    // Prose punctuation after an address ("…/nunjucks/, gives"): a comma or full stop, then a space.
    if (/[,.]/.test(next) && /^\s?$/.test(text[i + url.length + 1] ?? '')) return true
  }
  return false
}

/** n in Danish without rounding: 2000 → "2.000", 73.4 → "73,4", 73.404 → "73,404". */
function exactDanish(n: number): string {
  const [int, dec] = String(Math.abs(n)).split('.')
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return `${n < 0 ? '-' : ''}${grouped}${dec ? `,${dec}` : ''}`
}

/** True if the quote writes n in Danish, exactly: "2.000", "2000", "73,4", "3½" or a number word. */
export function quoteHasFigure(quote: string, n: number): boolean {
  const forms = new Set([exactDanish(n), String(n), String(n).replace('.', ',')])
  if (n % 1 === 0.5) for (const half of OCR_HALF) forms.add(`${Math.floor(n)}${half}`)
  for (const form of forms) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    // Not inside a longer number, nor the whole part of a fraction ("1" is not in "1½").
    if (new RegExp(`(?<![0-9.,])${escaped}(?![0-9½%]|[.,][0-9])`, 'u').test(quote)) return true
  }
  const words = NUMBER_WORDS[n] ?? []
  return words.some((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'iu').test(quote))
}

/** The items of a Danish enumeration: "dansk, engelsk, arabisk og urdu" → 4 items. */
export function listItems(quote: string): string[] {
  return quote
    .replace(/[.:;]+$/u, '')
    .split(/,\s*|\s+(?:og|samt)\s+/u)
    .map((s) => s.trim())
    .filter(Boolean)
}
