/**
 * Permalinks and citations of single figures and charts. Anchors are in the page's language and
 * stable: made from a key written in the code or the chart's id (Danish; English pages use CHART_EN),
 * never from the figure's wording (which changes with the data).
 */
import type { Lang } from '../format/locale.ts'
import type { Citation } from './cite.ts'
import type { Mark, PageSourceGroup } from './refs.ts'

const PREFIX: Record<Lang, { figure: string; chart: string; summary: string }> = {
  da: { figure: 'tal', chart: 'figur', summary: 'kort-fortalt' },
  en: { figure: 'figure', chart: 'chart', summary: 'in-brief' },
}

/**
 * A chart's anchor on English pages, in English (the chart's id, which also names its downloads
 * under /data/charts/ and /figurer/, is Danish). Written by hand: a new chart needs its line here.
 */
const CHART_EN: Record<string, string> = {
  'kommunernes-beredskaber': 'municipal-emergency-plans',
  'aftalen-status-2021': 'agreement-status-2021',
  'handlingsplan-initiativer-efter-udfald': 'action-plan-initiatives-by-outcome',
  'kk-midler-pr-anbefaling': 'copenhagen-money-by-recommendation',
  'kk-maal-og-resultater': 'copenhagen-targets-and-results',
  'kommuner-involveret': 'kommuner-involved',
  'penge-efter-plan-og-omraade': 'money-by-plan-and-area',
  tidslinje: 'timeline',
}

function chartKey(chartId: string, lang: Lang): string {
  if (lang === 'da') return chartId
  const key = CHART_EN[chartId]
  if (!key) throw new Error(`scripts/site/permalinks.ts: chart ${chartId} has no English anchor in CHART_EN`)
  return key
}

export const permalink = {
  /** A key figure (a fact, a card, a sentence of "Kort fortalt"). */
  figure: (key: string, lang: Lang = 'da') => `${PREFIX[lang].figure}-${key}`,
  /** The key of the n-th sentence (from 1) of a page's summary, for `figure` and citeMarked. */
  summaryKey: (n: number, lang: Lang = 'da') => `${PREFIX[lang].summary}-${n}`,
  /** A chart. */
  chart: (chartId: string, lang: Lang = 'da') => `${PREFIX[lang].chart}-${chartKey(chartId, lang)}`,
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
