import type { Tables } from '../../data/types.ts'
import { beredskaberMapChart } from './beredskaber-map.ts'
import { fl21StatusChart } from './fl21-status.ts'
import { hpOutcomesChart } from './hp-outcomes.ts'
import { kkMoneyChart } from './kk-money.ts'
import { kkTargetsChart } from './kk-targets.ts'
import { kommunerReachChart } from './kommuner-reach.ts'
import type { ChartModel } from './model.ts'
import { moneyByPlanChart } from './money-by-plan.ts'
import { timelineChart } from './timeline.ts'

/** Every chart on the site, for the exports (each chart's CSV) and the tests. */
export function allCharts(t: Tables): ChartModel[] {
  return [kkTargetsChart(t), kkMoneyChart(t), hpOutcomesChart(t), kommunerReachChart(t), moneyByPlanChart(t), fl21StatusChart(t), timelineChart(t), beredskaberMapChart(t)]
}
export { beredskaberMapChart, fl21StatusChart, hpOutcomesChart, kkMoneyChart, kkTargetsChart, kommunerReachChart, moneyByPlanChart, timelineChart }
export type { ChartModel }
