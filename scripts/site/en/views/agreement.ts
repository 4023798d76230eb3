import type { Tables } from '../../../data/types.ts'
import { FORMATS } from '../../../format/locale.ts'
import { fl21StatusChart, moneyByPlanChart } from '../../charts/index.ts'
import { PageSources } from '../../refs.ts'
import { sentence } from '../../summary.ts'
import { citeEn } from '../cite.ts'
import { initiativeViewEn } from '../initiative.ts'
import { amountEn } from '../words.ts'
import { conclusionEn, COUNT_LEAD_EN, ourDifferenceEn, ourSumEn } from '../claims.ts'

const en = FORMATS.en

/** Short names for the delayed initiatives in running text, as the minister's status names them. */
const SHORT: Record<string, string> = {
  'fl21-transition-places': 'the transition places',
  'fl21-diploma': 'the diploma module',
  'fl21-maerk': 'the update of the MÆRK app',
}

/** The agreement of 25 January 2021 on the FL21 frame, in English: the same rows as the Danish page. */
export function agreementViewEn(t: Tables) {
  const refs = new PageSources('en')
  const plan = t.plans.find((p) => p.plan_id === 'fl21')!
  const act = t.plans.find((p) => p.plan_id === 'finanslov2021')!
  const frame = t.funding.find((f) => f.funding_id === 'fl21-frame')!
  // The finance act's frame of 10 million a year is the same money as the FL21 frame: shown once, with both sources.
  const actFrame = t.funding.find((f) => f.funding_id === frame.same_money_as || f.same_money_as === frame.funding_id)!
  const ind = (id: string) => t.indicators.find((i) => i.indicator_id === id)!
  const inits = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  const firstDate = t.status_updates.filter((u) => inits.some((i) => i.initiative_id === u.initiative_id)).map((u) => u.date).sort()[0]!
  const firstUpdates = t.status_updates.filter((u) => u.date === firstDate && inits.some((i) => i.initiative_id === u.initiative_id))
  const delayedUpdates = firstUpdates.filter((u) => u.status === 'delayed')
  const onTime = firstUpdates.filter((u) => u.status === 'on_schedule')
  const years = frame.end_year - frame.start_year + 1
  const frameText = `${en.number(years)} × ${en.mio(frame.amount_mio_dkk!)}`
  const period = `${frame.start_year}–${frame.end_year}`
  const actGrants = t.funding.filter((f) => f.plan_id === act.plan_id && f.initiative_id !== null)
  const grantText = (f: Tables['funding'][number]) => `${t.organisations.find((o) => o.org_id === f.recipient_org_id)?.name_en ?? f.purpose_en} ${amountEn(f)} in ${f.start_year}–${f.end_year}`
  const shortName = (id: string) => SHORT[id] ?? inits.find((x) => x.initiative_id === id)!.name_en
  const colleges = ind('fl21-diploma-colleges-2022')
  const offered = t.status_updates.find((u) => u.initiative_id === 'fl21-diploma' && u.status === 'to_be_offered')!
  const list = (items: string[]) => items.join(', ').replace(/, ([^,]*)$/, ' and $1')
  const parts = t.funding.filter((f) => f.parent_id === frame.funding_id)
  const areaOf = (f: Tables['funding'][number]) => t.areas.find((a) => a.area_id === f.area_id)

  const summary = [
    sentence(
      refs,
      `${plan.name_en} splits ${frameText} in ${period} for a stronger effort against negative social control.`,
      citeEn(t, frame),
    ),
    sentence(
      refs,
      `At the minister’s status of ${en.date(firstDate)}, ${en.number(delayedUpdates.length)} initiatives were delayed: ${list(delayedUpdates.map((u) => shortName(u.initiative_id)))}. The letter’s other initiatives, ${en.number(onTime.length)} (${COUNT_LEAD_EN}), were on schedule.`,
      ...delayedUpdates.map((u) => citeEn(t, u)), ...onTime.slice(0, 1).map((u) => citeEn(t, u)),
    ),
    // udbydes is "is (to be) offered", not "was completed" (issue 18): the ministry's words, dated, and our conclusion beside them.
    sentence(refs, `On ${en.date(offered.date)} the ministry wrote that the diploma module is offered at ${en.number(colleges.value!)} university colleges from the autumn of 2022.`, citeEn(t, colleges)),
    conclusionEn(t, refs, 'diploma-completion-unknown'),
    sentence(
      refs,
      `Besides, the Finance Act agreement for 2021 sets aside money for the associations Baba and Bydelsmødre for 2021–2022: ${actGrants.map(grantText).join(' and ')}.`,
      ...actGrants.map((f) => citeEn(t, f)),
    ),
  ]
  const intro = { description: plan.description_en, marks: [refs.mark(citeEn(t, plan))] }
  const frameView = {
    text: `${frameText} (${amountEn(frame)} in ${period})`,
    marks: [refs.mark(citeEn(t, frame)), refs.mark(citeEn(t, actFrame))],
    conclusion: conclusionEn(t, refs, 'fl21-frame-is-finance-act-frame'),
  }
  // The split as the press gave it, area by area, and the part the sources do not explain.
  const split = [
    ...parts
      .sort((a, b) => (areaOf(a)?.number ?? 0) - (areaOf(b)?.number ?? 0))
      .map((f) => ({ id: f.funding_id, area: `${areaOf(f)?.number ?? ''}. ${areaOf(f)?.name_en ?? f.purpose_en}`, amount: en.mio(f.amount_mio_dkk!), marks: [refs.mark(citeEn(t, f))] })),
    ...(frame.unexplained_gap_mio_dkk ? [{ id: 'gap', area: 'Not explained in the sources (the difference is worked out by us)', amount: ourDifferenceEn(frame.unexplained_gap_mio_dkk, `${en.number(years)} × ${en.number(frame.amount_mio_dkk!)}`, ourSumEn(parts).total), marks: [refs.mark(citeEn(t, frame))] }] : []),
  ]
  const regions = ind('security-consultants-regions')
  const hosts = ind('fl21-security-consultants-kommuner')
  const consultants = {
    text: `In the minister’s answer to question no. 8 on bill L 126, SIRI states that the security consultants are an advisory national team, anchored in kommuner in the country’s ${en.number(regions.value!)} regions. The status letter of ${en.date(firstDate)} names ${en.number(hosts.value!)} kommuner with result contracts for the scheme: ${/\(([^)]*)\)$/.exec(hosts.measure_en)?.[1] ?? /\(([^)]*)\)$/.exec(hosts.measure)?.[1] ?? ''}. Neither source says which kommune covers which region.`,
    marks: [refs.mark(citeEn(t, regions)), refs.mark(citeEn(t, hosts))],
  }
  const newHomes = ind('fl21-exit-homes-new')
  const oldHomes = ind('exit-homes-existing-2021')
  const exitHomes = {
    text: `According to the press’s account of the agreement, ${en.number(newHomes.value!)} new exit homes are to be set up. There were already ${en.number(oldHomes.value!)} in Denmark.`,
    marks: [refs.mark(citeEn(t, newHomes)), refs.mark(citeEn(t, oldHomes))],
  }
  const views = inits.map((i) => initiativeViewEn(t, i, refs))
  const delayed = views.filter((v) => delayedUpdates.some((u) => u.initiative_id === v.id)).map((v) => ({ anchor: v.anchor, name: v.name }))
  const otherFunding = t.funding
    .filter((f) => f.plan_id === plan.plan_id && f.parent_id === null && f.funding_id !== frame.funding_id && f.initiative_id === null)
    .map((f) => ({ purpose: f.purpose_en, text: amountEn(f), marks: [refs.mark(citeEn(t, f))], note: f.note_en }))
  const areas = t.areas
    .filter((a) => a.plan_id === plan.plan_id)
    .map((a) => ({ number: a.number, name: a.name_en, marks: [refs.mark(citeEn(t, a))], initiatives: views.filter((v) => inits.find((i) => i.initiative_id === v.id)?.area_id === a.area_id) }))
  const actView = {
    description: act.description_en,
    marks: [refs.mark(citeEn(t, act))],
    outside: conclusionEn(t, refs, 'baba-bydelsmoedre-outside-agreement'),
    initiatives: t.initiatives.filter((i) => i.plan_id === act.plan_id).map((i) => initiativeViewEn(t, i, refs)),
  }
  return {
    summary,
    plan: intro,
    frame: frameView,
    split,
    money: moneyByPlanChart(t, 'en'),
    status: fl21StatusChart(t, 'en'),
    areas,
    consultants,
    exitHomes,
    delayed,
    otherFunding,
    act: actView,
    sources: refs.list(),
  }
}
export type AgreementViewEn = ReturnType<typeof agreementViewEn>
