import { byInterval, dateWords } from '../../data/dates.ts'
import type { Tables } from '../../data/types.ts'
import { formatDate, formatMio, formatNumber } from '../../format/danish.ts'
import { kkMoneyChart, kkTargetsChart } from '../charts/index.ts'
import { kkVerdict } from '../charts/kk-targets.ts'
import { cite } from '../cite.ts'
import { indicatorText } from '../figure.ts'
import { PageSources } from '../refs.ts'
import { withWords } from '../words.ts'
import { eventTitle } from '../vocabulary.ts'
import { sentence } from '../summary.ts'
import { initiativeView, planIntro } from './common.ts'
import { records } from '../records.ts'
import { conclusion, moneyVerb, ourSum } from '../claims.ts'

/** Københavns Kommune's plan 2017–18: the six recommendations and the other efforts. */
export function koebenhavnView(t: Tables) {
  return withWords(t, koebenhavnViewBody(t))
}

function koebenhavnViewBody(t: Tables) {
  const refs = new PageSources()
  const { plan: planOf, event, initiative } = records(t)
  const plan = planOf('kk2017')
  const inits = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  const named = inits.filter((i) => i.naming === 'named')
  const funds = t.funding.filter((f) => f.plan_id === plan.plan_id && named.some((i) => i.initiative_id === f.initiative_id))
  const perYear = funds.filter((f) => f.basis === 'per_year' && f.amount_mio_dkk !== null)
  const reached = t.indicators.filter((i) => i.plan_id === plan.plan_id && i.kind === 'target_reached' && i.value !== null && i.target !== null)
  const verdicts = named.map((i) => kkVerdict(t, i.initiative_id)).filter((u) => u !== undefined)
  const expected = verdicts.filter((u) => u.status === 'target_expected')
  const met = verdicts.filter((u) => u.status === 'target_met')
  // Only where the status's own passage names the autumn (OCR: "efteraret") does the page say so.
  const autumn = expected.filter((u) => /efter[aå]ret/.test(u.quote))
  const unseasoned = expected.filter((u) => !autumn.includes(u))
  const nameOf = initiative
  const when = formatDate(reached[0]!.date)
  const list = (xs: string[]) => xs.join(', ').replace(/, ([^,]*)$/, ' og $1')

  const summary = [
    sentence(
      refs,
      `Københavns Kommunes integrationshandleplan for ${plan.start_year}–${plan.end_year} finansierede ${formatNumber(named.length)} indsatser mod social kontrol; til ${formatNumber(perYear.length)} af dem var der ${[...new Set(perYear.map((f) => moneyVerb(t, f)))].join(' og ')} ${ourSum(perYear, ' om året').text}; den sidste løftes inden for forvaltningens ramme.`,
      cite(t, plan), ...funds.map((f) => cite(t, f)),
    ),
    sentence(
      refs,
      `Ved kommunens status i ${when}, før efterårets aktiviteter, havde indsatserne nået ${list(reached.map(indicatorText))}.`,
      ...reached.map((i) => cite(t, i)),
    ),
    sentence(
      refs,
      `For anbefaling ${list(autumn.map((u) => String(nameOf(u.initiative_id).number)))} forventede kommunen at nå målet gennem aktiviteter i efteråret ${when}${unseasoned.length ? `, for anbefaling ${list(unseasoned.map((u) => String(nameOf(u.initiative_id).number)))} uden at sige hvornår` : ''}. Målet for anbefaling ${list(met.map((u) => String(nameOf(u.initiative_id).number)))} var nået.`,
      ...verdicts.map((u) => cite(t, u)),
    ),
    conclusion(t, refs, 'kk-targets-outcome-unknown'),
  ]
  const intro = planIntro(t, plan, refs)
  // What the status reports as under way or planned, and the evaluation that followed, in the timeline's words.
  const events = t.events
    .filter((e) => e.plan_id === plan.plan_id && e.date_start >= '2017-11-01')
    .sort(byInterval)
    .map((e) => ({ id: e.event_id, when: dateWords(e), title: eventTitle(e), marks: [refs.mark(cite(t, e))] }))
  return {
    summary,
    plan: intro,
    total: { text: ourSum(perYear, ' om året').text, count: formatNumber(perYear.length) },
    targets: kkTargetsChart(t),
    money: kkMoneyChart(t),
    events,
    recommendations: named.map((i) => initiativeView(t, i, refs)),
    other: inits.filter((i) => i.naming === 'beside_plan').map((i) => initiativeView(t, i, refs)),
    sources: refs.list(),
  }
}
export type KoebenhavnView = ReturnType<typeof koebenhavnView>
