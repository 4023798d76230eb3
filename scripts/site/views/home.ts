import type { Tables } from '../../data/types.ts'
import type { Lang } from '../../format/locale.ts'
import { OUTCOME_COUNTS } from '../../data/check-rules.ts'
import { kkVerdict, verdictText, verdictTextEn } from '../charts/kk-targets.ts'
import { wasWere } from '../en/words.ts'
import { type Both, language } from '../language.ts'
import type { Mark } from '../refs.ts'
import { citeMarked } from '../permalinks.ts'
import { records } from '../records.ts'

/** The front page: "Virkede det?" answered from the data, then the key figures, each with its numbered source (/). */
export const homeView = (t: Tables) => frontPageView(t, 'da')
export type HomeView = ReturnType<typeof homeView>

/** The same page in English (/en/): "Did it work?". */
export const homeViewEn = (t: Tables) => frontPageView(t, 'en')
export type HomeViewEn = ReturnType<typeof homeViewEn>

/** The front page in `lang`: the same rows, each sentence written in both languages. */
export function frontPageView(t: Tables, lang: Lang) {
  const L = language(lang)
  const { f } = L
  const refs = L.refs()
  const { indicator: ind, funding: fund, plan, finding } = records(t)
  const m = (row: Parameters<typeof L.cite>[1], quote?: string): Mark => refs.mark(L.cite(t, row, quote))
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
  const ministerRow = finding('minister-on-evaluation')
  const ours = L.conclusion(t, refs, 'evaluation-summary-is-the-ministers')
  const answer = {
    text: L.say({
      da: `Ministerens følgebrev sammenfatter COWI's evaluering: handlingsplanen ${hp.start_year}–${hp.end_year} har samlet set opfyldt formålet med sine ${f.number(areas.value!)} indsatsområder.`,
      en: `The minister’s cover letter sums up the evaluation by the consultancy COWI: overall, the action plan ${hp.start_year}–${hp.end_year} has met the purpose of its ${f.number(areas.value!)} areas of effort.`,
    }),
    marks: [m(purpose), m(areas)],
    // The minister's own caveat, beside the summary (his words in the press release, not the letter's).
    caveat: {
      text: L.say({ da: 'Men ministeren tror desværre, at man kun ser toppen af isbjerget.', en: 'But the minister believes, sadly, that only the tip of the iceberg is seen.' }),
      marks: [m(ministerRow)],
    },
    ours,
    purpose: {
      text: L.say({
        da: `Planens formål, som ministerens brev beskriver det: ${lower(hp.purpose!)}`,
        en: `The plan’s purpose, as the minister’s letter describes it: ${lower(hp.purpose_en!)}`,
      }),
      marks: [m(hp)],
    },
  }
  // Each key figure's permalink key, in the page's language (#tal-initiativer, #figure-initiatives).
  const facts: { key: Both; strong: string; text: string; marks: Mark[] }[] = [
    {
      key: { da: 'initiativer', en: 'initiatives' },
      strong: L.say({ da: `${L.value(carried)} af ${L.value(launched)}`, en: `${L.value(carried)} of ${L.value(launched)}` }),
      text: L.say({
        da: `initiativer blev gennemført som planlagt; ${L.value(givenUp)} blev opgivet og ${L.value(cancelled)} aflyst.`,
        en: `initiatives ${wasWere(carried.value)} carried out as planned; ${L.value(givenUp)} ${wasWere(givenUp.value)} given up and ${L.value(cancelled)} cancelled.`,
      }),
      marks: [m(carried), m(launched), m(givenUp), m(cancelled)],
    },
    {
      key: { da: 'kommuner-93', en: 'kommuner-93' },
      strong: `${L.value(k93)} kommuner`,
      text: L.say({
        da: `har ifølge ministerens brev været ${lower(k93.measure).replace(/^kommuner, der har været /, '')}.`,
        // The Danish word is kept (issue 23) and explained at its first use on the page.
        en: '(Danish municipalities) have been involved in the plan’s initiatives, according to the minister’s letter.',
      }),
      marks: [m(k93)],
    },
    {
      key: { da: 'kommuner-86', en: 'kommuner-86' },
      strong: L.say({ da: `${L.value(k86)} af ${f.number(k86.of_total!)} kommuner`, en: `${L.value(k86)} of ${f.number(k86.of_total!)} kommuner` }),
      text: L.say({
        da: `har ifølge pressemeddelelsen været ${lower(k86.measure).replace(/^kommuner, der har været /, '')}.`,
        en: 'have been involved, according to the press release on the evaluation.',
      }),
      marks: [m(k86)],
    },
    {
      key: { da: 'penge', en: 'money' },
      strong: L.amount(hpMoney),
      text: L.say({
        da: `blev afsat til planen ved satspuljeaftalen for ${hp.start_year}.`,
        en: `was set aside for the plan by the rate-adjustment pool (satspulje) agreement for ${hp.start_year}.`,
      }),
      marks: [m(hpMoney)],
    },
  ]
  // How current the sources are: the newest dated status of any initiative, and where it stands.
  const newestRow = [...t.status_updates].filter((u) => u.date).sort((a, b) => b.date!.localeCompare(a.date!) || a.update_id.localeCompare(b.update_id))[0]!
  const newestCite = L.cite(t, newestRow)
  const newest = {
    text: L.say({
      da: `Den nyeste status i kilderne er fra ${f.date(newestRow.date!)}: ${lower(newestCite.document)}.`,
      en: `The newest status in the sources is from ${f.date(newestRow.date!)}: ${lower(newestCite.document)}.`,
    }),
    marks: [refs.mark(newestCite)],
  }
  const kkVerdictRow = kkVerdict(t, kk.initiative_id)!
  const cards: { key: Both; value: string; label: string; link: string; marks: Mark[] }[] = [
    {
      key: { da: 'fl21-rammen', en: 'fl21-frame' },
      value: `${f.number(frame.end_year - frame.start_year + 1)} × ${L.amount({ ...frame, basis: 'period_total' })}`,
      label: L.say({
        da: `i ${plan('fl21').short_name} (${frame.start_year}–${frame.end_year}), ${L.amount(frame)}`,
        en: `in the ${plan('fl21').short_name_en} (${frame.start_year}–${frame.end_year}), ${L.amount(frame)}`,
      }),
      link: L.say({ da: '/aftale-2021-2024', en: '/en/agreement-2021-2024' }),
      marks: [m(frame)],
    },
    {
      key: { da: 'koebenhavn-naaet', en: 'copenhagen-reached' },
      value: L.say({ da: `status ${f.date(kk.date)}`, en: `status at ${f.date(kk.date)}` }),
      label: L.say({
        da: `${L.indicator(kk)} nået i ${plan('kk2017').short_name}, før efterårets aktiviteter – ${verdictText(kkVerdictRow.status)}`,
        en: `${L.indicator(kk)} reached in ${plan('kk2017').short_name_en}, before the autumn’s activities – ${verdictTextEn(kkVerdictRow.status)}, as the status puts it`,
      }),
      link: L.say({ da: '/koebenhavn-2017-18', en: '/en/copenhagen-2017-18' }),
      marks: [m(kk), m(kk, kk.target_quote ?? kk.quote), m(kkVerdictRow)],
    },
  ]
  // Each key figure can be cited on its own: its anchor, its words and the sources of its marks.
  const sources = refs.list()
  return {
    answer,
    newest,
    facts: facts.map(({ key, ...x }) => ({ id: L.say(key), ...x, cite: citeMarked(sources, L.say(key), `${x.strong} ${x.text}`, x.marks, lang) })),
    cards: cards.map(({ key, ...x }) => ({ id: L.say(key), ...x, cite: citeMarked(sources, L.say(key), `${x.value} ${x.label}`, x.marks, lang) })),
    sources,
  }
}
