import type { Initiative, Tables } from '../../data/types.ts'
import { formatDate } from '../../format/danish.ts'
import { amountText } from '../amount.ts'
import { anchor } from '../anchors.ts'
import { type Citation, cite } from '../cite.ts'
import { indicatorText } from '../figure.ts'
import { STATUS_LABEL } from '../status.ts'

export interface FigureView {
  id: string
  text: string
  measure: string
  kind: string
  citation: Citation
  targetCitation: Citation | null
  note: string | null
}

export interface InitiativeView {
  id: string
  anchor: string
  number: number | null
  name: string
  description: string
  citation: Citation
  statuses: { date: string; status: string; statusKey: string; detail: string; citation: Citation }[]
  actors: { name: string; role: string; citation: Citation }[]
  figures: FigureView[]
  funding: { text: string; purpose: string; citation: Citation; note: string | null }[]
}

const ROLE: Record<string, string> = {
  carries_out: 'Udfører',
  funds: 'Finansierer',
  develops: 'Udvikler',
  partner: 'Samarbejdspartner',
  grantee: 'Modtager tilskud',
  test_site: 'Testkommune',
  advises: 'Rådgiver',
}

/** What a plan's page opens with: its description and the passage it rests on. */
export function planIntro(t: Tables, p: Tables['plans'][number]) {
  return { description: p.description, citation: cite(t, p) }
}

export function figureView(t: Tables, i: Tables['indicators'][number]): FigureView {
  return {
    id: i.indicator_id,
    text: indicatorText(i),
    measure: i.measure,
    kind: i.kind,
    citation: cite(t, i),
    targetCitation: i.target_quote ? cite(t, i, i.target_quote) : null,
    note: i.note,
  }
}

export function initiativeView(t: Tables, i: Initiative): InitiativeView {
  const org = (id: string) => t.organisations.find((o) => o.org_id === id)?.name ?? id
  return {
    id: i.initiative_id,
    anchor: anchor.initiative(i.initiative_id),
    number: i.number,
    name: i.name,
    description: i.description,
    citation: cite(t, i),
    statuses: t.status_updates
      .filter((u) => u.initiative_id === i.initiative_id)
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((u) => ({ date: formatDate(u.date), status: STATUS_LABEL[u.status], statusKey: u.status, detail: u.detail, citation: cite(t, u) })),
    actors: t.initiative_actors
      .filter((a) => a.initiative_id === i.initiative_id)
      .map((a) => ({ name: org(a.org_id), role: ROLE[a.role] ?? a.role, citation: cite(t, a) })),
    figures: t.indicators.filter((x) => x.initiative_id === i.initiative_id).map((x) => figureView(t, x)),
    funding: t.funding
      .filter((f) => f.initiative_id === i.initiative_id)
      .map((f) => ({ text: amountText(f), purpose: f.purpose, citation: cite(t, f), note: f.note })),
  }
}
