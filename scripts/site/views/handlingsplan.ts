import type { Tables } from '../../data/types.ts'
import { OUTCOME_COUNTS } from '../../data/check-rules.ts'
import { formatDate, formatNumber } from '../../format/danish.ts'
import { hpOutcomesChart, kommunerReachChart } from '../charts/index.ts'
import { amountText } from '../amount.ts'
import { anchor } from '../anchors.ts'
import { cite } from '../cite.ts'
import { PageSources } from '../refs.ts'
import { withWords } from '../words.ts'
import { sentence } from '../summary.ts'
import { initiativeView } from './common.ts'
import { firstWhere, type IndicatorId, records } from '../records.ts'
import { conclusion } from '../claims.ts'

/** The national action plan 2017–2020, with the government's plan of 2016 it grew from. */
export function handlingsplanView(t: Tables) {
  return withWords(t, handlingsplanViewBody(t))
}

function handlingsplanViewBody(t: Tables) {
  const refs = new PageSources()
  const { plan: planOf, funding, indicator: ind, finding } = records(t)
  const plan = planOf('hp2017')
  const first = planOf('hp2016')
  const money = funding('hp2017-satspulje')
  const n = (id: IndicatorId) => formatNumber(ind(id).value!)
  const c = (id: IndicatorId) => cite(t, ind(id))
  const initiatives = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  const recs = t.recommendations.filter((r) => r.plan_id === plan.plan_id)
  const seeCloser = firstWhere(recs, (r) => r.quote.includes('vil se nærmere på'), 'a recommendation of hp2017 whose quote says »vil se nærmere på«')
  const k86Id = 'hp2017-kommuner-involved-86'
  const k86 = ind(k86Id)

  // Kort fortalt: the answer first, every figure read from its row.
  const ministerRow = finding('minister-on-evaluation')
  const summary = [
    sentence(refs, `Ved satspuljeaftalen for 2017 blev der afsat ${amountText(money)} til handlingsplanen for ${plan.start_year}–${plan.end_year}.`, cite(t, money)),
    sentence(
      refs,
      `Af ${n(OUTCOME_COUNTS.launched)} igangsatte initiativer blev ${n(OUTCOME_COUNTS.carried_out)} gennemført som planlagt, ${n(OUTCOME_COUNTS.given_up)} opgivet (exitstøtte) og ${n(OUTCOME_COUNTS.cancelled)} aflyst (regionale netværksmøder, covid-19).`,
      c(OUTCOME_COUNTS.launched), c(OUTCOME_COUNTS.carried_out), c(OUTCOME_COUNTS.given_up), c(OUTCOME_COUNTS.cancelled),
    ),
    sentence(refs, `Ministerens følgebrev sammenfatter COWI's evaluering sådan: planen har samlet set opfyldt formålet med sine ${n('hp2017-areas')} indsatsområder.`, cite(t, finding('eval-purpose-met'))),
    conclusion(t, refs, 'evaluation-summary-is-the-ministers'),
    sentence(refs, 'I pressemeddelelsen om evalueringen i januar 2021 siger ministeren, at han desværre tror, at man kun ser toppen af isbjerget.', cite(t, ministerRow)),
    sentence(
      refs,
      `Ministerens brev siger, at ${n('hp2017-kommuner-involved-93')} kommuner har været involveret; pressemeddelelsen siger ${n(k86Id)} af ${formatNumber(k86.of_total!)}.`,
      c('hp2017-kommuner-involved-93'), c(k86Id),
    ),
  ]

  const areas = t.areas.filter((a) => a.plan_id === plan.plan_id).map((a) => ({ number: a.number, name: a.name, marks: [refs.mark(cite(t, a))] }))
  const named = initiatives.filter((i) => i.naming === 'named').map((i) => initiativeView(t, i, refs))
  const examples = initiatives.filter((i) => i.naming === 'example').map((i) => initiativeView(t, i, refs))
  const statement = (f: Tables['findings'][number]) => ({ id: f.finding_id, text: f.text, marks: [refs.mark(cite(t, f))] })
  const findings = t.findings.filter((f) => f.plan_id === plan.plan_id)
  const letterFindings = findings.filter((f) => f.source_id === 'min-2020-11-04').map(statement)
  const pressFindings = findings.filter((f) => f.source_id === 'uim-2021-01-15').map(statement)
  const minister = { quote: cite(t, ministerRow).quote, sourceId: ministerRow.source_id, marks: [refs.mark(cite(t, ministerRow))] }
  const recommendations = recs.map((r) => ({ id: r.recommendation_id, anchor: anchor.recommendation(r), text: r.text, marks: [refs.mark(cite(t, r))] }))
  const seeCloserMarks = [refs.mark(cite(t, seeCloser))]
  const recsUnknown = conclusion(t, refs, 'evaluation-recommendations-outcome-unknown')
  const purposeView = { text: plan.purpose!, marks: [refs.mark(cite(t, plan))] }
  const firstCount = ind('hp2016-initiatives')
  const pageSource = t.sources.find((s) => s.source_id === first.source_id)!
  const unexplained = conclusion(t, refs, 'hp2016-count-unexplained')
  const fourteen = {
    text: `Ministeriets side om regeringens handlingsplan (senest opdateret ${formatDate(pageSource.date!)}) siger, at planen indeholder ${formatNumber(firstCount.value!)} initiativer og er blevet fulgt op af en politisk aftale; ministerens brev fra 2020 tæller ${n(OUTCOME_COUNTS.launched)} igangsatte initiativer. Siden giver ikke planens dato; ifølge pressemeddelelsen om evalueringen (genudgivet af Sameksistens.dk) blev den nationale handlingsplan vedtaget af et politisk flertal i 2016.`,
    marks: [refs.mark(cite(t, firstCount)), refs.mark(cite(t, first)), refs.mark(c(OUTCOME_COUNTS.launched)), refs.mark(cite(t, t.events.find((e) => e.event_id === '2016-national-plan-adopted')!))],
    unexplained,
  }
  const firstAreas = t.areas
    .filter((a) => a.plan_id === first.plan_id)
    .map((a) => ({
      number: a.number,
      name: a.name,
      initiatives: t.initiatives.filter((i) => i.area_id === a.area_id).map((i) => ({ anchor: anchor.initiative(i), name: i.name })),
    }))
  return {
    summary,
    areas,
    outcomes: hpOutcomesChart(t),
    reach: kommunerReachChart(t),
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
export type HandlingsplanView = ReturnType<typeof handlingsplanView>
