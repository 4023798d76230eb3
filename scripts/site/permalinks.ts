/**
 * Permalinks and citations of single figures and charts. Anchors are in the page's language and
 * stable: made from the record's or chart's id, never from its wording (which changes with the data).
 */
import type { Lang } from '../format/locale.ts'
import type { Citation } from './cite.ts'
import type { Mark, PageSourceGroup } from './refs.ts'

const PREFIX: Record<Lang, { figure: string; chart: string; summary: string }> = {
  da: { figure: 'tal', chart: 'figur', summary: 'kort-fortalt' },
  en: { figure: 'figure', chart: 'chart', summary: 'in-brief' },
}

export const permalink = {
  /** A key figure (a fact, a card, a sentence of "Kort fortalt"). */
  figure: (key: string, lang: Lang = 'da') => `${PREFIX[lang].figure}-${key}`,
  /** The key of the n-th sentence (from 1) of a page's summary, for `figure` and citeMarked. */
  summaryKey: (n: number, lang: Lang = 'da') => `${PREFIX[lang].summary}-${n}`,
  /** A chart. */
  chart: (chartId: string, lang: Lang = 'da') => `${PREFIX[lang].chart}-${chartId}`,
}

/** A source as a citation names it: the document with its date, and its title ("Brev fra …, 4. november 2020: Status …"). */
export const sourceName = (s: { document: string; title: string }): string => `${s.document}: ${s.title}`

/** A figure's sources as a citation names them, each once. */
export const citedSources = (citations: Citation[]): string[] => [...new Set(citations.map(sourceName))]

/** What a citation holds besides the page's address: the figure in words and its sources. */
export interface CiteItem {
  /** The anchor (permalink.figure / permalink.chart). */
  id: string
  /** The figure as the page says it, or "Figur: <title>". */
  text: string
  sources: string[]
}

/** A citation item for a figure marked with the page's numbered sources (`marks` → their documents). */
export function citeMarked(sources: PageSourceGroup[], key: string, text: string, marks: Mark[], lang: Lang = 'da'): CiteItem {
  const byN = new Map(sources.flatMap((g) => g.entries.map((e) => [e.n, g] as const)))
  return { id: permalink.figure(key, lang), text, sources: [...new Set(marks.map((m) => sourceName(byN.get(m.n)!)))] }
}
