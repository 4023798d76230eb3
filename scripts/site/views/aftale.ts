import type { Tables } from '../../data/types.ts'
import { fl21StatusChart, moneyByPlanChart } from '../charts/index.ts'
import { amountText } from '../amount.ts'
import { cite } from '../cite.ts'
import { records } from '../records.ts'
import { initiativeView, planIntro } from './common.ts'

/** The agreement of 25 January 2021 on the FL21 frame, and the finance act 2021 beside it. */
export function aftaleView(t: Tables) {
  const plan = records(t).plan('fl21')
  const act = records(t).plan('finanslov2021')
  const frame = records(t).funding('fl21-frame')
  const inits = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  const views = inits.map((i) => initiativeView(t, i))
  const firstDate = t.status_updates.filter((u) => inits.some((i) => i.initiative_id === u.initiative_id)).map((u) => u.date).sort()[0]
  const delayedIds = t.status_updates.filter((u) => u.date === firstDate && u.status === 'delayed').map((u) => u.initiative_id)
  return {
    plan: planIntro(t, plan),
    // The split and its gap are shown by the money chart.
    frame: { text: amountText(frame), citation: cite(t, frame) },
    money: moneyByPlanChart(t),
    status: fl21StatusChart(t),
    areas: t.areas
      .filter((a) => a.plan_id === plan.plan_id)
      .map((a) => ({ number: a.number, name: a.name, citation: cite(t, a), initiatives: views.filter((v) => inits.find((i) => i.initiative_id === v.id)?.area_id === a.area_id) })),
    delayed: views.filter((v) => delayedIds.includes(v.id)).map((v) => ({ anchor: v.anchor, name: v.name })),
    otherFunding: t.funding
      .filter((f) => f.plan_id === plan.plan_id && f.parent_id === null && f.funding_id !== frame.funding_id)
      .map((f) => ({ purpose: f.purpose, text: amountText(f), citation: cite(t, f), note: f.note })),
    act: {
      ...planIntro(t, act),
      initiatives: t.initiatives.filter((i) => i.plan_id === act.plan_id).map((i) => initiativeView(t, i)),
      funding: t.funding.filter((f) => f.plan_id === act.plan_id && f.initiative_id === null).map((f) => ({ purpose: f.purpose, text: amountText(f), citation: cite(t, f) })),
    },
  }
}
export type AftaleView = ReturnType<typeof aftaleView>
