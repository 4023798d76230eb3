import type { Tables } from '../../data/types.ts'
import { formatDate, formatNumber } from '../../format/danish.ts'
import { anchor } from '../anchors.ts'
import { kkVerdict } from '../charts/kk-targets.ts'
import { cite } from '../cite.ts'
import { PageSources } from '../refs.ts'
import { withWords } from '../words.ts'
import { sentence } from '../summary.ts'
import { firstWhere, records } from '../records.ts'
import { conclusion } from '../claims.ts'

/** Danish names of the recommendation themes, in the order the page shows them. */
export const THEMES: Record<string, string> = {
  acute_help: 'Akut hjælp',
  psychological_support: 'Psykologstøtte',
  family: 'Familien',
  children_young: 'Børn og unge',
  schools: 'Skoler',
  parents_community: 'Forældre og lokalmiljø',
  professionals: 'Fagpersoner',
  aftercare: 'Efter krisecenter',
  coordination: 'Koordinering',
  knowledge: 'Viden',
}

/** What became of a recommendation, as far as the sources say. */
const STANDING: Record<string, string> = {
  hp2017: 'Regeringen vil se nærmere på den',
  kk2017: 'En indsats i kommunens egen plan',
}

/** Every recommendation, grouped by theme, each with who made it and its source. */
export function anbefalingerView(t: Tables) {
  return withWords(t, anbefalingerViewBody(t))
}

function anbefalingerViewBody(t: Tables) {
  const refs = new PageSources()
  const { organisation, planOf: plan } = records(t)
  const org = (id: string) => organisation(id).name
  const evalRecs = t.recommendations.filter((r) => r.plan_id === 'hp2017')
  const kkRecs = t.recommendations.filter((r) => r.plan_id === 'kk2017')
  const seeCloser = firstWhere(evalRecs, (r) => r.quote.includes('vil se nærmere på'), 'a recommendation of hp2017 whose quote says »vil se nærmere på«')
  const verdicts = kkRecs.map((r) => kkVerdict(t, r.initiative_id)).filter((u) => u !== undefined)
  const expected = verdicts.filter((u) => u.status === 'target_expected').length
  // Not every recommendation had money of its own: rec. 6 "løftes inden for forvaltningens eksisterende ramme".
  const money = t.funding.filter((f) => kkRecs.some((r) => r.initiative_id === f.initiative_id))
  const funded = money.filter((f) => f.basis !== 'none')
  const unfunded = money.filter((f) => f.basis === 'none')
  // Two different things, never added up: the evaluation's themes that the government "vil se nærmere på",
  // and Copenhagen's own funded efforts, each with a target.
  const themeList = evalRecs.map((r) => r.text.replace(/\.$/, '')).map((s) => s.charAt(0).toLowerCase() + s.slice(1)).join(', ').replace(/, ([^,]*)$/, ' og $1')
  const summary = [
    sentence(
      refs,
      `Siden har to slags anbefalinger, som ikke kan lægges sammen. Evalueringen af handlingsplanen ${plan('hp2017').start_year}–${plan('hp2017').end_year} indeholder ifølge ministerens følgebrev anbefalinger i relation til ${themeList}, som regeringen vil se nærmere på.`,
      cite(t, seeCloser),
    ),
    conclusion(t, refs, 'evaluation-recommendations-outcome-unknown'),
    sentence(
      refs,
      `Københavns Kommunes plan for ${plan('kk2017').start_year}–${plan('kk2017').end_year} havde ${formatNumber(kkRecs.length)} anbefalinger, som var indsatser med egne mål. Ved status i ${formatDate(verdicts[0]!.date)} forventede kommunen at nå målet for ${formatNumber(expected)} af dem; for ${formatNumber(verdicts.length - expected)} var målet nået.`,
      cite(t, plan('kk2017')), ...verdicts.map((u) => cite(t, u)),
    ),
    // A sentence of its own, so that each sentence's marks stay few enough to wrap at 320 px.
    sentence(
      refs,
      `Til ${formatNumber(funded.length)} af dem var der afsat midler; ${formatNumber(unfunded.length)} havde ingen særskilte midler og løftes inden for forvaltningens eksisterende ramme.`,
      ...money.map((f) => cite(t, f)),
    ),
  ]
  const themes = Object.entries(THEMES)
    .map(([key, name]) => ({
      key,
      name,
      items: t.recommendations
        .filter((r) => r.theme === key)
        .map((r) => ({ id: r.recommendation_id, anchor: anchor.recommendation(r), text: r.text, issuer: org(r.issuer_org_id), plan: plan(r.plan_id).short_name, standing: STANDING[r.plan_id] ?? null, marks: [refs.mark(cite(t, r))] })),
    }))
    .filter((g) => g.items.length)
  return { summary, themes, sources: refs.list() }
}
export type AnbefalingerView = ReturnType<typeof anbefalingerView>
