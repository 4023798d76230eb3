import type { Tables } from '../../data/types.ts'
import { OUTCOME_COUNTS } from '../../data/check-rules.ts'
import type { Lang } from '../../format/locale.ts'
import { hpOutcomesChart, kommunerReachChart } from '../charts/index.ts'
import { wasWere } from '../en/words.ts'
import { language } from '../language.ts'
import { withWords } from '../words.ts'
import { sentence } from '../summary.ts'
import { initiativeView } from './common.ts'
import { firstWhere, type IndicatorId, records } from '../records.ts'

/** The national action plan 2017–2020, with the government's plan of 2016 it grew from (/handlingsplan-2017-2020). */
export function handlingsplanView(t: Tables) {
  return withWords(t, actionPlanView(t, 'da'))
}
export type HandlingsplanView = ReturnType<typeof handlingsplanView>

/** The same page in English (/en/action-plan-2017-2020). */
export const actionPlanViewEn = (t: Tables) => actionPlanView(t, 'en')
export type ActionPlanViewEn = ReturnType<typeof actionPlanViewEn>

/** The action plan's page in `lang`: the same rows, the same structure, each sentence written in both languages. */
export function actionPlanView(t: Tables, lang: Lang) {
  const L = language(lang)
  const { f } = L
  const refs = L.refs()
  const { plan: planOf, funding, indicator: ind, finding, event, source } = records(t)
  const plan = planOf('hp2017')
  const first = planOf('hp2016')
  const money = funding('hp2017-satspulje')
  const n = (id: IndicatorId) => f.number(ind(id).value!)
  const c = (id: IndicatorId) => L.cite(t, ind(id))
  // English agrees the verb with the count: "1 was", "2 were".
  const were = (id: IndicatorId) => wasWere(ind(id).value)
  const initiatives = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  const recs = t.recommendations.filter((r) => r.plan_id === plan.plan_id)
  const seeCloser = firstWhere(recs, (r) => r.quote.includes('vil se nærmere på'), 'a recommendation of hp2017 whose quote says »vil se nærmere på«')
  const k86Id = 'hp2017-kommuner-involved-86'
  const k86 = ind(k86Id)
  const { launched, carried_out: carried, given_up: givenUp, cancelled } = OUTCOME_COUNTS

  // Kort fortalt / In brief: the answer first, every figure read from its row.
  const ministerRow = finding('minister-on-evaluation')
  // The press release on the evaluation, named by its month ("i januar 2021"): the minister's words are quoted from its reprint.
  const pressRelease = source('uim-2021-01-15')
  const summary = [
    sentence(
      refs,
      L.say({
        da: `Ved satspuljeaftalen for 2017 blev der afsat ${L.amount(money)} til handlingsplanen for ${plan.start_year}–${plan.end_year}.`,
        en: `The rate-adjustment pool (satspulje) agreement for 2017 set aside ${L.amount(money)} for the action plan for ${plan.start_year}–${plan.end_year}.`,
      }),
      L.cite(t, money),
    ),
    sentence(
      refs,
      L.say({
        da: `Af ${n(launched)} igangsatte initiativer blev ${n(carried)} gennemført som planlagt, ${n(givenUp)} opgivet (exitstøtte) og ${n(cancelled)} aflyst (regionale netværksmøder, covid-19).`,
        en: `Of ${n(launched)} initiatives launched, ${n(carried)} ${were(carried)} carried out as planned, ${n(givenUp)} ${were(givenUp)} given up (exit support) and ${n(cancelled)} ${were(cancelled)} cancelled (regional network meetings, COVID-19).`,
      }),
      c(launched), c(carried), c(givenUp), c(cancelled),
    ),
    sentence(
      refs,
      L.say({
        da: `Ministerens følgebrev sammenfatter COWI's evaluering sådan: planen har samlet set opfyldt formålet med sine ${n('hp2017-areas')} indsatsområder.`,
        en: `The minister’s cover letter sums up the evaluation by the consultancy COWI like this: the plan has overall met the purpose of its ${n('hp2017-areas')} areas of effort.`,
      }),
      L.cite(t, finding('eval-purpose-met')),
    ),
    L.conclusion(t, refs, 'evaluation-summary-is-the-ministers'),
    sentence(
      refs,
      L.say({
        da: `I pressemeddelelsen om evalueringen i ${f.date(pressRelease.date!.slice(0, 7))} siger ministeren, at han desværre tror, at man kun ser toppen af isbjerget.`,
        en: `In the press release on the evaluation in ${f.date(pressRelease.date!.slice(0, 7))} the minister says that he is afraid only the tip of the iceberg is seen.`,
      }),
      L.cite(t, ministerRow),
    ),
    sentence(
      refs,
      L.say({
        da: `Ministerens brev siger, at ${n('hp2017-kommuner-involved-93')} kommuner har været involveret; pressemeddelelsen siger ${n(k86Id)} af ${f.number(k86.of_total!)}.`,
        en: `The minister’s letter says that ${n('hp2017-kommuner-involved-93')} kommuner (municipalities) have been involved; the press release says ${n(k86Id)} of ${f.number(k86.of_total!)}.`,
      }),
      c('hp2017-kommuner-involved-93'), c(k86Id),
    ),
  ]

  const areas = t.areas.filter((a) => a.plan_id === plan.plan_id).map((a) => ({ number: a.number, name: L.col(a, 'name'), marks: [refs.mark(L.cite(t, a))] }))
  const named = initiatives.filter((i) => i.naming === 'named').map((i) => initiativeView(t, i, refs, lang))
  const examples = initiatives.filter((i) => i.naming === 'example').map((i) => initiativeView(t, i, refs, lang))
  const statement = (x: Tables['findings'][number]) => ({ id: x.finding_id, text: L.col(x, 'text'), marks: [refs.mark(L.cite(t, x))] })
  const findings = t.findings.filter((x) => x.plan_id === plan.plan_id)
  const letterFindings = findings.filter((x) => x.source_id === 'min-2020-11-04').map(statement)
  const pressFindings = findings.filter((x) => x.source_id === 'uim-2021-01-15').map(statement)
  const ministerCite = L.cite(t, ministerRow)
  // The quote stays Danish on both pages; English pages show the site's translation beside it.
  const minister = { quote: ministerCite.quote, translation: ministerCite.translation ?? null, sourceId: ministerRow.source_id, marks: [refs.mark(ministerCite)] }
  const recommendations = recs.map((r) => ({ id: r.recommendation_id, anchor: L.anchor.recommendation(r), text: L.col(r, 'text'), marks: [refs.mark(L.cite(t, r))] }))
  const seeCloserMarks = [refs.mark(L.cite(t, seeCloser))]
  const recsUnknown = L.conclusion(t, refs, 'evaluation-recommendations-outcome-unknown')
  const purposeView = { text: L.col(plan, 'purpose')!, marks: [refs.mark(L.cite(t, plan))] }
  const firstCount = ind('hp2016-initiatives')
  const pageSource = source(first.source_id)
  const unexplained = L.conclusion(t, refs, 'hp2016-count-unexplained')
  // The year of the letter that counts the initiatives launched, and of the plan's adoption: their rows' dates.
  const letterYear = f.date(source(ind(launched).source_id).date!.slice(0, 4))
  const adopted = event('2016-national-plan-adopted')
  const fourteen = {
    text: L.say({
      da: `Ministeriets side om regeringens handlingsplan (senest opdateret ${f.date(pageSource.date!)}) siger, at planen indeholder ${f.number(firstCount.value!)} initiativer og er blevet fulgt op af en politisk aftale; ministerens brev fra ${letterYear} tæller ${n(launched)} igangsatte initiativer. Siden giver ikke planens dato; ifølge pressemeddelelsen om evalueringen (genudgivet af Sameksistens.dk) blev den nationale handlingsplan vedtaget af et politisk flertal i ${f.date(adopted.date)}.`,
      en: `The ministry’s page on the government’s action plan (last updated ${f.date(pageSource.date!)}) says that the plan contains ${f.number(firstCount.value!)} initiatives and has been followed up by a political agreement; the minister’s letter of ${letterYear} counts ${n(launched)} initiatives launched. The page does not give the plan’s date; according to the press release on the evaluation (republished by Sameksistens.dk), the national action plan was adopted by a political majority in ${f.date(adopted.date)}.`,
    }),
    marks: [refs.mark(L.cite(t, firstCount)), refs.mark(L.cite(t, first)), refs.mark(c(launched)), refs.mark(L.cite(t, adopted))],
    unexplained,
    /** The ministry page's count, for the heading and the list of its initiatives below the paragraph. */
    count: f.number(firstCount.value!),
    /** The letter's count of initiatives launched, for the heading ("Fra 14 til 22 initiativer"). */
    launched: n(launched),
  }
  const firstAreas = t.areas
    .filter((a) => a.plan_id === first.plan_id)
    .map((a) => ({
      number: a.number,
      name: L.col(a, 'name'),
      initiatives: t.initiatives.filter((i) => i.area_id === a.area_id).map((i) => ({ anchor: L.anchor.initiative(i), name: L.col(i, 'name') })),
    }))
  return {
    summary,
    areas,
    outcomes: hpOutcomesChart(t, lang),
    reach: kommunerReachChart(t, lang),
    named,
    examples,
    letterFindings,
    pressFindings,
    minister,
    recommendations,
    seeCloserMarks,
    recsUnknown,
    purpose: purposeView,
    fourteen,
    firstAreas,
    sources: refs.list(),
  }
}
