import { formatDate } from '../format/danish.ts'
import type { Source, Tables } from '../data/types.ts'

/** Where a figure comes from, ready to show: the source named, the passage quoted. */
export interface Citation {
  sourceId: string
  /** "Brev fra udlændinge- og integrationsministeren, 30. august 2021" style label. */
  label: string
  title: string
  url: string | null
  /** The source's page at the Internet Archive, dated from the source, where it has a URL. */
  archive: { url: string; date: string } | null
  locator: string
  quote: string
  /** The quote is OCR text, shown as the source has it. */
  ocr: boolean
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
    url: s.url,
    archive: archiveOf(tables, s),
    locator: row.locator,
    quote,
    ocr: s.ocr === 'yes',
  }
}

function archiveOf(tables: Tables, s: Source): Citation['archive'] {
  const a = s.url ? tables.archives?.find((x) => x.url === s.url && x.source_id === s.source_id) : undefined
  return a ? { url: a.archive_url, date: formatDate(a.archive_date) } : null
}
