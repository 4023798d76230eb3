import type { Tables } from '../../data/types.ts'
import type { Lang } from '../../format/locale.ts'
import { kkVerdict } from '../charts/kk-targets.ts'
import { type Both, language } from '../language.ts'
import { withWords } from '../words.ts'
import { sentence } from '../summary.ts'
import { firstWhere, records } from '../records.ts'

/** The recommendation themes' names, in the order the page shows them. */
export const THEMES: Record<string, Both> = {
  acute_help: { da: 'Akut hjælp', en: 'Acute help' },
  psychological_support: { da: 'Psykologstøtte', en: 'Psychologist support' },
  family: { da: 'Familien', en: 'The family' },
  children_young: { da: 'Børn og unge', en: 'Children and young people' },
  schools: { da: 'Skoler', en: 'Schools' },
  parents_community: { da: 'Forældre og lokalmiljø', en: 'Parents and the local community' },
  professionals: { da: 'Fagpersoner', en: 'Professionals' },
  aftercare: { da: 'Efter krisecenter', en: 'After a crisis centre' },
  coordination: { da: 'Koordinering', en: 'Coordination' },
  knowledge: { da: 'Viden', en: 'Knowledge' },
}

/** What became of a recommendation, as far as the sources say. */
const STANDING: Record<string, Both> = {
  hp2017: { da: 'Regeringen vil se nærmere på den', en: 'The government will look into it more closely' },
  kk2017: { da: 'En indsats i kommunens egen plan', en: 'An effort in the municipality’s own plan' },
}

/** Every recommendation, grouped by theme, each with who made it and its source (/anbefalinger). */
export function anbefalingerView(t: Tables) {
  return withWords(t, recommendationsView(t, 'da'))
}
export type AnbefalingerView = ReturnType<typeof anbefalingerView>

/** The same page in English (/en/recommendations). */
export const recommendationsViewEn = (t: Tables) => recommendationsView(t, 'en')
export type RecommendationsViewEn = ReturnType<typeof recommendationsViewEn>

/** The recommendations page in `lang`: the same rows, each sentence written in both languages. */
export function recommendationsView(t: Tables, lang: Lang) {
  const L = language(lang)
  const { f } = L
  const refs = L.refs()
  const { organisation, planOf: plan } = records(t)
  const org = (id: string) => L.col(organisation(id), 'name')
  const evalRecs = t.recommendations.filter((r) => r.plan_id === 'hp2017')
  const kkRecs = t.recommendations.filter((r) => r.plan_id === 'kk2017')
  const seeCloser = firstWhere(evalRecs, (r) => r.quote.includes('vil se nærmere på'), 'a recommendation of hp2017 whose quote says »vil se nærmere på«')
  const verdicts = kkRecs.map((r) => kkVerdict(t, r.initiative_id)).filter((u) => u !== undefined)
  const expected = verdicts.filter((u) => u.status === 'target_expected').length
  // Not every recommendation had money of its own: rec. 6 "løftes inden for forvaltningens eksisterende ramme".
  const money = t.funding.filter((x) => kkRecs.some((r) => r.initiative_id === x.initiative_id))
  const funded = money.filter((x) => x.basis !== 'none')
  const unfunded = money.filter((x) => x.basis === 'none')
  // Two different things, never added up: the evaluation's themes that the government "vil se nærmere på",
  // and Copenhagen's own funded efforts, each with a target.
  const themeList = L.list(evalRecs.map((r) => L.col(r, 'text').replace(/\.$/, '')).map((s) => s.charAt(0).toLowerCase() + s.slice(1)))
  const hp = plan('hp2017')
  const kk = plan('kk2017')
  const summary = [
    sentence(
      refs,
      L.say({
        da: `Siden har to slags anbefalinger, som ikke kan lægges sammen. Evalueringen af handlingsplanen ${hp.start_year}–${hp.end_year} indeholder ifølge ministerens følgebrev anbefalinger i relation til ${themeList}, som regeringen vil se nærmere på.`,
        en: `The site has two kinds of recommendation, which cannot be added up. According to the minister’s cover letter, the evaluation of the action plan ${hp.start_year}–${hp.end_year} contains recommendations on ${themeList}, which the government will look into more closely.`,
      }),
      L.cite(t, seeCloser),
    ),
    L.conclusion(t, refs, 'evaluation-recommendations-outcome-unknown'),
    sentence(
      refs,
      L.say({
        da: `Københavns Kommunes plan for ${kk.start_year}–${kk.end_year} havde ${f.number(kkRecs.length)} anbefalinger, som var indsatser med egne mål. Ved status i ${f.date(verdicts[0]!.date)} forventede kommunen at nå målet for ${f.number(expected)} af dem; for ${f.number(verdicts.length - expected)} var målet nået.`,
        en: `The City of Copenhagen’s plan for ${kk.start_year}–${kk.end_year} had ${f.number(kkRecs.length)} recommendations, which were efforts with targets of their own. At the status in ${f.date(verdicts[0]!.date)} the municipality expected to meet the target for ${f.number(expected)} of them; for ${f.number(verdicts.length - expected)} the target was met.`,
      }),
      L.cite(t, kk), ...verdicts.map((u) => L.cite(t, u)),
    ),
    // A sentence of its own, so that each sentence's marks stay few enough to wrap at 320 px.
    sentence(
      refs,
      L.say({
        da: `Til ${f.number(funded.length)} af dem var der afsat midler; ${f.number(unfunded.length)} havde ingen særskilte midler og løftes inden for forvaltningens eksisterende ramme.`,
        en: `For ${f.number(funded.length)} of them money was set aside; ${f.number(unfunded.length)} had no separate money and is carried within the administration’s existing budget frame.`,
      }),
      ...money.map((x) => L.cite(t, x)),
    ),
  ]
  const themes = Object.entries(THEMES)
    .map(([key, name]) => ({
      key,
      name: L.say(name),
      items: t.recommendations
        .filter((r) => r.theme === key)
        .map((r) => ({ id: r.recommendation_id, anchor: L.anchor.recommendation(r), text: L.col(r, 'text'), issuer: org(r.issuer_org_id), plan: L.col(plan(r.plan_id), 'short_name'), standing: STANDING[r.plan_id] ? L.say(STANDING[r.plan_id]!) : null, marks: [refs.mark(L.cite(t, r))] })),
    }))
    .filter((g) => g.items.length)
  return { summary, themes, sources: refs.list() }
}
