import type { Tables } from '../../../data/types.ts'
import { OUTCOME_COUNTS } from '../../../data/check-rules.ts'
import { FORMATS } from '../../../format/locale.ts'
import { hpOutcomesChart, kommunerReachChart } from '../../charts/index.ts'
import { PageSources } from '../../refs.ts'
import { sentence } from '../../summary.ts'
import { citeEn } from '../cite.ts'
import { anchorEn } from '../../anchors.ts'
import { initiativeViewEn } from '../initiative.ts'
import { amountEn, wasWere } from '../words.ts'
import { conclusionEn } from '../claims.ts'

const en = FORMATS.en

/** The national action plan 2017–2020 in English: the same rows as the Danish page, in the `_en` columns' words. */
export function actionPlanViewEn(t: Tables) {
  const refs = new PageSources('en')
  const plan = t.plans.find((p) => p.plan_id === 'hp2017')!
  const first = t.plans.find((p) => p.plan_id === 'hp2016')!
  const money = t.funding.find((f) => f.plan_id === plan.plan_id && f.funding_id === 'hp2017-satspulje')!
  const ind = (id: string) => t.indicators.find((i) => i.indicator_id === id)!
  const n = (id: string) => en.number(ind(id).value!)
  const c = (id: string) => citeEn(t, ind(id))
  const finding = (id: string) => t.findings.find((f) => f.finding_id === id)!
  const initiatives = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  const recs = t.recommendations.filter((r) => r.plan_id === plan.plan_id)
  const seeCloser = recs.find((r) => r.quote.includes('vil se nærmere på'))!
  const k86 = ind('hp2017-kommuner-involved-86')

  // In brief: the answer first, every figure read from its row.
  const summary = [
    sentence(refs, `The rate-adjustment pool (satspulje) agreement for 2017 set aside ${amountEn(money)} for the action plan for ${plan.start_year}–${plan.end_year}.`, citeEn(t, money)),
    sentence(
      refs,
      `Of ${n(OUTCOME_COUNTS.launched)} initiatives launched, ${n(OUTCOME_COUNTS.carried_out)} ${wasWere(ind(OUTCOME_COUNTS.carried_out).value)} carried out as planned, ${n(OUTCOME_COUNTS.given_up)} ${wasWere(ind(OUTCOME_COUNTS.given_up).value)} given up (exit support) and ${n(OUTCOME_COUNTS.cancelled)} ${wasWere(ind(OUTCOME_COUNTS.cancelled).value)} cancelled (regional network meetings, COVID-19).`,
      c(OUTCOME_COUNTS.launched), c(OUTCOME_COUNTS.carried_out), c(OUTCOME_COUNTS.given_up), c(OUTCOME_COUNTS.cancelled),
    ),
    sentence(refs, `The minister’s cover letter sums up the evaluation by the consultancy COWI like this: the plan has overall met the purpose of its ${n('hp2017-areas')} areas of effort.`, citeEn(t, finding('eval-purpose-met'))),
    conclusionEn(t, refs, 'evaluation-summary-is-the-ministers'),
    sentence(refs, 'In the press release on the evaluation in January 2021 the minister says that he is afraid only the tip of the iceberg is seen.', citeEn(t, t.findings.find((f) => f.finding_id === 'minister-on-evaluation')!)),
    sentence(
      refs,
      `The minister’s letter says that ${n('hp2017-kommuner-involved-93')} kommuner (municipalities) have been involved; the press release says ${n(k86.indicator_id)} of ${en.number(k86.of_total!)}.`,
      c('hp2017-kommuner-involved-93'), c(k86.indicator_id),
    ),
  ]

  const areas = t.areas.filter((a) => a.plan_id === plan.plan_id).map((a) => ({ number: a.number, name: a.name_en, marks: [refs.mark(citeEn(t, a))] }))
  const named = initiatives.filter((i) => i.naming === 'named').map((i) => initiativeViewEn(t, i, refs))
  const examples = initiatives.filter((i) => i.naming === 'example').map((i) => initiativeViewEn(t, i, refs))
  const statement = (f: Tables['findings'][number]) => ({ id: f.finding_id, text: f.text_en, marks: [refs.mark(citeEn(t, f))] })
  const findings = t.findings.filter((f) => f.plan_id === plan.plan_id)
  const letterFindings = findings.filter((f) => f.source_id === 'min-2020-11-04').map(statement)
  const pressFindings = findings.filter((f) => f.source_id === 'uim-2021-01-15').map(statement)
  const ministerRow = findings.find((f) => f.finding_id === 'minister-on-evaluation')!
  const ministerCite = citeEn(t, ministerRow)
  const minister = { quote: ministerCite.quote, translation: ministerCite.translation, sourceId: ministerRow.source_id, marks: [refs.mark(ministerCite)] }
  const recommendations = recs.map((r) => ({ id: r.recommendation_id, anchor: anchorEn.recommendation(r), text: r.text_en, marks: [refs.mark(citeEn(t, r))] }))
  const seeCloserMarks = [refs.mark(citeEn(t, seeCloser))]
  const firstCount = ind('hp2016-initiatives')
  const fourteen = {
    text: `The government’s plan of 2016 had ${en.number(firstCount.value!)} initiatives and was followed by a political agreement; the minister’s letter of 2020 counts ${n(OUTCOME_COUNTS.launched)} launched. The ${en.number(firstCount.value!)} are the plan as first published. The sources do not explain how ${en.number(firstCount.value!)} became ${n(OUTCOME_COUNTS.launched)}.`,
    marks: [refs.mark(citeEn(t, firstCount)), refs.mark(citeEn(t, first)), refs.mark(c(OUTCOME_COUNTS.launched))],
  }
  const firstAreas = t.areas
    .filter((a) => a.plan_id === first.plan_id)
    .map((a) => ({
      number: a.number,
      name: a.name_en,
      initiatives: t.initiatives.filter((i) => i.area_id === a.area_id).map((i) => ({ anchor: anchorEn.initiative(i), name: i.name_en })),
    }))
  return {
    summary,
    areas,
    outcomes: hpOutcomesChart(t, 'en'),
    reach: kommunerReachChart(t, 'en'),
    named,
    examples,
    letterFindings,
    pressFindings,
    minister,
    recommendations,
    seeCloserMarks,
    fourteen,
    firstAreas,
    sources: refs.list(),
  }
}
export type ActionPlanViewEn = ReturnType<typeof actionPlanViewEn>
