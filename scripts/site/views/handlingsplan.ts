import type { Tables } from '../../data/types.ts'
import { hpOutcomesChart, kommunerReachChart } from '../charts/index.ts'
import { amountText } from '../amount.ts'
import { anchor } from '../anchors.ts'
import { cite } from '../cite.ts'
import { type IndicatorId, records } from '../records.ts'
import { figureView, initiativeView, planIntro } from './common.ts'

/** The national action plan 2017–2020, with the government's plan of 2016 it grew from. */
export function handlingsplanView(t: Tables) {
  const plan = records(t).plan('hp2017')
  const first = records(t).plan('hp2016')
  const money = t.funding.find((f) => f.plan_id === plan.plan_id && f.basis === 'period_total')!
  const figure = (id: IndicatorId) => figureView(t, records(t).indicator(id))
  const initiatives = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  return {
    plan: planIntro(t, plan),
    money: { text: amountText(money), purpose: money.purpose, citation: cite(t, money) },
    areas: t.areas.filter((a) => a.plan_id === plan.plan_id).map((a) => ({ number: a.number, name: a.name, citation: cite(t, a) })),
    outcomes: hpOutcomesChart(t),
    reach: kommunerReachChart(t),
    advice: [figure('hp2017-kommuner-advised'), figure('hp2017-kommuner-helped-plan')],
    named: initiatives.filter((i) => i.naming === 'named').map((i) => initiativeView(t, i)),
    examples: initiatives.filter((i) => i.naming === 'example').map((i) => initiativeView(t, i)),
    first: {
      name: first.name,
      description: first.description,
      citation: cite(t, first),
      areas: t.areas
        .filter((a) => a.plan_id === first.plan_id)
        .map((a) => ({
          number: a.number,
          name: a.name,
          initiatives: t.initiatives.filter((i) => i.area_id === a.area_id).map((i) => ({ anchor: anchor.initiative(i.initiative_id), name: i.name, citation: cite(t, i) })),
        })),
    },
    findings: t.findings.filter((f) => f.plan_id === plan.plan_id).map((f) => ({ id: f.finding_id, number: f.number, text: f.text, citation: cite(t, f), sourceId: f.source_id })),
    recommendations: t.recommendations
      .filter((r) => r.plan_id === plan.plan_id)
      .map((r) => ({ id: r.recommendation_id, anchor: anchor.recommendation(r.recommendation_id), text: r.text, citation: cite(t, r) })),
  }
}
export type HandlingsplanView = ReturnType<typeof handlingsplanView>
