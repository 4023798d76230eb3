import { formatDate } from '../format/danish.ts'
import type { Source, Tables } from '../data/types.ts'

/** Where a figure comes from, ready to show: the source named, the passage quoted. */
export interface Citation {
  sourceId: string
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

/** Builds a citation for any row that carries provenance. */
export function cite(tables: Tables, row: Provenanced, quote = row.quote): Citation {
  const s = tables.sources.find((x) => x.source_id === row.source_id)
  if (!s) throw new Error(`no source ${row.source_id}`) // the data check makes this unreachable
  return {
    sourceId: s.source_id,
    label: sourceLabel(s),
    title: s.title,
    document: documentName(s),
    url: s.url,
    archive: archiveOf(tables, s),
    locator: row.locator,
    quote: joinLineBreaks(quote),
    ocr: s.ocr === 'yes',
    reading: s.ocr === 'yes' ? joinNullable(readingOf(tables, s.source_id, quote)) : null,
  }
}

/** The corrected reading of an OCR passage, if the data has one. */
function readingOf(tables: Tables, sourceId: string, quote: string): string | null {
  return (tables.ocr_readings ?? []).find((r) => r.source_id === sourceId && r.ocr_text === quote)?.reading ?? null
}

const KIND: Record<Source['kind'], string> = {
  letter: 'Brev fra',
  answer: 'Svar fra',
  annex: 'Bilag fra',
  press_release: 'Pressemeddelelse fra',
  news_article: 'Artikel fra',
  web_page: 'Webside fra',
  register: 'Register fra',
}

/** The document named briefly, by kind, sender (without the person and ministry after it) and date. */
export function documentName(s: Source): string {
  const who = s.sender.split(' (')[0]!.split(', ')[0]!
  const whoText = /^Udlændinge- og integrationsministeren$/.test(who) ? 'udlændinge- og integrationsministeren' : who
  if (!s.date && s.kind === 'answer' && s.reference) return `${KIND[s.kind]} ${whoText} på ${s.reference.charAt(0).toLowerCase()}${s.reference.slice(1)}`
  return `${KIND[s.kind]} ${whoText}, ${s.date ? formatDate(s.date) : 'udateret'}`
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

function archiveOf(tables: Tables, s: Source): Citation['archive'] {
  const a = s.url ? tables.archives?.find((x) => x.url === s.url && x.source_id === s.source_id) : undefined
  return a ? { url: a.archive_url, date: formatDate(a.archive_date) } : null
}

const joinNullable = (s: string | null) => (s === null ? null : joinLineBreaks(s))
