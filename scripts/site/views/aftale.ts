import type { Tables } from '../../data/types.ts'
import type { Lang } from '../../format/locale.ts'
import { fl21StatusChart, moneyByPlanChart } from '../charts/index.ts'
import { type Both, language } from '../language.ts'
import { withWords } from '../words.ts'
import { sentence } from '../summary.ts'
import { initiativeView, planIntro } from './common.ts'
import { firstWhere, records } from '../records.ts'

/** The agreement of 25 January 2021 on the FL21 frame, and the finance act 2021 beside it (/aftale-2021-2024). */
export function aftaleView(t: Tables) {
  return withWords(t, agreementView(t, 'da'))
}
export type AftaleView = ReturnType<typeof aftaleView>

/** The same page in English (/en/agreement-2021-2024). */
export const agreementViewEn = (t: Tables) => agreementView(t, 'en')
export type AgreementViewEn = ReturnType<typeof agreementViewEn>

/** Short names for the delayed initiatives in running text, as the minister's status names them. */
const SHORT: Record<string, Both> = {
  'fl21-transition-places': { da: 'overgangspladserne', en: 'the transition places' },
  'fl21-diploma': { da: 'diplommodulet', en: 'the diploma module' },
  'fl21-maerk': { da: "opdateringen af app'en MÆRK", en: 'the update of the MÆRK app' },
}

