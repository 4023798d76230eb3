import type { Tables } from '../../data/types.ts'
import { formatDate, formatMio, formatNumber } from '../../format/danish.ts'
import { fl21StatusChart, moneyByPlanChart } from '../charts/index.ts'
import { amountText } from '../amount.ts'
import { cite } from '../cite.ts'
import { PageSources } from '../refs.ts'
import { withWords } from '../words.ts'
import { sentence } from '../summary.ts'
import { initiativeView, planIntro } from './common.ts'
import { firstWhere, records } from '../records.ts'
import { conclusion, COUNT_LEAD, moneyVerb } from '../claims.ts'

/** The agreement of 25 January 2021 on the FL21 frame, and the finance act 2021 beside it. */
export function aftaleView(t: Tables) {
  return withWords(t, aftaleViewBody(t))
}

function aftaleViewBody(t: Tables) {
  const refs = new PageSources()
  const { plan: planOf, funding, indicator: ind, initiative } = records(t)
  const plan = planOf('fl21')
  const act = planOf('finanslov2021')
  const frame = funding('fl21-frame')
  // The finance act's "ramme på 10 mio. kr. årligt" is the same money as the FL21 frame: shown once, with both sources.
  const actFrame = firstWhere(t.funding, (f) => f.funding_id === frame.same_money_as || f.same_money_as === frame.funding_id, 'the same money as the FL21 frame (same_money_as)')
  const inits = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  const firstDate = t.status_updates.filter((u) => inits.some((i) => i.initiative_id === u.initiative_id)).map((u) => u.date).sort()[0]!
  const firstUpdates = t.status_updates.filter((u) => u.date === firstDate && inits.some((i) => i.initiative_id === u.initiative_id))
  const delayedUpdates = firstUpdates.filter((u) => u.status === 'delayed')
  const onTime = firstUpdates.filter((u) => u.status === 'on_schedule')
  const years = frame.end_year - frame.start_year + 1
  const frameText = `${formatNumber(years)} × ${formatMio(frame.amount_mio_dkk!)}`
  const period = `${frame.start_year}–${frame.end_year}`
  const actGrants = t.funding.filter((f) => f.plan_id === act.plan_id && f.initiative_id !== null)
  const orgName = (f: Tables['funding'][number]) => (f.recipient_org_id ? records(t).organisation(f.recipient_org_id).name : f.purpose)
  const orgShort = (f: Tables['funding'][number]) => orgName(f).replace(/^Foreningen /, '')
  const grantText = (f: Tables['funding'][number]) => `${orgName(f)} ${amountText(f)} i ${f.start_year}–${f.end_year}`
  const shortName = (id: string) => {
    return SHORT[id] ?? initiative(id).name
  }
  const colleges = ind('fl21-diploma-colleges-2022')
  const offered = t.status_updates.find((u) => u.initiative_id === 'fl21-diploma' && u.status === 'to_be_offered')!

  const summary = [
    sentence(
      refs,
      `${plan.name} fordeler ${frameText} i ${period} til en styrket indsats mod negativ social kontrol.`,
      cite(t, frame),
    ),
    sentence(
      refs,
      `Ved ministerens status ${formatDate(firstDate)} var ${formatNumber(delayedUpdates.length)} initiativer forsinket: ${delayedUpdates.map((u) => shortName(u.initiative_id)).join(', ').replace(/, ([^,]*)$/, ' og $1')}. De øvrige initiativer i brevet, ${formatNumber(onTime.length)} (${COUNT_LEAD}), fulgte tidsplanen.`,
      ...delayedUpdates.map((u) => cite(t, u)), ...onTime.slice(0, 1).map((u) => cite(t, u)),
    ),
    sentence(refs, `Den ${formatDate(offered.date)} skrev ministeriet, at diplommodulet udbydes på ${formatNumber(colleges.value!)} professionshøjskoler fra efteråret 2022.`, cite(t, colleges)),
    conclusion(t, refs, 'diploma-completion-unknown'),
    sentence(
      refs,
      `Desuden ${actGrants.every((f) => moneyVerb(t, f) === 'afsat') ? 'afsætter' : 'nævner'} finanslovsaftalen for 2021 ${actGrants.map((f) => `${amountText(f)} til ${orgShort(f)}`).join(' og ')} i ${actGrants[0]!.start_year}–${actGrants[0]!.end_year}.`,
      ...actGrants.map((f) => cite(t, f)),
    ),
  ]
  const intro = planIntro(t, plan, refs)
  const frameView = {
    text: `${frameText} (${amountText(frame)} i ${period})`,
    marks: [refs.mark(cite(t, frame)), refs.mark(cite(t, actFrame))],
    note: frame.note,
    conclusion: conclusion(t, refs, 'fl21-frame-is-finance-act-frame'),
  }
  // Two sources, two statements about where the security consultants sit; neither is a table by region.
  const regions = ind('security-consultants-regions')
  const hosts = ind('fl21-security-consultants-kommuner')
  const consultants = {
    text: `I ministerens svar på spørgsmål nr. 8 til L 126 oplyser SIRI, at sikkerhedskonsulenterne er et rådgivende nationalt team, der er kommunalt forankret i landets ${formatNumber(regions.value!)} regioner. Statusbrevet af ${formatDate(firstDate)} nævner ${formatNumber(hosts.value!)} kommuner med resultatkontrakter om ordningen: ${/\(([^)]*)\)$/.exec(hosts.measure)?.[1] ?? ''}. Ingen af de to kilder giver en oversigt over, hvilken kommune der dækker hvilken region.`,
    marks: [refs.mark(cite(t, regions)), refs.mark(cite(t, hosts))],
  }
  const newHomes = ind('fl21-exit-homes-new')
  const oldHomes = ind('exit-homes-existing-2021')
  const exitHomes = {
    text: `Ifølge pressens gengivelse af aftalen skal der oprettes ${formatNumber(newHomes.value!)} nye exit-boliger (udslusningsboliger). I forvejen var der ${formatNumber(oldHomes.value!)} i Danmark.`,
    marks: [refs.mark(cite(t, newHomes)), refs.mark(cite(t, oldHomes))],
  }
  const views = inits.map((i) => initiativeView(t, i, refs))
  const delayed = views.filter((v) => delayedUpdates.some((u) => u.initiative_id === v.id)).map((v) => ({ anchor: v.anchor, name: v.name }))
  const otherFunding = t.funding
    .filter((f) => f.plan_id === plan.plan_id && f.parent_id === null && f.funding_id !== frame.funding_id && f.initiative_id === null)
    .map((f) => ({ purpose: f.purpose, text: amountText(f), marks: [refs.mark(cite(t, f))], note: f.note }))
  const areas = t.areas
    .filter((a) => a.plan_id === plan.plan_id)
    .map((a) => ({ number: a.number, name: a.name, marks: [refs.mark(cite(t, a))], initiatives: views.filter((v) => initiative(v.id).area_id === a.area_id) }))
  const actView = {
    ...planIntro(t, act, refs),
    outside: conclusion(t, refs, 'baba-bydelsmoedre-outside-agreement'),
    initiatives: t.initiatives.filter((i) => i.plan_id === act.plan_id).map((i) => initiativeView(t, i, refs)),
  }
  return {
    summary,
    plan: intro,
    frame: frameView,
    money: moneyByPlanChart(t),
    status: fl21StatusChart(t),
    areas,
    consultants,
    exitHomes,
    delayed,
    otherFunding,
    act: actView,
    sources: refs.list(),
  }
}
export type AftaleView = ReturnType<typeof aftaleView>

/** Short names for the delayed initiatives in running text, as the minister's status names them. */
const SHORT: Record<string, string> = {
  'fl21-transition-places': 'overgangspladserne',
  'fl21-diploma': 'diplommodulet',
  'fl21-maerk': "opdateringen af app'en MÆRK",
}
