import type { Funding, Initiative, Tables } from '../../data/types.ts'
import { byInterval, dateWords } from '../../data/dates.ts'
import type { Lang } from '../../format/locale.ts'
import { href } from '../links.ts'
import { type Mark, PageSources } from '../refs.ts'
import { records } from '../records.ts'
import { type Both, language } from '../language.ts'

export interface FigureView {
  id: string
  text: string
  measure: string
  kind: string
  marks: Mark[]
  note: string | null
}

export interface InitiativeView {
  id: string
  anchor: string
  number: number | null
  name: string
  description: string
  marks: Mark[]
  statuses: { date: string; status: string; statusKey: string; detail: string; marks: Mark[] }[]
  actors: { name: string; role: string }[]
  figures: FigureView[]
  funding: { text: string; purpose: string; marks: Mark[]; note: string | null }[]
  /** What happened to it, and what its sources expected when, oldest first; each links to the timeline. */
  events: { when: string; title: string; href: string; marks: Mark[] }[]
}

/** An event's date as the source gives it: in its words where less precise than a day ("Foråret 2022"). */
export const eventWhen = (e: Tables['events'][number]): string => dateWords(e)

/** Who does what in an initiative, in both languages. */
const ROLE: Record<string, Both> = {
  carries_out: { da: 'Udfører', en: 'Carries out' },
  funds: { da: 'Finansierer', en: 'Funds' },
  develops: { da: 'Udvikler', en: 'Develops' },
  partner: { da: 'Samarbejdspartner', en: 'Partner' },
  grantee: { da: 'Modtager tilskud', en: 'Receives a grant' },
  test_site: { da: 'Testkommune', en: 'Test kommune' },
  advises: { da: 'Rådgiver', en: 'Advises' },
  // The source says it is to offer it ("skal udbyde"), not that it has.
  to_offer: { da: 'Skal udbyde', en: 'To offer' },
  course: { da: 'Kursustilbud', en: 'Course offer' },
}

/** What a plan's page opens with: its description and the passage it rests on. */
export function planIntro(t: Tables, p: Tables['plans'][number], refs: PageSources, lang: Lang = 'da') {
  const L = language(lang)
  return { description: L.col(p, 'description'), marks: [refs.mark(L.cite(t, p))] }
}

export function figureView(t: Tables, i: Tables['indicators'][number], refs: PageSources, lang: Lang = 'da'): FigureView {
  const L = language(lang)
  return {
    id: i.indicator_id,
    // A reached-against-target figure is a status at a date, not a final result.
    text: i.kind === 'target_reached' ? L.say({ da: `status ${L.f.date(i.date)}: ${L.indicator(i)}`, en: `status at ${L.f.date(i.date)}: ${L.indicator(i)}` }) : L.indicator(i),
    measure: L.col(i, 'measure'),
    kind: i.kind,
    marks: [refs.mark(L.cite(t, i)), ...(i.target_quote ? [refs.mark(L.cite(t, i, i.target_quote))] : [])],
    note: L.col(i, 'note'),
  }
}

/** An initiative as a page in `lang` shows it: the same rows in both languages, in the `_en` columns' words on English pages. */
export function initiativeView(t: Tables, i: Initiative, refs: PageSources, lang: Lang = 'da'): InitiativeView {
  const L = language(lang)
  const org = (id: string) => L.col(records(t).organisation(id), 'name')
  const timeline = L.say<`/${string}`>({ da: '/tidslinje', en: '/en/timeline' })
  // An amount says the verb of its source ("afsat", "set aside"), never more: a per-year amount with its years.
  const money = (f: Funding) => {
    if (f.basis === 'none') return L.amount(f)
    const amount = f.basis === 'per_year' ? L.say({ da: `${L.amount(f)} i ${f.start_year}–${f.end_year}`, en: `${L.amount(f)} in ${f.start_year}–${f.end_year}` }) : L.amount(f)
    return `${amount}, ${L.moneyVerb(t, f)}`
  }
  return {
    id: i.initiative_id,
    anchor: L.anchor.initiative(i),
    number: i.number,
    name: L.col(i, 'name'),
    description: L.col(i, 'description'),
    marks: [refs.mark(L.cite(t, i))],
    statuses: t.status_updates
      .filter((u) => u.initiative_id === i.initiative_id)
      .sort(byInterval)
      .map((u) => ({ date: L.dateWords(u), status: L.status[u.status], statusKey: u.status, detail: L.col(u, 'detail'), marks: [refs.mark(L.cite(t, u))] })),
    actors: t.initiative_actors
      .filter((a) => a.initiative_id === i.initiative_id)
      .map((a) => ({ name: org(a.org_id), role: ROLE[a.role] ? L.say(ROLE[a.role]!) : a.role })),
    figures: t.indicators.filter((x) => x.initiative_id === i.initiative_id).map((x) => figureView(t, x, refs, lang)),
    funding: t.funding
      .filter((f) => f.initiative_id === i.initiative_id)
      .map((f) => ({ text: money(f), purpose: L.col(f, 'purpose'), marks: [refs.mark(L.cite(t, f))], note: L.col(f, 'note') })),
    events: t.events
      .filter((e) => e.initiative_id === i.initiative_id)
      .sort(byInterval)
      .map((e) => ({ when: L.dateWords(e), title: L.eventTitle(e), href: href.page(timeline, L.anchor.event(e)), marks: [refs.mark(L.cite(t, e))] })),
  }
}
