import type { TypedRow } from './check-table.ts'
import type { Problem } from './problems.ts'

/**
 * The English renderings of quotes (quote_translations.csv): each translates a passage the data
 * quotes, in that very wording (a changed Danish quote makes its translation stale, and this says
 * so), and is plain text that a page shows after "Our translation:", never inside the source's
 * quotation marks. That every quote an English page shows has one is checked by the English views
 * (scripts/site/en/translations.ts), which know what the pages show.
 */
const QUOTE_COLUMNS = /(^|_)quote$/
const QUOTATION_MARKS = /[»«"“”„]/

export function checkTranslations(tables: Map<string, TypedRow[]>, fileOf: (name: string) => string, problems: Problem[]): void {
  const translations = tables.get('quote_translations')
  if (!translations) return
  const quoted = new Set<string>()
  for (const [name, rows] of tables) {
    if (name === 'quote_translations') continue
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (QUOTE_COLUMNS.test(column) && typeof value === 'string') {
          // A row's own source, or (the analysis tables) the source named beside the quote.
          const source = row[column.replace(/quote$/, 'source_id')] ?? row.source_id
          quoted.add(`${String(source)}\u0000${value}`)
        }
      }
    }
  }
  const at = (row: TypedRow, column: string, message: string) => problems.push({ file: fileOf('quote_translations'), line: row._line as number, column, message })
  for (const row of translations) {
    const quote = String(row.quote)
    if (!quoted.has(`${String(row.source_id)}\u0000${quote}`)) {
      at(row, 'quote', `expected a passage that data quotes from ${String(row.source_id)}, word for word (has the Danish quote changed? then translate it anew), found "${quote.slice(0, 80)}${quote.length > 80 ? '…' : ''}"`)
    }
    const en = String(row.quote_en)
    if (QUOTATION_MARKS.test(en)) at(row, 'quote_en', `expected the site's own words without quotation marks (the page labels them as our translation), found "${en.slice(0, 80)}"`)
    if (en.trim() === quote.trim()) at(row, 'quote_en', 'expected an English rendering, found the Danish passage itself')
  }
}

/** A quoted span: "…", “…” or »…«. */
const QUOTED = /"([^"]+)"|“([^”]+)”|»([^«]+)«/g
const quotedSpans = (text: string): string[] => [...text.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3]!).trim())
const fold = (s: string) => s.toLocaleLowerCase('da').replace(/\s+/g, ' ')

/**
 * English text in `_en` columns: quotation marks hold the source's own (Danish) words, which the
 * Danish twin column quotes too; an English rendering goes beside them, without quotation marks
 * ("the source says "mindst" (at least)"), so a reader never takes our words for the source's.
 */
export function checkEnglishQuotes(tables: Map<string, TypedRow[]>, fileOf: (name: string) => string, problems: Problem[]): void {
  for (const [name, rows] of tables) {
    for (const row of rows) {
      for (const [column, value] of Object.entries(row)) {
        if (!column.endsWith('_en') || typeof value !== 'string') continue
        const twin = column.slice(0, -3)
        const danish = new Set(quotedSpans(typeof row[twin] === 'string' ? (row[twin] as string) : '').map(fold))
        for (const span of quotedSpans(value)) {
          if (!danish.has(fold(span))) {
            problems.push({ file: fileOf(name), line: row._line as number, column, message: `expected quotation marks only around words that ${twin} quotes too (the source's own words; put an English rendering beside them, unquoted), found "${span.slice(0, 80)}"` })
          }
        }
      }
    }
  }
}

/**
 * A title in [brackets] is one the site gave a document without a title (/kilder says so): the
 * English title is bracketed exactly when the Danish one is, so a real title is never shown as ours.
 */
export function checkTitleBrackets(tables: Map<string, TypedRow[]>, fileOf: (name: string) => string, problems: Problem[]): void {
  const bracketed = (v: unknown) => typeof v === 'string' && v.startsWith('[')
  for (const row of tables.get('sources') ?? []) {
    if (bracketed(row.title) !== bracketed(row.title_en)) {
      problems.push({ file: fileOf('sources'), line: row._line as number, column: 'title_en', message: `expected ${bracketed(row.title) ? 'a title in [brackets], as title is (a title the site gave the document)' : 'the English title without brackets, as title has none (the document’s own title, translated)'}, found "${String(row.title_en).slice(0, 80)}"` })
    }
  }
}
