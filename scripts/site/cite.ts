import { formatDate } from '../format/danish.ts'
import type { Source, Tables } from '../data/types.ts'

/** Where a figure comes from, ready to show: the source named, the passage quoted. */
export interface Citation {
  sourceId: string
  /** "Brev fra udlændinge- og integrationsministeren, 30. august 2021" style label. */
  label: string
  title: string
  url: string | null
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
  const date = s.date ? formatDate(s.date) : s.date_note
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
    locator: row.locator,
    quote,
    ocr: s.ocr === 'yes',
  }
}
