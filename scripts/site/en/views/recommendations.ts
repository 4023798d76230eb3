import type { Tables } from '../../../data/types.ts'
import { FORMATS } from '../../../format/locale.ts'
import { kkVerdict } from '../../charts/kk-targets.ts'
import { PageSources } from '../../refs.ts'
import { sentence } from '../../summary.ts'
import { citeEn } from '../cite.ts'
import { anchorEn } from '../../anchors.ts'
import { conclusionEn } from '../claims.ts'

const en = FORMATS.en

/** English names of the recommendation themes (the Danish page's THEMES), in the order the page shows them. */
export const THEMES_EN: Record<string, string> = {
  acute_help: 'Acute help',
  psychological_support: 'Psychologist support',
  family: 'The family',
  children_young: 'Children and young people',
  schools: 'Schools',
  parents_community: 'Parents and the local community',
  professionals: 'Professionals',
  aftercare: 'After a crisis centre',
  coordination: 'Coordination',
  knowledge: 'Knowledge',
}

/** What became of a recommendation, as far as the sources say. */
const STANDING: Record<string, string> = {
  hp2017: 'The government will look into it more closely',
  kk2017: 'An effort in the municipality’s own plan',
}

/** Every recommendation in English, grouped by theme, each with who made it and its source. */
export function recommendationsViewEn(t: Tables) {
  const refs = new PageSources('en')
  const org = (id: string) => t.organisations.find((o) => o.org_id === id)?.name_en ?? id
  const plan = (id: string) => t.plans.find((p) => p.plan_id === id)!
  const evalRecs = t.recommendations.filter((r) => r.plan_id === 'hp2017')
  const kkRecs = t.recommendations.filter((r) => r.plan_id === 'kk2017')
  const seeCloser = evalRecs.find((r) => r.quote.includes('vil se nærmere på'))!
  const verdicts = kkRecs.map((r) => kkVerdict(t, r.initiative_id)).filter((u) => u !== undefined)
  const expected = verdicts.filter((u) => u.status === 'target_expected').length
  // Not every recommendation had money of its own: rec. 6 is carried within the existing frame.
  const money = t.funding.filter((f) => kkRecs.some((r) => r.initiative_id === f.initiative_id))
  const funded = money.filter((f) => f.basis !== 'none')
  const unfunded = money.filter((f) => f.basis === 'none')
  const themeList = evalRecs.map((r) => r.text_en.replace(/\.$/, '')).map((x) => x.charAt(0).toLowerCase() + x.slice(1)).join(', ').replace(/, ([^,]*)$/, ' and $1')
  // The corrected Danish summary (issue 18), in English: two kinds of recommendation that cannot be added up.
  const summary = [
    sentence(
      refs,
      `The site has two kinds of recommendation, which cannot be added up. According to the minister’s cover letter, the evaluation of the action plan ${plan('hp2017').start_year}–${plan('hp2017').end_year} contains recommendations on ${themeList}, which the government will look into more closely.`,
      citeEn(t, seeCloser),
    ),
    conclusionEn(t, refs, 'evaluation-recommendations-outcome-unknown'),
    sentence(
      refs,
      `The City of Copenhagen’s plan for ${plan('kk2017').start_year}–${plan('kk2017').end_year} had ${en.number(kkRecs.length)} recommendations, which were efforts with targets of their own. At the status in ${en.date(verdicts[0]!.date)} the municipality expected to meet the target for ${en.number(expected)} of them; for ${en.number(verdicts.length - expected)} the target was met.`,
      citeEn(t, plan('kk2017')), ...verdicts.map((u) => citeEn(t, u)),
    ),
    sentence(
      refs,
      `For ${en.number(funded.length)} of them money was set aside; ${en.number(unfunded.length)} had no separate money and is carried within the administration's existing budget frame.`,
      ...money.map((f) => citeEn(t, f)),
    ),
  ]
  const themes = Object.entries(THEMES_EN)
    .map(([key, name]) => ({
      key,
      name,
      items: t.recommendations
        .filter((r) => r.theme === key)
        .map((r) => ({ id: r.recommendation_id, anchor: anchorEn.recommendation(r), text: r.text_en, issuer: org(r.issuer_org_id), plan: plan(r.plan_id).short_name_en, standing: STANDING[r.plan_id] ?? null, marks: [refs.mark(citeEn(t, r))] })),
    }))
    .filter((g) => g.items.length)
  return { summary, themes, sources: refs.list() }
}
export type RecommendationsViewEn = ReturnType<typeof recommendationsViewEn>
