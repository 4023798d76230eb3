import { formatDate } from '../../format/danish.ts'
import type { Link, Source, Tables } from '../../data/types.ts'
import { anchor } from '../anchors.ts'
import { type ArchivedLink, archived } from '../archive.ts'
import { type Citation, cite } from '../cite.ts'
import { records } from '../records.ts'
import { whoToCall } from './call.ts'
import { perTables } from '../per-tables.ts'

/** The needs a kommune may come with, in the order the filter offers them. */
export const NEEDS: Record<Link['need'], string> = {
  acute: 'Akut fare',
  advice: 'Rådgivning til fagpersoner',
  courses: 'Kurser',
  knowledge: 'Håndbøger og viden',
  citizen_support: 'Støtte til borgere',
}
export const AUDIENCES = { professionals: 'Fagpersoner og kommuner', citizens: 'Borgere, der er udsat' } as const
export type AudienceKey = keyof typeof AUDIENCES

export interface DirectoryEntry {
  id: string
  anchor: string
  name: string
  offers: string
  audience: string
  need: Link['need']
  /** The need and, where its source says so, a second one (the filter finds the entry under both). */
  needs: Link['need'][]
  needLabel: string
  audiences: AudienceKey[]
  extremism: boolean
  /** Offered by one kommune's own unit, not nationally. */
  local: boolean
  org: string
  /** "oplyst 29. juni 2020": when the card's information is from, by its source. */
  dated: string
  /** The link a source gives, described in that source's own words, with its archive copy. */
  link: SourcedLink | null
  citation: Citation
}

export interface SourcedLink extends ArchivedLink {
  /** The link's description as its source gives it ("… tilbud til kommuner om strategisk rådgivning …"). */
  title: string
  /** "brevet af 29. juni 2020": the source that gives the link. */
  givenBy: string
  citation: Citation
}

/** When a card's information is from, by its source: "oplyst 29. juni 2020", "oplyst 2018". */
export function datedBy(s: Source | undefined): string {
  if (s?.date) return `oplyst ${formatDate(s.date)}`
  return s?.date_note ? `oplyst: ${s.date_note.charAt(0).toLowerCase()}${s.date_note.slice(1).replace(/\.$/, '')}` : 'udateret'
}

/** The directory for kommuner: the letter's links and the offers the sources describe (once per set of tables: every kommune and region page shows parts of it). */
export const hjaelpView = perTables(directoryView)
function directoryView(t: Tables) {
  const { organisation, source, link } = records(t)
  const org = (id: string) => organisation(id).name
  const sourcedLink = (id: string | null): SourcedLink | null => {
    if (!id) return null
    const l = link(id)
    const s = source(l.source_id)
    const givenBy = s.kind === 'letter' && s.date ? `brevet af ${formatDate(s.date)}` : s.title
    return { ...archived(t, l.url, l.source_id)!, title: l.title, givenBy, citation: cite(t, l) }
  }
  const entries: DirectoryEntry[] = [
    ...t.offers.map((o) => ({
      id: o.offer_id,
      anchor: anchor.offer(o),
      name: o.name,
      offers: o.offers,
      audience: o.audience,
      need: o.need,
      needs: [o.need, ...(o.also_need ? [o.also_need] : [])],
      needLabel: NEEDS[o.need],
      audiences: [...(o.for_professionals === 'yes' ? ['professionals' as const] : []), ...(o.for_citizens === 'yes' ? ['citizens' as const] : [])],
      extremism: false,
      local: organisation(o.org_id).kind === 'municipal_unit',
      org: org(o.org_id),
      dated: datedBy(source(o.source_id)),
      link: sourcedLink(o.link_id),
      citation: cite(t, o),
    })),
    // The letter of 29 June 2020 sent these links to every kommune: all are for professionals there.
    // A link an offer already points to is shown with that offer, not twice.
    ...t.links.filter((l) => !t.offers.some((o) => o.link_id === l.link_id)).map((l) => ({
      id: l.link_id,
      anchor: anchor.link(l),
      name: l.title,
      offers: l.offers,
      audience: l.audience,
      need: l.need,
      needs: [l.need],
      needLabel: NEEDS[l.need],
      audiences: ['professionals' as const],
      extremism: l.topic === 'extremism',
      local: false,
      org: org(l.org_id),
      dated: datedBy(source(l.source_id)),
      link: sourcedLink(l.link_id),
      citation: cite(t, l),
    })),
  ]
  const order = Object.keys(NEEDS)
  // By need; within a need national offers before one kommune's own, honour before extremism.
  entries.sort((a, b) => order.indexOf(a.need) - order.indexOf(b.need) || Number(a.local) - Number(b.local) || Number(a.extremism) - Number(b.extremism) || a.name.localeCompare(b.name, 'da'))
  // Why the minister wrote to every kommune on 29 June 2020, point by point.
  const letter = t.letter_points
    .filter((p) => p.source_id === 'min-2020-06-29')
    .sort((a, b) => a.number - b.number)
    .map((p) => ({ id: p.point_id, text: p.text, citation: cite(t, p) }))
  // The letter's links as one list, each labelled with the letter (a card may carry a later date,
  // the date of the offer's own source).
  const letterSource = source('min-2020-06-29')
  const letterLinks = t.links
    .filter((l) => l.source_id === 'min-2020-06-29')
    .map((l) => ({ id: l.link_id, title: l.title, card: entries.find((e) => e.link?.url === l.url)?.anchor ?? anchor.link(l), link: sourcedLink(l.link_id)! }))
  // Only the needs some entry meets are offered as filters.
  const needs = Object.fromEntries(Object.entries(NEEDS).filter(([n]) => entries.some((e) => e.needs.includes(n as Link['need'])))) as Partial<typeof NEEDS>
  return { needs, audiences: AUDIENCES, entries, letter, letterLinks, call: whoToCall(t), letterDate: letterSource?.date ? formatDate(letterSource.date) : null }
}
export type HjaelpView = ReturnType<typeof hjaelpView>
