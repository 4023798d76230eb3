import type { Initiative, Tables } from '../../data/types.ts'
import { byInterval, dateWords } from '../../data/dates.ts'
import { formatDate } from '../../format/danish.ts'
import { amountText } from '../amount.ts'
import { anchor } from '../anchors.ts'
import { cite } from '../cite.ts'
import { href } from '../links.ts'
import { type Mark, PageSources } from '../refs.ts'
import { indicatorText } from '../figure.ts'
import { eventTitle, STATUS_LABEL } from '../vocabulary.ts'
import { records } from '../records.ts'
import { moneyVerb } from '../claims.ts'

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

const ROLE: Record<string, string> = {
  carries_out: 'Udfører',
  funds: 'Finansierer',
  develops: 'Udvikler',
  partner: 'Samarbejdspartner',
  grantee: 'Modtager tilskud',
  test_site: 'Testkommune',
  advises: 'Rådgiver',
  // The source says it is to offer it ("skal udbyde"), not that it has.
  to_offer: 'Skal udbyde',
  course: 'Kursustilbud',
}

/** What a plan's page opens with: its description and the passage it rests on. */
export function planIntro(t: Tables, p: Tables['plans'][number], refs: PageSources) {
  return { description: p.description, marks: [refs.mark(cite(t, p))] }
}

export function figureView(t: Tables, i: Tables['indicators'][number], refs: PageSources): FigureView {
  return {
    id: i.indicator_id,
    // A reached-against-target figure is a status at a date, not a final result.
    text: i.kind === 'target_reached' ? `status ${formatDate(i.date)}: ${indicatorText(i)}` : indicatorText(i),
    measure: i.measure,
    kind: i.kind,
    marks: [refs.mark(cite(t, i)), ...(i.target_quote ? [refs.mark(cite(t, i, i.target_quote))] : [])],
    note: i.note,
  }
}

export function initiativeView(t: Tables, i: Initiative, refs: PageSources): InitiativeView {
  const org = (id: string) => records(t).organisation(id).name
  return {
    id: i.initiative_id,
    anchor: anchor.initiative(i),
    number: i.number,
    name: i.name,
    description: i.description,
    marks: [refs.mark(cite(t, i))],
    statuses: t.status_updates
      .filter((u) => u.initiative_id === i.initiative_id)
      .sort(byInterval)
      .map((u) => ({ date: dateWords(u), status: STATUS_LABEL[u.status], statusKey: u.status, detail: u.detail, marks: [refs.mark(cite(t, u))] })),
    actors: t.initiative_actors
      .filter((a) => a.initiative_id === i.initiative_id)
      .map((a) => ({ name: org(a.org_id), role: ROLE[a.role] ?? a.role })),
    figures: t.indicators.filter((x) => x.initiative_id === i.initiative_id).map((x) => figureView(t, x, refs)),
    funding: t.funding
      .filter((f) => f.initiative_id === i.initiative_id)
      .map((f) => ({ text: f.basis === 'none' ? amountText(f) : `${f.basis === 'per_year' ? `${amountText(f)} i ${f.start_year}–${f.end_year}` : amountText(f)}, ${moneyVerb(t, f)}`, purpose: f.purpose, marks: [refs.mark(cite(t, f))], note: f.note })),
    events: t.events
      .filter((e) => e.initiative_id === i.initiative_id)
      .sort(byInterval)
      .map((e) => ({ when: eventWhen(e), title: eventTitle(e), href: href.page('/tidslinje', anchor.event(e)), marks: [refs.mark(cite(t, e))] })),
  }
}
