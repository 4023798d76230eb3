import type { Tables } from '../../data/types.ts'
import { amountText } from '../amount.ts'
import { cite } from '../cite.ts'
import { targetText, valueText } from '../figure.ts'
import { formatNumber } from '../../format/danish.ts'
import { href } from '../links.ts'
import { records } from '../records.ts'

/** The front page's key figures, each a card with its source. */
export function homeView(t: Tables) {
  const { indicator: ind, funding: fund, plan } = records(t)
  const hpMoney = fund('hp2017-satspulje')
  const frame = fund('fl21-frame')
  const launched = ind('hp2017-initiatives-launched')
  const carried = ind('hp2017-initiatives-carried-out')
  const k93 = ind('hp2017-kommuner-involved-93')
  const k86 = ind('hp2017-kommuner-involved-86')
  const kk = ind('kk2017-children-young-reached')
  const total = t.kommuner.length
  return {
    cards: [
      { id: 'hp-money', value: amountText(hpMoney), label: `til ${plan('hp2017').short_name.toLowerCase()} (satspuljen)`, link: href.page('/handlingsplan-2017-2020'), citations: [cite(t, hpMoney)] },
      { id: 'hp-initiatives', value: `${valueText(carried)} af ${valueText(launched)}`, label: 'initiativer gennemført som planlagt', link: href.page('/handlingsplan-2017-2020', 'initiativerne'), citations: [cite(t, carried), cite(t, launched)] },
      { id: 'hp-kommuner', value: `${valueText(k93)} eller ${valueText(k86)}`, label: `kommuner involveret (af landets ${formatNumber(total)}) – to kilder, to tal`, link: href.page('/handlingsplan-2017-2020', 'kommunerne'), citations: [cite(t, k93), cite(t, k86)] },
      { id: 'fl21-money', value: amountText(frame), label: `i ${plan('fl21').short_name} (${frame.start_year}–${frame.end_year})`, link: href.page('/aftale-2021-2024'), citations: [cite(t, frame)] },
      { id: 'kk-reach', value: valueText(kk), label: `af ${targetText(kk)} ${kk.unit} nået i ${plan('kk2017').short_name}`, link: href.page('/koebenhavn-2017-18'), citations: [cite(t, kk), cite(t, kk, kk.target_quote ?? kk.quote)] },
    ],
  }
}
export type HomeView = ReturnType<typeof homeView>
