import { loadData } from '../data/load-data.ts'
import type { Tables } from '../data/types.ts'
import { anchor } from './anchors.ts'
import { hjaelpView } from './views/hjaelp.ts'

export interface SearchSection {
  anchor: string
  title: string
  text: string
}

/** What each data-driven page shows, as text for the search index (keyed by Markdown file). */
const PAGES: Record<string, (d: Tables) => SearchSection[]> = {
  'hjaelp.md': (d) => hjaelpView(d).entries.map((e) => ({ anchor: e.anchor, title: e.name, text: `${e.org}. ${e.offers} ${e.audience}` })),
  'aftale-2021-2024.md': (d) => initiativesOf(d, ['fl21', 'finanslov2021']),
  'handlingsplan-2017-2020.md': (d) => initiativesOf(d, ['hp2017', 'hp2016']),
  'koebenhavn-2017-18.md': (d) => initiativesOf(d, ['kk2017']),
  'anbefalinger.md': (d) => d.recommendations.map((r) => ({ anchor: anchor.recommendation(r.recommendation_id), title: r.text, text: r.quote })),
  'ordliste.md': (d) => d.terms.map((t) => ({ anchor: anchor.term(t.term_id), title: t.term, text: t.definition })),
}

function initiativesOf(d: Tables, plans: string[]): SearchSection[] {
  return d.initiatives
    .filter((i) => plans.includes(i.plan_id))
    .map((i) => ({ anchor: anchor.initiative(i.initiative_id), title: i.name, text: i.description }))
}

export function searchSections(relativePath: string): SearchSection[] {
  const page = PAGES[relativePath]
  return page ? page(loadData()) : []
}
