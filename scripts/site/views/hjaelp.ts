import type { Link, Tables } from '../../data/types.ts'
import { anchor } from '../anchors.ts'
import { type Citation, cite } from '../cite.ts'

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
  needLabel: string
  audiences: AudienceKey[]
  extremism: boolean
  /** Offered by one kommune's own unit, not nationally. */
  local: boolean
  org: string
  url: string | null
  /** The site a link goes to, so the link says where it leads. */
  host: string | null
  citation: Citation
}

/** The directory for kommuner: the letter's links and the offers the sources describe. */
export function hjaelpView(t: Tables) {
  const org = (id: string) => t.organisations.find((o) => o.org_id === id)?.name ?? id
  const linkUrl = (id: string | null) => (id ? (t.links.find((l) => l.link_id === id)?.url ?? null) : null)
  const entries: DirectoryEntry[] = [
    ...t.offers.map((o) => ({
      id: o.offer_id,
      anchor: anchor.organisation(o.offer_id),
      name: o.name,
      offers: o.offers,
      audience: o.audience,
      need: o.need,
      needLabel: NEEDS[o.need],
      audiences: [...(o.for_professionals === 'yes' ? ['professionals' as const] : []), ...(o.for_citizens === 'yes' ? ['citizens' as const] : [])],
      extremism: false,
      local: t.organisations.find((x) => x.org_id === o.org_id)?.kind === 'municipal_unit',
      org: org(o.org_id),
      url: linkUrl(o.link_id),
      host: hostOf(linkUrl(o.link_id)),
      citation: cite(t, o),
    })),
    // The letter of 29 June 2020 sent these links to every kommune: all are for professionals there.
    // A link an offer already points to is shown with that offer, not twice.
    ...t.links.filter((l) => !t.offers.some((o) => o.link_id === l.link_id)).map((l) => ({
      id: l.link_id,
      anchor: anchor.link(l.link_id),
      name: l.title,
      offers: l.offers,
      audience: l.audience,
      need: l.need,
      needLabel: NEEDS[l.need],
      audiences: ['professionals' as const],
      extremism: l.topic === 'extremism',
      local: false,
      org: org(l.org_id),
      url: l.url,
      host: hostOf(l.url),
      citation: cite(t, l),
    })),
  ]
  const order = Object.keys(NEEDS)
  // By need; within a need national offers before one kommune's own, honour before extremism.
  entries.sort((a, b) => order.indexOf(a.need) - order.indexOf(b.need) || Number(a.local) - Number(b.local) || Number(a.extremism) - Number(b.extremism) || a.name.localeCompare(b.name, 'da'))
  return { needs: NEEDS, audiences: AUDIENCES, entries }
}
export type HjaelpView = ReturnType<typeof hjaelpView>

function hostOf(url: string | null): string | null {
  return url ? new URL(url).hostname.replace(/^www\./, '') : null
}
