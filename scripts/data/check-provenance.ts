import { formatNumber, NUMBER_WORDS } from '../format/danish.ts'
import { type Problem, shown } from './problems.ts'
import type { TypedRow } from './check-table.ts'
import type { SourceTexts } from './source-texts.ts'
import { foldSpace } from './source-texts.ts'

/** Columns holding a figure that must appear in the row's own quote. */
const FIGURE_COLUMNS: Record<string, string[]> = {
  indicators: ['value', 'target', 'of_total'],
  funding: ['amount'],
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
        if (!text.includes(quote)) at('quote', `expected a verbatim passage of ${textFile}, found ${shown(quote)}, which is not in it`)
        for (const column of FIGURE_COLUMNS[name] ?? []) {
          const n = row[column]
          // A target may rest on its own passage (target_quote); every other figure on the quote.
          const own = column === 'target' && typeof row.target_quote === 'string' ? foldSpace(row.target_quote) : quote
          const where = own === quote ? 'quote' : 'target_quote'
          if (typeof n !== 'number') continue
          if (column === 'value' && row.value_qualifier === 'counted') {
            const items = listItems(quote)
            if (items.length !== n) at(column, `expected the number of items the quote lists (${items.length}: ${items.join(' | ')}), found ${formatNumber(n)}`)
          } else if (!quoteHasFigure(own, n)) at(column, `expected the figure to appear in the ${where}, found ${formatNumber(n)} not in ${shown(own)}`)
        }
      }
      if (typeof row.target_quote === 'string' && !text.includes(foldSpace(row.target_quote))) {
        at('target_quote', `expected a verbatim passage of ${textFile}, found ${shown(foldSpace(row.target_quote))}, which is not in it`)
      }
      const urlColumn = URL_COLUMNS[name]
      const url = urlColumn ? row[urlColumn] : null
      if (typeof url === 'string') {
        const places = name === 'sources' ? [textFile, 'supplementary.md'] : [textFile]
        if (!places.some((f) => texts.plainText(f)?.includes(url))) at(urlColumn!, `expected a URL that ${places.join(' or ')} gives, found ${shown(url)}`)
      }
    }
  }
}

/** True if the quote writes n in Danish: "2.000", "2000", "73,4", "3½" or a number word. */
export function quoteHasFigure(quote: string, n: number): boolean {
  const forms = new Set([formatNumber(n), String(n), String(n).replace('.', ',')])
  if (n % 1 === 0.5) for (const half of OCR_HALF) forms.add(`${Math.floor(n)}${half}`)
  for (const form of forms) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    if (new RegExp(`(?<![0-9.,])${escaped}(?![0-9]|[.,][0-9])`, 'u').test(quote)) return true
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