/** The agreement's page in `lang`: the same rows, each sentence written in both languages. */
export function agreementView(t: Tables, lang: Lang) {
  const L = language(lang)
  const { f } = L
  const refs = L.refs()
  const { plan: planOf, funding, indicator: ind, initiative, organisation, area, event } = records(t)
  const plan = planOf('fl21')
  const act = planOf('finanslov2021')
  const frame = funding('fl21-frame')
  // The finance act's "ramme på 10 mio. kr. årligt" is the same money as the FL21 frame: shown once, with both sources.
  const actFrame = firstWhere(t.funding, (x) => x.funding_id === frame.same_money_as || x.same_money_as === frame.funding_id, 'the same money as the FL21 frame (same_money_as)')
  const inits = t.initiatives.filter((i) => i.plan_id === plan.plan_id)
  const firstDate = t.status_updates.filter((u) => inits.some((i) => i.initiative_id === u.initiative_id)).map((u) => u.date).sort()[0]!
  const firstUpdates = t.status_updates.filter((u) => u.date === firstDate && inits.some((i) => i.initiative_id === u.initiative_id))
  const delayedUpdates = firstUpdates.filter((u) => u.status === 'delayed')
  const onTime = firstUpdates.filter((u) => u.status === 'on_schedule')
  const years = frame.end_year - frame.start_year + 1
  const frameText = `${f.number(years)} × ${f.mio(frame.amount_mio_dkk!)}`
  const period = `${frame.start_year}–${frame.end_year}`
  const actGrants = t.funding.filter((x) => x.plan_id === act.plan_id && x.initiative_id !== null)
  const orgName = (x: Tables['funding'][number]) => (x.recipient_org_id ? L.col(organisation(x.recipient_org_id), 'name') : L.col(x, 'purpose'))
  // "Baba", "Bydelsmødre" / "the Baba association": the name in running text.
  const orgShort = (x: Tables['funding'][number]) => L.say({ da: orgName(x).replace(/^Foreningen /, ''), en: orgName(x).replace(/^The /, 'the ') })
  const shortName = (id: string) => (SHORT[id] ? L.say(SHORT[id]!) : L.col(initiative(id), 'name'))
  const colleges = ind('fl21-diploma-colleges-2022')
  const offered = firstWhere(t.status_updates, (u) => u.initiative_id === 'fl21-diploma' && u.status === 'to_be_offered', 'the status of fl21-diploma that says it is to be offered')
  // When it is offered from ("efteråret 2022", season precision): the event's own words for its date, in the sentence's case.
  const offeredFrom = L.dateWords(event('2022-autumn-diploma-offered')).toLocaleLowerCase(lang)
  // The act's grants are "afsat" only where every one of their sources says so; else the page says the act names them.
  const actVerb = actGrants.every((x) => L.moneyVerb(t, x) === L.say({ da: 'afsat', en: 'set aside' }))
  const parts = t.funding.filter((x) => x.parent_id === frame.funding_id)
  const areaOf = (x: Tables['funding'][number]) => (x.area_id ? area(x.area_id) : undefined)

  const summary = [
    sentence(
      refs,
      L.say({
        da: `${plan.name} fordeler ${frameText} i ${period} til en styrket indsats mod negativ social kontrol.`,
        en: `${plan.name_en} splits ${frameText} in ${period} for a stronger effort against negative social control.`,
      }),
      L.cite(t, frame),
    ),
    sentence(
      refs,
      L.say({
        da: `Ved ministerens status ${f.date(firstDate)} var ${f.number(delayedUpdates.length)} initiativer forsinket: ${L.list(delayedUpdates.map((u) => shortName(u.initiative_id)))}. De øvrige initiativer i brevet, ${f.number(onTime.length)} (${L.countLead}), fulgte tidsplanen.`,
        en: `At the minister’s status of ${f.date(firstDate)}, ${f.number(delayedUpdates.length)} initiatives were delayed: ${L.list(delayedUpdates.map((u) => shortName(u.initiative_id)))}. The letter’s other initiatives, ${f.number(onTime.length)} (${L.countLead}), were on schedule.`,
      }),
      ...delayedUpdates.map((u) => L.cite(t, u)), ...onTime.slice(0, 1).map((u) => L.cite(t, u)),
    ),
    // udbydes is "is (to be) offered", not "was completed" (issue 18): the ministry's words, dated, and our conclusion beside them.
    sentence(
      refs,
      L.say({
        da: `Den ${f.date(offered.date)} skrev ministeriet, at diplommodulet udbydes på ${f.number(colleges.value!)} professionshøjskoler fra ${offeredFrom}.`,
        en: `On ${f.date(offered.date)} the ministry wrote that the diploma module is offered at ${f.number(colleges.value!)} university colleges from ${offeredFrom}.`,
      }),
      L.cite(t, colleges),
    ),
    L.conclusion(t, refs, 'diploma-completion-unknown'),
    sentence(
      refs,
      L.say({
        da: `Desuden ${actVerb ? 'afsætter' : 'nævner'} finanslovsaftalen for 2021 ${actGrants.map((x) => `${L.amount(x)} til ${orgShort(x)}`).join(' og ')} i ${actGrants[0]!.start_year}–${actGrants[0]!.end_year}.`,
        en: `Besides, the Finance Act agreement for 2021 ${actVerb ? 'sets aside' : 'names'} ${actGrants.map((x) => `${L.amount(x)} for ${orgShort(x)}`).join(' and ')} in ${actGrants[0]!.start_year}–${actGrants[0]!.end_year}.`,
      }),
      ...actGrants.map((x) => L.cite(t, x)),
    ),
  ]
  const intro = planIntro(t, plan, refs, lang)
  const frameView = {
    text: L.say({ da: `${frameText} (${L.amount(frame)} i ${period})`, en: `${frameText} (${L.amount(frame)} in ${period})` }),
    marks: [refs.mark(L.cite(t, frame)), refs.mark(L.cite(t, actFrame))],
    note: L.col(frame, 'note'),
    conclusion: L.conclusion(t, refs, 'fl21-frame-is-finance-act-frame'),
  }
  // Two sources, two statements about where the security consultants sit; neither is a table by region.
  const regions = ind('security-consultants-regions')
  const hosts = ind('fl21-security-consultants-kommuner')
  const hostNames = (i: typeof hosts) => /\(([^)]*)\)$/.exec(L.col(i, 'measure'))?.[1] ?? /\(([^)]*)\)$/.exec(i.measure)?.[1] ?? ''
  const consultants = {
    text: L.say({
      da: `I ministerens svar på spørgsmål nr. 8 til L 126 oplyser SIRI, at sikkerhedskonsulenterne er et rådgivende nationalt team, der er kommunalt forankret i landets ${f.number(regions.value!)} regioner. Statusbrevet af ${f.date(firstDate)} nævner ${f.number(hosts.value!)} kommuner med resultatkontrakter om ordningen: ${hostNames(hosts)}. Ingen af de to kilder giver en oversigt over, hvilken kommune der dækker hvilken region.`,
      en: `In the minister’s answer to question no. 8 on bill L 126, SIRI states that the security consultants are an advisory national team, anchored in kommuner in the country’s ${f.number(regions.value!)} regions. The status letter of ${f.date(firstDate)} names ${f.number(hosts.value!)} kommuner with result contracts for the scheme: ${hostNames(hosts)}. Neither source says which kommune covers which region.`,
    }),
    marks: [refs.mark(L.cite(t, regions)), refs.mark(L.cite(t, hosts))],
  }
  const newHomes = ind('fl21-exit-homes-new')
  const oldHomes = ind('exit-homes-existing-2021')
  const exitHomes = {
    text: L.say({
      da: `Ifølge pressens gengivelse af aftalen skal der oprettes ${f.number(newHomes.value!)} nye exit-boliger (udslusningsboliger). I forvejen var der ${f.number(oldHomes.value!)} i Danmark.`,
      en: `According to the press’s account of the agreement, ${f.number(newHomes.value!)} new exit homes are to be set up. There were already ${f.number(oldHomes.value!)} in Denmark.`,
    }),
    marks: [refs.mark(L.cite(t, newHomes)), refs.mark(L.cite(t, oldHomes))],
  }
  const views = inits.map((i) => initiativeView(t, i, refs, lang))
  const delayed = views.filter((v) => delayedUpdates.some((u) => u.initiative_id === v.id)).map((v) => ({ anchor: v.anchor, name: v.name }))
  const otherFunding = t.funding
    .filter((x) => x.plan_id === plan.plan_id && x.parent_id === null && x.funding_id !== frame.funding_id && x.initiative_id === null)
    .map((x) => ({ purpose: L.col(x, 'purpose'), text: L.amount(x), marks: [refs.mark(L.cite(t, x))], note: L.col(x, 'note') }))
  const areas = t.areas
    .filter((a) => a.plan_id === plan.plan_id)
    .map((a) => ({ number: a.number, name: L.col(a, 'name'), marks: [refs.mark(L.cite(t, a))], initiatives: views.filter((v) => initiative(v.id).area_id === a.area_id) }))
  const actView = {
    ...planIntro(t, act, refs, lang),
    outside: L.conclusion(t, refs, 'baba-bydelsmoedre-outside-agreement'),
    initiatives: t.initiatives.filter((i) => i.plan_id === act.plan_id).map((i) => initiativeView(t, i, refs, lang)),
  }
  // The split as the press gave it, area by area, and the part the sources do not explain: a table
  // only the English page has (the Danish page gives the same parts in the chart's legend and table).
  // Made last, so that its marks join the entries the rest of the page cites and both pages number them alike.
  const split = L.only('en', () => [
    ...[...parts]
      .sort((a, b) => (areaOf(a)?.number ?? 0) - (areaOf(b)?.number ?? 0))
      .map((x) => ({ id: x.funding_id, area: `${areaOf(x)?.number ?? ''}. ${areaOf(x) ? L.col(areaOf(x)!, 'name') : L.col(x, 'purpose')}`, amount: f.mio(x.amount_mio_dkk!), marks: [refs.mark(L.cite(t, x))] })),
    ...(frame.unexplained_gap_mio_dkk
      ? [{
          id: 'gap',
          area: L.say({ da: 'Ikke forklaret i kilderne (forskellen er regnet af os)', en: 'Not explained in the sources (the difference is worked out by us)' }),
          amount: L.ourDifference(frame.unexplained_gap_mio_dkk, `${f.number(years)} × ${f.number(frame.amount_mio_dkk!)}`, L.ourSum(parts).total),
          marks: [refs.mark(L.cite(t, frame))],
        }]
      : []),
  ])
  return {
    summary,
    plan: intro,
    frame: frameView,
    split,
    /** The frame's years, for the head of the split's table. */
    period,
    money: moneyByPlanChart(t, lang),
    status: fl21StatusChart(t, lang),
    areas,
    consultants,
    exitHomes,
    delayed,
    otherFunding,
    act: actView,
    sources: refs.list(),
  }
}
