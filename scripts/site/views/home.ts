import type { Tables } from '../../data/types.ts'
import { amountText } from '../amount.ts'
import { cite } from '../cite.ts'
import { OUTCOME_COUNTS } from '../../data/check-rules.ts'
import { targetText, valueText } from '../figure.ts'
import { formatNumber } from '../../format/danish.ts'

/** The front page's key figures, each a card with its source. */
export function homeView(t: Tables) {
  const ind = (id: string) => t.indicators.find((i) => i.indicator_id === id)!
  const fund = (id: string) => t.funding.find((f) => f.funding_id === id)!
  const plan = (id: string) => t.plans.find((p) => p.plan_id === id)!
  const hpMoney = fund('hp2017-satspulje')
  const frame = fund('fl21-frame')
  const launched = ind(OUTCOME_COUNTS.launched)
  const carried = ind(OUTCOME_COUNTS.carried_out)
  const k93 = ind('hp2017-kommuner-involved-93')
  const k86 = ind('hp2017-kommuner-involved-86')
  const kk = ind('kk2017-children-young-reached')
  const total = t.kommuner.length
  return {
    cards: [
      { id: 'hp-money', value: amountText(hpMoney), label: `til ${plan('hp2017').short_name.toLowerCase()} (satspuljen)`, link: '/handlingsplan-2017-2020', citations: [cite(t, hpMoney)] },
      { id: 'hp-initiatives', value: `${valueText(carried)} af ${valueText(launched)}`, label: 'initiativer gennemført som planlagt', link: '/handlingsplan-2017-2020#initiativerne', citations: [cite(t, carried), cite(t, launched)] },
      { id: 'hp-kommuner', value: `${valueText(k93)} eller ${valueText(k86)}`, label: `kommuner involveret (af landets ${formatNumber(total)}) – to kilder, to tal`, link: '/handlingsplan-2017-2020#kommunerne', citations: [cite(t, k93), cite(t, k86)] },
      { id: 'fl21-money', value: amountText(frame), label: `i ${plan('fl21').short_name} (${frame.start_year}–${frame.end_year})`, link: '/aftale-2021-2024', citations: [cite(t, frame)] },
      { id: 'kk-reach', value: valueText(kk), label: `af ${targetText(kk)} ${kk.unit} nået i ${plan('kk2017').short_name}`, link: '/koebenhavn-2017-18', citations: [cite(t, kk), cite(t, kk, kk.target_quote ?? kk.quote)] },
    ],
  }
}
export type HomeView = ReturnType<typeof homeView>
