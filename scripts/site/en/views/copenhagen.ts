import { byInterval } from '../../../data/dates.ts'
import type { Tables } from '../../../data/types.ts'
import { FORMATS } from '../../../format/locale.ts'
import { kkMoneyChart, kkTargetsChart } from '../../charts/index.ts'
import { kkVerdict } from '../../charts/kk-targets.ts'
import { PageSources } from '../../refs.ts'
import { sentence } from '../../summary.ts'
import { citeEn } from '../cite.ts'
import { initiativeViewEn } from '../initiative.ts'
import { dateWordsEn, eventTitleEn, indicatorEn } from '../words.ts'
import { conclusionEn, ourSumEn } from '../claims.ts'

const en = FORMATS.en

/** Københavns Kommune's plan 2017–18 in English: the same rows as the Danish page. */
export function copenhagenViewEn(t: Tables) {
  const refs = new PageSources('en')
  const plan = t.plans.find((p) => p.plan_id === 'kk2017')!
  const inits = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  const named = inits.filter((i) => i.naming === 'named')
  const funds = t.funding.filter((f) => f.plan_id === plan.plan_id && named.some((i) => i.initiative_id === f.initiative_id))
  const perYear = funds.filter((f) => f.basis === 'per_year' && f.amount_mio_dkk !== null)
  const reached = t.indicators.filter((i) => i.plan_id === plan.plan_id && i.kind === 'target_reached' && i.value !== null && i.target !== null)
  const verdicts = named.map((i) => kkVerdict(t, i.initiative_id)).filter((u) => u !== undefined)
  const expected = verdicts.filter((u) => u.status === 'target_expected')
  const met = verdicts.filter((u) => u.status === 'target_met')
  const nameOf = (id: string) => named.find((i) => i.initiative_id === id)!
  const when = en.date(reached[0]!.date)
  const list = (xs: string[]) => xs.join(', ').replace(/, ([^,]*)$/, ' and $1')

  const summary = [
    sentence(
      refs,
      `The City of Copenhagen’s (Københavns Kommune’s) integration action plan for ${plan.start_year}–${plan.end_year} funded ${en.number(named.length)} efforts against social control. ${en.number(perYear.length)} of them got ${ourSumEn(perYear, ' a year').text} between them; the last is carried within the administration’s budget.`,
      citeEn(t, plan), ...funds.map((f) => citeEn(t, f)),
    ),
    sentence(
      refs,
      `The municipality’s status is from ${when}, before the activities of the autumn of ${when}. By then the efforts had reached ${list(reached.map(indicatorEn))}.`,
      ...reached.map((i) => citeEn(t, i)),
    ),
    sentence(
      refs,
      `For ${en.number(expected.length)} of the ${en.number(named.length)} recommendations the municipality wrote that the target is expected to be met through activities in the autumn of ${when}. The target of recommendation ${list(met.map((u) => String(nameOf(u.initiative_id).number)))} was met.`,
      ...verdicts.map((u) => citeEn(t, u)),
    ),
    conclusionEn(t, refs, 'kk-targets-outcome-unknown'),
  ]
  const events = t.events
    .filter((e) => e.plan_id === plan.plan_id && e.date_start >= '2017-11-01')
    .sort(byInterval)
    .map((e) => ({ id: e.event_id, when: dateWordsEn(e), title: eventTitleEn(e), marks: [refs.mark(citeEn(t, e))] }))
  return {
    summary,
    plan: { description: plan.description_en, marks: [refs.mark(citeEn(t, plan))] },
    total: { text: ourSumEn(perYear, ' a year').text, count: en.number(perYear.length) },
    targets: kkTargetsChart(t, 'en'),
    money: kkMoneyChart(t, 'en'),
    events,
    recommendations: named.map((i) => initiativeViewEn(t, i, refs)),
    other: inits.filter((i) => i.naming === 'beside_plan').map((i) => initiativeViewEn(t, i, refs)),
    sources: refs.list(),
  }
}
export type CopenhagenViewEn = ReturnType<typeof copenhagenViewEn>
