import type { Tables } from '../../../data/types.ts'
import { OUTCOME_COUNTS } from '../../../data/check-rules.ts'
import { FORMATS } from '../../../format/locale.ts'
import { kkVerdict } from '../../charts/kk-targets.ts'
import { type Mark, PageSources } from '../../refs.ts'
import { citeEn } from '../cite.ts'
import { amountEn, indicatorEn, valueEn, wasWere } from '../words.ts'
import { conclusionEn } from '../claims.ts'
import { citeMarked } from '../../permalinks.ts'

const en = FORMATS.en

/** The English front page: "Did it work?" answered from the data, the money, and where to go next; each figure with its numbered source. */
export function homeViewEn(t: Tables) {
  const refs = new PageSources('en')
  const ind = (id: string) => t.indicators.find((i) => i.indicator_id === id)!
  const fund = (id: string) => t.funding.find((f) => f.funding_id === id)!
  const plan = (id: string) => t.plans.find((p) => p.plan_id === id)!
  const m = (row: Parameters<typeof citeEn>[1], quote?: string): Mark => refs.mark(citeEn(t, row, quote))
  const hp = plan('hp2017')
  const hpMoney = fund('hp2017-satspulje')
  const frame = fund('fl21-frame')
  const launched = ind(OUTCOME_COUNTS.launched)
  const carried = ind(OUTCOME_COUNTS.carried_out)
  const givenUp = ind(OUTCOME_COUNTS.given_up)
  const cancelled = ind(OUTCOME_COUNTS.cancelled)
  const k93 = ind('hp2017-kommuner-involved-93')
  const k86 = ind('hp2017-kommuner-involved-86')
  const purpose = t.findings.find((f) => f.finding_id === 'eval-purpose-met')!
  const areas = ind('hp2017-areas')
  const kk = ind('kk2017-children-young-reached')

  const answer = {
    text: `The minister’s cover letter sums up the evaluation by the consultancy COWI: overall, the action plan ${hp.start_year}–${hp.end_year} has met the purpose of its ${en.number(areas.value!)} areas of effort.`,
    marks: [m(purpose), m(areas)],
    // Whose words the answer is, and the minister's own caveat beside it (issue 18), as on the Danish page.
    ours: conclusionEn(t, refs, 'evaluation-summary-is-the-ministers'),
    caveat: { text: 'But the minister believes, sadly, that only the tip of the iceberg is seen.', marks: [m(t.findings.find((f) => f.finding_id === 'minister-on-evaluation')!)] },
  }
  const facts = [
    {
      id: 'initiatives',
      strong: `${valueEn(carried)} of ${valueEn(launched)}`,
      text: `initiatives ${wasWere(carried.value)} carried out as planned; ${valueEn(givenUp)} ${wasWere(givenUp.value)} given up and ${valueEn(cancelled)} cancelled.`,
      marks: [m(carried), m(launched), m(givenUp), m(cancelled)],
    },
    {
      id: 'kommuner-93',
      strong: `${valueEn(k93)} kommuner`,
      // The Danish word is kept (issue 23) and explained at its first use on the page.
      text: '(Danish municipalities) have been involved in the plan’s initiatives, according to the minister’s letter.',
      marks: [m(k93)],
    },
    {
      id: 'kommuner-86',
      strong: `${valueEn(k86)} of ${en.number(k86.of_total!)} kommuner`,
      text: 'have been involved, according to the press release on the evaluation.',
      marks: [m(k86)],
    },
    {
      id: 'money',
      strong: amountEn(hpMoney),
      text: `was set aside for the plan by the rate-adjustment pool (satspulje) agreement for ${hp.start_year}.`,
      marks: [m(hpMoney)],
    },
  ]
  const verdict = kkVerdict(t, kk.initiative_id)!
  const cards = [
    {
      id: 'fl21-frame',
      value: `${en.number(frame.end_year - frame.start_year + 1)} × ${amountEn({ ...frame, basis: 'period_total' })}`,
      label: `in the ${plan('fl21').short_name_en} (${frame.start_year}–${frame.end_year}), ${amountEn(frame)}`,
      link: '/en/agreement-2021-2024',
      marks: [m(frame)],
    },
    {
      id: 'copenhagen-reached',
      value: `status at ${en.date(kk.date)}`,
      label: `${indicatorEn(kk)} reached in ${plan('kk2017').short_name_en}, before the autumn’s activities – ${verdict.status === 'target_met' ? 'the target is met' : 'the target is expected to be met'}, as the status puts it`,
      link: '/en/copenhagen-2017-18',
      marks: [m(kk), m(kk, kk.target_quote ?? kk.quote), m(verdict)],
    },
  ]
  // Each key figure has its permalink, in English (#figure-…).
  const sources = refs.list()
  return {
    answer,
    facts: facts.map((f) => ({ ...f, cite: citeMarked(sources, f.id, `${f.strong} ${f.text}`, f.marks, 'en') })),
    cards: cards.map((c) => ({ ...c, cite: citeMarked(sources, c.id, `${c.value} ${c.label}`, c.marks, 'en') })),
    sources,
  }
}
export type HomeViewEn = ReturnType<typeof homeViewEn>
