import type { Tables } from '../../data/types.ts'
import { amountText } from '../amount.ts'
import { cite } from '../cite.ts'
import { OUTCOME_COUNTS } from '../../data/check-rules.ts'
import { kkVerdict, verdictText } from '../charts/kk-targets.ts'
import { indicatorText, valueText } from '../figure.ts'
import { formatDate, formatNumber } from '../../format/danish.ts'
import { type Mark, PageSources } from '../refs.ts'
import { citeMarked } from '../permalinks.ts'
import { records } from '../records.ts'
import { conclusion } from '../claims.ts'

/** The front page: "Virkede det?" answered from the data, then the key figures, each with its numbered source. */
export function homeView(t: Tables) {
  const refs = new PageSources()
  const { indicator: ind, funding: fund, plan, finding } = records(t)
  const m = (row: Parameters<typeof cite>[1]): Mark => refs.mark(cite(t, row))
  const hp = plan('hp2017')
  const hpMoney = fund('hp2017-satspulje')
  const frame = fund('fl21-frame')
  const launched = ind(OUTCOME_COUNTS.launched)
  const carried = ind(OUTCOME_COUNTS.carried_out)
  const givenUp = ind(OUTCOME_COUNTS.given_up)
  const cancelled = ind(OUTCOME_COUNTS.cancelled)
  const k93 = ind('hp2017-kommuner-involved-93')
  const k86 = ind('hp2017-kommuner-involved-86')
  const purpose = finding('eval-purpose-met')
  const areas = ind('hp2017-areas')
  const kk = ind('kk2017-children-young-reached')
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

  // Whose words the answer is: the minister's summary of COWI's evaluation, with his caveat and the plan's purpose beside it.
  const ministerRow = t.findings.find((f) => f.finding_id === 'minister-on-evaluation')!
  const ours = conclusion(t, refs, 'evaluation-summary-is-the-ministers')
  const answer = {
    text: `Ministerens følgebrev sammenfatter COWI's evaluering: handlingsplanen ${hp.start_year}–${hp.end_year} har samlet set opfyldt formålet med sine ${formatNumber(areas.value!)} indsatsområder.`,
    marks: [m(purpose), m(areas)],
    // The minister's own caveat, beside the summary (his words in the press release, not the letter's).
    caveat: { text: 'Men ministeren tror desværre, at man kun ser toppen af isbjerget.', marks: [m(ministerRow)] },
    ours,
    purpose: { text: `Planens formål, som ministerens brev beskriver det: ${lower(hp.purpose!)}`, marks: [m(hp)] },
  }
  const facts = [
    {
      id: 'initiativer',
      strong: `${valueText(carried)} af ${valueText(launched)}`,
      text: `initiativer blev gennemført som planlagt; ${valueText(givenUp)} blev opgivet og ${valueText(cancelled)} aflyst.`,
      marks: [m(carried), m(launched), m(givenUp), m(cancelled)],
    },
    {
      id: 'kommuner-93',
      strong: `${valueText(k93)} kommuner`,
      text: `har ifølge ministerens brev været ${lower(k93.measure).replace(/^kommuner, der har været /, '')}.`,
      marks: [m(k93)],
    },
    {
      id: 'kommuner-86',
      strong: `${valueText(k86)} af ${formatNumber(k86.of_total!)} kommuner`,
      text: `har ifølge pressemeddelelsen været ${lower(k86.measure).replace(/^kommuner, der har været /, '')}.`,
      marks: [m(k86)],
    },
    {
      id: 'penge',
      strong: amountText(hpMoney),
      text: `blev afsat til planen ved satspuljeaftalen for ${hp.start_year}.`,
      marks: [m(hpMoney)],
    },
  ]
  // How current the sources are: the newest dated status of any initiative, and where it stands.
  const newestRow = [...t.status_updates].filter((u) => u.date).sort((a, b) => b.date!.localeCompare(a.date!) || a.update_id.localeCompare(b.update_id))[0]!
  const newestCite = cite(t, newestRow)
  const newest = { text: `Den nyeste status i kilderne er fra ${formatDate(newestRow.date!)}: ${lower(newestCite.document)}.`, marks: [refs.mark(newestCite)] }
  const kkVerdictRow = kkVerdict(t, kk.initiative_id)!
  const cards = [
    { id: 'fl21-rammen', value: `${formatNumber(frame.end_year - frame.start_year + 1)} × ${amountText({ ...frame, basis: 'period_total' })}`, label: `i ${plan('fl21').short_name} (${frame.start_year}–${frame.end_year}), ${amountText(frame)}`, link: '/aftale-2021-2024', marks: [m(frame)] },
    {
      id: 'koebenhavn-naaet',
      value: `status ${formatDate(kk.date)}`,
      label: `${indicatorText(kk)} nået i ${plan('kk2017').short_name}, før efterårets aktiviteter – ${verdictText(kkVerdictRow.status)}`,
      link: '/koebenhavn-2017-18',
      marks: [m(kk), refs.mark(cite(t, kk, kk.target_quote ?? kk.quote)), m(kkVerdictRow)],
    },
  ]
  // Each key figure can be cited on its own: its anchor, its words and the sources of its marks.
  const sources = refs.list()
  return {
    answer,
    newest,
    facts: facts.map((f) => ({ ...f, cite: citeMarked(sources, f.id, `${f.strong} ${f.text}`, f.marks) })),
    cards: cards.map((c) => ({ ...c, cite: citeMarked(sources, c.id, `${c.value} ${c.label}`, c.marks) })),
    sources,
  }
}
export type HomeView = ReturnType<typeof homeView>
