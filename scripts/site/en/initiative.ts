import type { Initiative, Tables } from '../../data/types.ts'
import { byInterval } from '../../data/dates.ts'
import { anchorEn } from '../anchors.ts'
import { type Mark, PageSources } from '../refs.ts'
import type { FigureView, InitiativeView } from '../views/common.ts'
import { citeEn } from './cite.ts'
import { amountEn, dateWordsEn, eventTitleEn, indicatorEn, STATUS_EN } from './words.ts'
import { FORMATS } from '../../format/locale.ts'

const ROLE_EN: Record<string, string> = {
  carries_out: 'Carries out',
  funds: 'Funds',
  develops: 'Develops',
  partner: 'Partner',
  grantee: 'Receives a grant',
  test_site: 'Test kommune',
  advises: 'Advises',
  to_offer: 'To offer',
  course: 'Course offer',
}

export function figureViewEn(t: Tables, i: Tables['indicators'][number], refs: PageSources): FigureView {
  return {
    id: i.indicator_id,
    text: i.kind === 'target_reached' ? `status at ${FORMATS.en.date(i.date)}: ${indicatorEn(i)}` : indicatorEn(i),
    measure: i.measure_en,
    kind: i.kind,
    marks: [refs.mark(citeEn(t, i)), ...(i.target_quote ? [refs.mark(citeEn(t, i, i.target_quote))] : [])],
    note: i.note_en,
  }
}

/** An initiative as the English pages show it: the same rows as the Danish view, in the `_en` columns' words. */
export function initiativeViewEn(t: Tables, i: Initiative, refs: PageSources, timeline = '/en/timeline'): InitiativeView {
  const org = (id: string) => t.organisations.find((o) => o.org_id === id)?.name_en ?? id
  return {
    id: i.initiative_id,
    anchor: anchorEn.initiative(i),
    number: i.number,
    name: i.name_en,
    description: i.description_en,
    marks: [refs.mark(citeEn(t, i))],
    statuses: t.status_updates
      .filter((u) => u.initiative_id === i.initiative_id)
      .sort(byInterval)
      .map((u) => ({ date: dateWordsEn(u), status: STATUS_EN[u.status], statusKey: u.status, detail: u.detail_en, marks: [refs.mark(citeEn(t, u))] })),
    actors: t.initiative_actors
      .filter((a) => a.initiative_id === i.initiative_id)
      .map((a) => ({ name: org(a.org_id), role: ROLE_EN[a.role] ?? a.role })),
    figures: t.indicators.filter((x) => x.initiative_id === i.initiative_id).map((x) => figureViewEn(t, x, refs)),
    funding: t.funding
      .filter((f) => f.initiative_id === i.initiative_id)
      .map((f) => ({ text: f.basis === 'per_year' ? `${amountEn(f)} in ${f.start_year}–${f.end_year}` : amountEn(f), purpose: f.purpose_en, marks: [refs.mark(citeEn(t, f))], note: f.note_en })),
    events: t.events
      .filter((e) => e.initiative_id === i.initiative_id)
      .sort(byInterval)
      .map((e) => ({ when: dateWordsEn(e), title: eventTitleEn(e), href: `${timeline}#${anchorEn.event(e)}`, marks: [refs.mark(citeEn(t, e))] as Mark[] })),
  }
}
