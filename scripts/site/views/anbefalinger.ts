import type { Tables } from '../../data/types.ts'
import { anchor } from '../anchors.ts'
import { cite } from '../cite.ts'

/** Danish names of the recommendation themes, in the order the page shows them. */
export const THEMES: Record<string, string> = {
  acute_help: 'Akut hjælp',
  psychological_support: 'Psykologstøtte',
  family: 'Familien',
  children_young: 'Børn og unge',
  schools: 'Skoler',
  parents_community: 'Forældre og lokalmiljø',
  professionals: 'Fagpersoner',
  aftercare: 'Efter krisecenter',
  coordination: 'Koordinering',
  knowledge: 'Viden',
}

/** Every recommendation, grouped by theme, each with who made it and its source. */
export function anbefalingerView(t: Tables) {
  const org = (id: string) => t.organisations.find((o) => o.org_id === id)?.name ?? id
  const plan = (id: string) => t.plans.find((p) => p.plan_id === id)!
  return {
    themes: Object.entries(THEMES)
      .map(([key, name]) => ({
        key,
        name,
        items: t.recommendations
          .filter((r) => r.theme === key)
          .map((r) => ({ id: r.recommendation_id, anchor: anchor.recommendation(r.recommendation_id), text: r.text, issuer: org(r.issuer_org_id), plan: plan(r.plan_id).short_name, citation: cite(t, r) })),
      }))
      .filter((g) => g.items.length),
  }
}
export type AnbefalingerView = ReturnType<typeof anbefalingerView>
