import { formatDate } from '../../format/danish.ts'
import type { ConsultantCoverage, Kommune, Source, Tables } from '../../data/types.ts'
import { type ArchivedLink, archived } from '../archive.ts'
import { type Citation, cite } from '../cite.ts'
import { firstWhere, records } from '../records.ts'
import { slugOf } from '../slug.ts'
import { MENTION_TOPIC, SOURCE_KIND_THE } from '../vocabulary.ts'
import { hjaelpView } from './hjaelp.ts'

/**
 * A kommune's name as Danish writes it: "Vejle Kommune", but "Københavns Kommune" (as the
 * sources write it) and "Bornholms Regionskommune" (its own name); the register gives the short name.
 */
export function fullName(k: Pick<Kommune, 'kommune'>): string {
  if (k.kommune === 'København') return 'Københavns Kommune'
  if (k.kommune === 'Bornholm') return 'Bornholms Regionskommune'
  return `${k.kommune} Kommune`
}
export const kommunePath = (k: Pick<Kommune, 'kommune'>) => `/kommuner/${slugOf(k.kommune)}`
export const regionPath = (region: string) => `/regioner/${slugOf(region)}`

/** A sourced statement, ready to show: its text, when it held, and its citation. */
export interface DatedFact {
  id: string
  text: string
  /** "april 2019", "2018", or for an undated page what the register says about it. */
  when: string
  citation: Citation
  /** The cited page's address with its archive copy, where the source has one. */
  link: ArchivedLink | null
}

/** When a row held: its own date, else its source's date, else the source's note on the date. */
export function whenOf(s: Source | undefined, asOf: string | null): string {
  if (asOf) return formatDate(asOf)
  if (s?.date) return formatDate(s.date)
  const read = s?.date_note?.match(/læst (\d{1,2}\. \p{L}+ \d{4})/u)
  if (read) return `udateret side, læst ${read[1]}`
  return s?.date_note ? lowerFirst(s.date_note.replace(/\.$/, '')) : 'udateret'
}
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

function fact(t: Tables, row: { source_id: string; locator: string; quote: string; date: string | null }, id: string, text: string): DatedFact {
  const s = records(t).source(row.source_id)
  return { id, text, when: whenOf(s, row.date), citation: cite(t, row), link: archived(t, s.url, row.source_id) }
}

export interface CoverageFact extends DatedFact {
  kind: ConsultantCoverage['kind']
  host: { name: string; path: string } | null
}

/** The facts a kommune page shows; its region page shows them all. */
const KEY_FACTS = ['sc-national-team', 'sc-free-advice', 'sc-voluntary', 'siri-advice-offer', 'siri-advice-phone-visit', 'siri-networks']

/** What applies to every kommune: the national team, SIRI's advice, the networks, and the nationwide offers. */
export function nationalHelp(t: Tables, short = false) {
  const facts = (topic: string) =>
    t.help_facts.filter((f) => f.topic === topic && (!short || KEY_FACTS.includes(f.fact_id))).map((f) => fact(t, f, f.fact_id, f.text))
  const directory = hjaelpView(t)
  return {
    consultants: facts('security_consultants'),
    siriAdvice: facts('siri_advice'),
    networks: facts('networks'),
    /** Every offer of the help directory that is not one kommune's own. */
    offers: directory.entries.filter((e) => !e.local).map((e) => ({ id: e.id, anchor: e.anchor, name: e.name, needLabel: e.needLabel })),
    acute: directory.entries.filter((e) => e.needs.includes('acute') && !e.local).map((e) => ({ anchor: e.anchor, name: e.name })),
  }
}
export type NationalHelp = ReturnType<typeof nationalHelp>

function coverageOf(t: Tables, regionskode: string): CoverageFact[] {
  return t.consultant_coverage
    .filter((c) => c.regionskode === regionskode)
    .map((c) => {
      const host = c.host_kommunekode ? records(t).kommune(c.host_kommunekode) : undefined
      return { ...fact(t, c, c.coverage_id, c.statement), kind: c.kind, host: host ? { name: fullName(host), path: kommunePath(host) } : null }
    })
}

/** The finder: every region with its kommuner, names and paths only (it is an island's props). */
export function finderView(t: Tables) {
  return {
    regions: t.regions.map((r) => ({
      name: r.region,
      path: regionPath(r.region),
      kommuner: t.kommuner
        .filter((k) => k.regionskode === r.regionskode)
        .map((k) => ({ name: k.kommune, full: fullName(k), path: kommunePath(k) }))
        .sort((a, b) => a.name.localeCompare(b.name, 'da')),
    })),
  }
}
export type FinderView = ReturnType<typeof finderView>

export function regionView(t: Tables, regionskode: string) {
  const r = records(t).region(regionskode)
  return {
    name: r.region,
    path: regionPath(r.region),
    coverage: coverageOf(t, regionskode),
    kommuner: firstWhere(finderView(t).regions, (x) => x.name === r.region, `the finder's region ${r.region}`).kommuner,
    national: nationalHelp(t),
  }
}
export type RegionView = ReturnType<typeof regionView>

/** "brevet fra Udlændinge- og integrationsministeren af 4. november 2020". */
function sourceName(s: Source): string {
  const from = s.sender.split(' (')[0]!.split(',')[0]
  return `${SOURCE_KIND_THE[s.kind]} fra ${from}${s.date ? ` af ${formatDate(s.date)}` : ''}`
}

export function kommuneView(t: Tables, kommunekode: string) {
  const { indicator, kommune, source } = records(t)
  const k = kommune(kommunekode)
  const involved = (['hp2017-kommuner-involved-93', 'hp2017-kommuner-involved-86'] as const).map((id) => {
    const i = indicator(id)
    if (typeof i.value !== 'number') throw new Error(`indicator ${id} has no value`)
    return { value: i.value, ofTotal: i.of_total, sourceLabel: sourceName(source(i.source_id)), citation: cite(t, i) }
  })
  return {
    code: k.kommunekode,
    name: k.kommune,
    fullName: fullName(k),
    path: kommunePath(k),
    region: { name: k.region, path: regionPath(k.region) },
    coverage: coverageOf(t, k.regionskode),
    mentions: t.kommune_mentions
      .filter((m) => m.kommunekode === kommunekode)
      .map((m) => ({ ...fact(t, m, m.mention_id, m.text), topic: MENTION_TOPIC[m.topic] })),
    involved,
    national: nationalHelp(t, true),
  }
}
export type KommuneView = ReturnType<typeof kommuneView>
