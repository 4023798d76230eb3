/**
 * Permalinks and citations of single figures and charts. Anchors are Danish and stable: made from
 * the record's or chart's id, never from its wording (which changes with the data).
 */
import type { Citation } from './cite.ts'
import type { Mark, PageSourceGroup } from './refs.ts'

export const permalink = {
  /** A key figure (a fact, a card, a sentence of "Kort fortalt"). */
  figure: (key: string) => `tal-${key}`,
  /** A chart. */
  chart: (chartId: string) => `figur-${chartId}`,
}

/** A figure's sources as a citation names them: the document with its date, and its title. */
export const citedSources = (citations: Citation[]): string[] => [...new Set(citations.map((c) => `${c.document}: ${c.title}`))]

/** What a citation holds besides the page's address: the figure in words and its sources. */
export interface CiteItem {
  /** The anchor (permalink.figure / permalink.chart). */
  id: string
  /** The figure as the page says it, or "Figur: <title>". */
  text: string
  sources: string[]
}

/** A citation item for a figure marked with the page's numbered sources (`marks` → their documents). */
export function citeMarked(sources: PageSourceGroup[], key: string, text: string, marks: Mark[]): CiteItem {
  const byN = new Map(sources.flatMap((g) => g.entries.map((e) => [e.n, g] as const)))
  return { id: permalink.figure(key), text, sources: [...new Set(marks.map((m) => byN.get(m.n)!).map((g) => `${g.document}: ${g.title}`))] }
}
