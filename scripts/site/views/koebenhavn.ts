import { byInterval } from '../../data/dates.ts'
import type { Tables } from '../../data/types.ts'
import type { Lang } from '../../format/locale.ts'
import { kkMoneyChart, kkTargetsChart } from '../charts/index.ts'
import { kkVerdict } from '../charts/kk-targets.ts'
import { language } from '../language.ts'
import { withWords } from '../words.ts'
import { sentence } from '../summary.ts'
import { initiativeView, planIntro } from './common.ts'
import { records } from '../records.ts'

/** Københavns Kommune's plan 2017–18: the six recommendations and the other efforts (/koebenhavn-2017-18). */
export function koebenhavnView(t: Tables) {
  return withWords(t, copenhagenView(t, 'da'))
}
export type KoebenhavnView = ReturnType<typeof koebenhavnView>

/** The same page in English (/en/copenhagen-2017-18). */
export const copenhagenViewEn = (t: Tables) => copenhagenView(t, 'en')
export type CopenhagenViewEn = ReturnType<typeof copenhagenViewEn>

/** Copenhagen's page in `lang`: the same rows, each sentence written in both languages. */
export function copenhagenView(t: Tables, lang: Lang) {
  const L = language(lang)
  const { f } = L
  const refs = L.refs()
  const { plan: planOf, initiative } = records(t)
  const plan = planOf('kk2017')
  const inits = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  const named = inits.filter((i) => i.naming === 'named')
  const funds = t.funding.filter((x) => x.plan_id === plan.plan_id && named.some((i) => i.initiative_id === x.initiative_id))
  const perYear = funds.filter((x) => x.basis === 'per_year' && x.amount_mio_dkk !== null)
  const reached = t.indicators.filter((i) => i.plan_id === plan.plan_id && i.kind === 'target_reached' && i.value !== null && i.target !== null)
  const verdicts = named.map((i) => kkVerdict(t, i.initiative_id)).filter((u) => u !== undefined)
  const expected = verdicts.filter((u) => u.status === 'target_expected')
  const met = verdicts.filter((u) => u.status === 'target_met')
  // Only where the status's own passage names the autumn (OCR: "efteraret") does the page say so.
  const autumn = expected.filter((u) => /efter[aå]ret/.test(u.quote))
  const unseasoned = expected.filter((u) => !autumn.includes(u))
  const when = f.date(reached[0]!.date)
  const sum = L.ourSum(perYear, L.say({ da: ' om året', en: ' a year' })).text
  // The money says its source's verb ("afsat": set aside), never more: not "got", not "used".
  const verbs = L.list([...new Set(perYear.map((x) => L.moneyVerb(t, x)))])
  const numbers = (us: { initiative_id: string }[]) => L.list(us.map((u) => String(initiative(u.initiative_id).number)))
  const recommendation = (us: unknown[]) => L.say({ da: 'anbefaling', en: us.length === 1 ? 'recommendation' : 'recommendations' })

  const summary = [
    sentence(
      refs,
      L.say({
        da: `Københavns Kommunes integrationshandleplan for ${plan.start_year}–${plan.end_year} finansierede ${f.number(named.length)} indsatser mod social kontrol; til ${f.number(perYear.length)} af dem var der ${verbs} ${sum}; den sidste løftes inden for forvaltningens ramme.`,
        en: `The City of Copenhagen’s (Københavns Kommune’s) integration action plan for ${plan.start_year}–${plan.end_year} funded ${f.number(named.length)} efforts against social control; for ${f.number(perYear.length)} of them ${sum} was ${verbs}; the last is carried within the administration’s budget.`,
      }),
      L.cite(t, plan), ...funds.map((x) => L.cite(t, x)),
    ),
    sentence(
      refs,
      L.say({
        da: `Ved kommunens status i ${when}, før efterårets aktiviteter, havde indsatserne nået ${L.list(reached.map(L.indicator))}.`,
        en: `At the municipality’s status in ${when}, before the autumn’s activities, the efforts had reached ${L.list(reached.map(L.indicator))}.`,
      }),
      ...reached.map((i) => L.cite(t, i)),
    ),
    sentence(
      refs,
      L.say({
        da: `For ${recommendation(autumn)} ${numbers(autumn)} forventede kommunen at nå målet gennem aktiviteter i efteråret ${when}${unseasoned.length ? `, for ${recommendation(unseasoned)} ${numbers(unseasoned)} uden at sige hvornår` : ''}. Målet for ${recommendation(met)} ${numbers(met)} var nået.`,
        en: `For ${recommendation(autumn)} ${numbers(autumn)} the municipality expected to meet the target through activities in the autumn of ${when}${unseasoned.length ? `, for ${recommendation(unseasoned)} ${numbers(unseasoned)} without saying when` : ''}. The target of ${recommendation(met)} ${numbers(met)} was met.`,
      }),
      ...verdicts.map((u) => L.cite(t, u)),
    ),
    L.conclusion(t, refs, 'kk-targets-outcome-unknown'),
  ]
  const intro = planIntro(t, plan, refs, lang)
  // What the status reports as under way or planned, and the evaluation that followed, in the timeline's words.
  const events = t.events
    .filter((e) => e.plan_id === plan.plan_id && e.date_start >= '2017-11-01')
    .sort(byInterval)
    .map((e) => ({ id: e.event_id, when: L.dateWords(e), title: L.eventTitle(e), marks: [refs.mark(L.cite(t, e))] }))
  return {
    summary,
    plan: intro,
    total: { text: sum, count: f.number(perYear.length) },
    /** The date of the status the targets' figures are from (its year: the annex is dated by year), for the headings and sentences about it. */
    statusDate: when,
    targets: kkTargetsChart(t, lang),
    money: kkMoneyChart(t, lang),
    events,
    recommendations: named.map((i) => initiativeView(t, i, refs, lang)),
    other: inits.filter((i) => i.naming === 'beside_plan').map((i) => initiativeView(t, i, refs, lang)),
    sources: refs.list(),
  }
}
