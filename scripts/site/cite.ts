import { formatDate } from '../format/danish.ts'
import type { Source, Tables } from '../data/types.ts'
import type { Anchored } from './anchors.ts'
import { MissingRecord } from './records.ts'
import { SOURCE_KIND_FROM } from './vocabulary.ts'

/** Where a figure comes from, ready to show: the source named, the passage quoted. */
export interface Citation {
  sourceId: string
  /** The source's hand-written anchor keys (its entry on /kilder and /en/sources). */
  sourceAnchor: Anchored
  /** "Brev fra udlændinge- og integrationsministeren, 30. august 2021" style label. */
  label: string
  title: string
  /** A short name for the document: "Brev fra udlændinge- og integrationsministeren, 4. november 2020". */
  document: string
  url: string | null
  /** The source's page at the Internet Archive, dated from the source, where it has a URL. */
  archive: { url: string; date: string } | null
  locator: string
  quote: string
  /** The quote is OCR text, shown as the source has it. */
  ocr: boolean
  /** For OCR text: the quote with the letters the OCR broke restored, for display; else null. */
  reading: string | null
  /** On English pages: the site's own English rendering of the quote (data/quote_translations.csv). */
  translation?: string | null
}

interface Provenanced {
  source_id: string
  locator: string
  quote: string
}

export function sourceLabel(s: Source): string {
  // A note ends with its own full stop; the label is followed by one, so it is dropped here.
  const date = s.date ? formatDate(s.date) : s.date_note?.replace(/\.$/, '')
  return [s.sender, date].filter(Boolean).join(', ')
}

/** A citation as one line of text, for a data file: "sender, date: title". */
export function citationLine(c: Citation): string {
  return `${c.label}: ${c.title}`
}

/** Cites a row that carries provenance: its source named, its passage quoted. */
export type Citer = (row: Provenanced, quote?: string) => Citation

// One index per set of tables: a page's view cites dozens of rows, a chart pass several times.
const citers = new WeakMap<Tables, Citer>()

/**
 * The citation index of a set of tables, built once (sources, archive copies and OCR readings by
 * key) and reused for every row: `const cite = citer(tables)`. The data check guarantees that every
 * row's source exists.
 */
export function citer(tables: Tables): Citer {
  const known = citers.get(tables)
  if (known) return known
  const sources = new Map(tables.sources.map((s) => [s.source_id, s]))
  const archives = firstBy(tables.archives ?? [], (a) => `${a.source_id}\u0000${a.url}`)
  const readings = firstBy(tables.ocr_readings ?? [], (r) => `${r.source_id}\u0000${r.ocr_text}`)
  const made: Citer = (row, quote = row.quote) => {
    const s = sources.get(row.source_id)
    if (!s) throw new MissingRecord('sources', 'source_id', row.source_id)
    const a = s.url ? archives.get(`${s.source_id}\u0000${s.url}`) : undefined
    return {
      sourceId: s.source_id,
      sourceAnchor: { anchor: s.anchor, anchor_en: s.anchor_en },
      label: sourceLabel(s),
      title: s.title,
      document: documentName(s),
      url: s.url,
      archive: a ? { url: a.archive_url, date: formatDate(a.archive_date) } : null,
      locator: row.locator,
      quote: joinLineBreaks(quote),
      ocr: s.ocr === 'yes',
      reading: s.ocr === 'yes' ? joinNullable(readings.get(`${s.source_id}\u0000${quote}`)?.reading ?? null) : null,
    }
  }
  citers.set(tables, made)
  return made
}

/** Rows by key, the first row winning (as `find` would). */
function firstBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T> {
  const m = new Map<string, T>()
  for (const r of rows) if (!m.has(key(r))) m.set(key(r), r)
  return m
}

/** `citer(tables)(row)`: the index is built on the first call for these tables, then looked up. */
export function cite(tables: Tables, row: Provenanced, quote = row.quote): Citation {
  return citer(tables)(row, quote)
}

/** The document named briefly, by kind, sender (without the person and ministry after it) and date. */
export function documentName(s: Source): string {
  const who = s.sender.split(' (')[0]!.split(', ')[0]!
  const whoText = /^Udlændinge- og integrationsministeren$/.test(who) ? 'udlændinge- og integrationsministeren' : who
  if (!s.date && s.kind === 'answer' && s.reference) return `${SOURCE_KIND_FROM[s.kind]} ${whoText} på ${s.reference.charAt(0).toLowerCase()}${s.reference.slice(1)}`
  return `${SOURCE_KIND_FROM[s.kind]} ${whoText}, ${s.date ? formatDate(s.date) : 'udateret'}`
}

/** Words a suspended compound hands on to ("efter- og videreuddannelse"): a hyphen before them is real. */
const AFTER_SUSPENDED = /^(og|eller|samt|til)\b/

/**
 * A passage as a reader should see it: the PDF's line-break hyphens joined ("år- ligt" → "årligt",
 * "In- sideOut" → "InsideOut", "SSP- konsulent" → "SSP-konsulent"), real hyphens kept ("efter- og
 * videreuddannelse"). The data keeps the
 * passage as the source has it; the quote check folds the source the same way.
 */
export function joinLineBreaks(text: string): string {
  // After a capital (an abbreviation: "SSP- konsulent") the hyphen is the word's own and stays.
  return text.replace(/(\p{L})- (\p{Ll}[\p{L}]*)/gu, (all, a: string, b: string) => (AFTER_SUSPENDED.test(b) ? all : /\p{Lu}/u.test(a) ? `${a}-${b}` : `${a}${b}`))
}

const joinNullable = (s: string | null) => (s === null ? null : joinLineBreaks(s))
