import type { Tables } from '../../data/types.ts'
import { kkMoneyChart, kkTargetsChart } from '../charts/index.ts'
import { records } from '../records.ts'
import { initiativeView, planIntro } from './common.ts'

/** Københavns Kommune's plan 2017–18: the six recommendations and the other efforts. */
export function koebenhavnView(t: Tables) {
  const plan = records(t).plan('kk2017')
  const inits = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  return {
    plan: planIntro(t, plan),
    targets: kkTargetsChart(t),
    money: kkMoneyChart(t),
    recommendations: inits.filter((i) => i.naming === 'named').map((i) => initiativeView(t, i)),
    other: inits.filter((i) => i.naming === 'beside_plan').map((i) => initiativeView(t, i)),
  }
}
export type KoebenhavnView = ReturnType<typeof koebenhavnView>
