import { formatDate } from '../../format/danish.ts'
import type { Beredskab, BeredskabQuote, ConsultantCoverage, Kommune, Source, Tables } from '../../data/types.ts'
import { type ArchivedLink, archived } from '../archive.ts'
import { type Citation, cite } from '../cite.ts'
import { anchor } from '../anchors.ts'
import { firstWhere, records } from '../records.ts'
import { slugOf } from '../slug.ts'
import { BEREDSKAB_KIND, MENTION_TOPIC, SOURCE_KIND_THE } from '../vocabulary.ts'
import { whoToCall } from './call.ts'
import { typedForms } from '../fold.ts'
import { beredskaberMapChart } from '../charts/beredskaber-map.ts'
import { hjaelpView } from './hjaelp.ts'
import { perTables } from '../per-tables.ts'
import type { Lang } from '../../format/locale.ts'
import { language } from '../language.ts'

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
/** English route of the region pages; the kommune pages stay Danish (their twins would add nothing). */
export const REGIONS_EN = '/en/regions/'
export const regionPathEn = (region: string) => `${REGIONS_EN}${slugOf(region)}`

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
export const nationalHelp = perTables(nationalHelpOf, (short = false) => String(short))
function nationalHelpOf(t: Tables, short = false) {
  const facts = (topic: string) =>
    t.help_facts.filter((f) => f.topic === topic && (!short || KEY_FACTS.includes(f.fact_id))).map((f) => fact(t, f, f.fact_id, f.text))
  const directory = hjaelpView(t)
  return {
    consultants: facts('security_consultants'),
    siriAdvice: facts('siri_advice'),
    networks: facts('networks'),
    /** Every offer of the help directory that is not one kommune's own. */
    offers: directory.entries.filter((e) => !e.local).map((e) => ({ id: e.id, anchor: e.anchor, name: e.name, needLabel: e.needLabel })),
  }
}
export type NationalHelp = ReturnType<typeof nationalHelp>

const coverageOf = perTables(coverageOfRegion, (regionskode: string) => regionskode)
function coverageOfRegion(t: Tables, regionskode: string): CoverageFact[] {
  return t.consultant_coverage
    .filter((c) => c.regionskode === regionskode)
    .map((c) => {
      const host = c.host_kommunekode ? records(t).kommune(c.host_kommunekode) : undefined
      return { ...fact(t, c, c.coverage_id, c.statement), kind: c.kind, host: host ? { name: fullName(host), path: kommunePath(host) } : null }
    })
}

/** The finder: every region with its kommuner, names and paths only (it is an island's props) (/kommuner/). */
export const finderView = perTables((t: Tables) => kommuneFinderView(t, 'da'))
export type FinderView = ReturnType<typeof finderView>

/** The same finder in English (/en/kommuner/): a kommune's page is Danish, its region's English. */
export const finderViewEn = perTables((t: Tables) => kommuneFinderView(t, 'en'))
export type FinderViewEn = ReturnType<typeof finderViewEn>

/** The finder in `lang`: the same regions and kommuner, each region's page in that language. */
export function kommuneFinderView(t: Tables, lang: Lang) {
  const L = language(lang)
  return {
    regions: t.regions.map((r) => ({
      name: r.region,
      path: L.say({ da: regionPath(r.region), en: regionPathEn(r.region) }),
      kommuner: t.kommuner
        .filter((k) => k.regionskode === r.regionskode)
        .map((k) => ({ name: k.kommune, full: fullName(k), path: kommunePath(k) }))
        // Each language's alphabetical order: an English reader looks for Aarhus under A (Danish sorts Aa as Å, last).
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    })),
  }
}

export function regionView(t: Tables, regionskode: string) {
  const r = records(t).region(regionskode)
  return {
    name: r.region,
    path: regionPath(r.region),
    coverage: coverageOf(t, regionskode),
    kommuner: firstWhere(finderView(t).regions, (x) => x.name === r.region, `the finder's region ${r.region}`).kommuner,
    national: nationalHelp(t),
    call: whoToCall(t),
    advice: adviceLines(t),
    beredskaber: beredskaberOf(t, regionskode),
    searched: searchedAsOf(t),
    law: lawFacts(t),
    aliases: typedForms(r.region).join(' '),
    description: `Hvem man ringer til i ${r.region} (112 ved akut fare), de beredskaber mod negativ social kontrol, vi har fundet for regionens kommuner, og hvem der dækker regionen med sikkerhedskonsulenter.`,
  }
}
export type RegionView = ReturnType<typeof regionView>

/** "brevet fra Udlændinge- og integrationsministeren af 4. november 2020". */
function sourceName(s: Source): string {
  const from = s.sender.split(' (')[0]!.split(',')[0]
  return `${SOURCE_KIND_THE[s.kind]} fra ${from}${s.date ? ` af ${formatDate(s.date)}` : ''}`
}

/**
 * One kommune's own part of its page: what the sources say about it, its beredskab, its region.
 * What every kommune page shows alike is in `kommuneShared`, loaded once for all the pages (a
 * page's view is built into each page's module; the shared part, 98 times over, made the pages'
 * build grow with kommuner × rows: bench/SCALE.md).
 */
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
    region: { code: k.regionskode, name: k.region, path: regionPath(k.region) },
    mentions: t.kommune_mentions
      .filter((m) => m.kommunekode === kommunekode)
      .map((m) => ({ ...fact(t, m, m.mention_id, m.text), topic: MENTION_TOPIC[m.topic] })),
    involved,
    scheme: schemeOf(t, kommunekode),
    beredskab: beredskabOf(t, kommunekode),
    description: kommuneDescription(t, kommunekode),
    /** The name typed without Danish letters ("tonder", "toender"), for the search index only. */
    aliases: typedForms(k.kommune).join(' '),
  }
}
export type KommuneView = ReturnType<typeof kommuneView>

/** What every kommune page shows alike: who to call, advice, the law, the national help, and per region who covers it and its found beredskaber. */
export const kommuneShared = perTables(kommuneSharedOf)
function kommuneSharedOf(t: Tables) {
  return {
    call: whoToCall(t),
    advice: adviceLines(t),
    national: nationalHelp(t, true),
    searched: searchedAsOf(t),
    law: lawFacts(t),
    regions: Object.fromEntries(t.regions.map((r) => [r.regionskode, { coverage: coverageOf(t, r.regionskode), beredskaber: beredskaberOf(t, r.regionskode) }])),
  }
}
export type KommuneShared = ReturnType<typeof kommuneShared>

/** The region of a kommune page: who covers it, and the found beredskaber of the region's other kommuner. */
export function regionOfKommune(shared: KommuneShared, view: Pick<KommuneView, 'code' | 'region'>) {
  const region = shared.regions[view.region.code]
  if (!region) throw new Error(`kommune ${view.code}: no region ${view.region.code} in the shared view`)
  return { coverage: region.coverage, examples: region.beredskaber.filter((b) => b.code !== view.code) }
}

/** The law on the kommuner's beredskaber (barnets lov § 15, stk. 3) and when it took effect. */
export const lawFacts = perTables(lawFactsOf)
function lawFactsOf(t: Tables): DatedFact[] {
  return t.help_facts.filter((f) => f.topic === 'law').map((f) => fact(t, f, f.fact_id, f.text))
}


export interface BeredskabView {
  code: string
  kommune: string
  path: string
  region: string
  kind: string
  heading: string | null
  link: ArchivedLink
  /** "24. juni 2024", "april 2024"; null where the page gives no date. */
  adopted: string | null
  adoptedIso: string | null
  /** adoption + 4 years, at the same precision; null where the page gives no date. */
  revisionDue: string | null
  note: string | null
  quotes: { id: string; role: BeredskabQuote['role']; citation: Citation }[]
  checked: string
}

function beredskabView(t: Tables, b: Beredskab): BeredskabView {
  const k = records(t).kommune(b.kommunekode)
  return {
    code: b.kommunekode,
    kommune: fullName(k),
    path: kommunePath(k),
    region: k.region,
    kind: BEREDSKAB_KIND[b.kind],
    heading: b.heading,
    link: archived(t, b.url, b.source_id)!,
    adopted: b.adopted_date ? formatDate(b.adopted_date) : null,
    adoptedIso: b.adopted_date,
    revisionDue: b.revision_due ? formatDate(b.revision_due) : null,
    note: b.note,
    quotes: t.beredskab_quotes.filter((q) => q.kommunekode === b.kommunekode).map((q) => ({ id: q.quote_id, role: q.role, citation: cite(t, q) })),
    checked: formatDate(b.checked),
  }
}

export function beredskabOf(t: Tables, kommunekode: string): BeredskabView | null {
  const b = t.beredskaber.find((x) => x.kommunekode === kommunekode)
  return b ? beredskabView(t, b) : null
}

/** The found beredskaber of a region's kommuner (or of all, without a region), by kommune name. */
export const beredskaberOf = perTables(beredskaberOfRegion, (regionskode?: string) => regionskode ?? '')
function beredskaberOfRegion(t: Tables, regionskode?: string): BeredskabView[] {
  const inRegion = new Set(t.kommuner.filter((k) => !regionskode || k.regionskode === regionskode).map((k) => k.kommunekode))
  return t.beredskaber
    .filter((b) => inRegion.has(b.kommunekode))
    .map((b) => beredskabView(t, b))
    .sort((a, b) => a.kommune.localeCompare(b.kommune, 'da'))
}

/** The day the search for beredskaber was last checked: "not found" holds as of this day only. */
export const searchedAsOf = perTables(searchedAsOfData)
function searchedAsOfData(t: Tables): string {
  const last = t.beredskaber.map((b) => b.checked).sort().at(-1)
  if (!last) throw new Error('beredskaber.csv has no rows')
  return formatDate(last)
}

/**
 * Advice, never under acute danger: the anonymous line the kommuner give, and the national offers
 * for professionals from the help directory (each links to its card there, which has its source).
 */
export const adviceLines = perTables(adviceLinesOf)
function adviceLinesOf(t: Tables) {
  const directory = hjaelpView(t)
  const call = whoToCall(t)
  return {
    /** Each line with the names of the pages that give its number, joined ("A og B"). */
    anonymous: call.advice.map((a) => ({ ...a, by: language('da').list(a.sources.map((s) => s.by)) })),
    /** The number to call in acute danger, which the advice is not. */
    acute: call.acute.map((c) => c.number).join(' / '),
    professionals: directory.entries
      .filter((e) => e.need === 'advice' && !e.local && !e.extremism && e.audiences.includes('professionals'))
      .map((e) => ({ id: e.id, anchor: e.anchor, name: e.name, offers: e.offers, org: e.org, dated: e.dated })),
  }
}
export type AdviceLines = ReturnType<typeof adviceLines>

/**
 * The security-consultant scheme, one of the 2017–2020 plan's initiatives, where the sources say it
 * was anchored in this kommune (København, Aarhus, Odense from 2018; Aalborg from April 2019).
 */
function schemeOf(t: Tables, kommunekode: string) {
  const hosts = t.kommune_mentions.filter((m) => m.kommunekode === kommunekode && m.topic === 'consultant_host' && m.date)
  const initiative = t.initiatives.find((i) => i.plan_id === 'hp2017' && /sikkerhedskonsulent/i.test(i.name))
  if (!hosts.length || !initiative) return null
  return {
    initiative: { name: initiative.name, path: `/handlingsplan-2017-2020#${anchor.initiative(initiative)}`, citation: cite(t, initiative) },
    facts: hosts.map((m) => fact(t, m, m.mention_id, m.text)),
  }
}

/** The page's own description: what it answers for this kommune, from the data. */
function kommuneDescription(t: Tables, kommunekode: string): string {
  const k = records(t).kommune(kommunekode)
  const b = t.beredskaber.find((x) => x.kommunekode === kommunekode)
  const own = b ? `${fullName(k)}s ${BEREDSKAB_KIND[b.kind].toLowerCase()} om negativ social kontrol` : `Hvad loven kræver af ${fullName(k)}`
  return `${own}, hvem man ringer til (112 ved akut fare), og hvilken hjælp ${fullName(k)} i ${k.region} kan bruge.`
}

/** /kommuner/beredskaber: the law, the found beredskaber by region, and the map. */
export function beredskaberPage(t: Tables) {
  return {
    law: lawFacts(t),
    searched: searchedAsOf(t),
    found: t.beredskaber.length,
    total: t.kommuner.length,
    regions: t.regions.map((r) => ({ name: r.region, path: regionPath(r.region), beredskaber: beredskaberOf(t, r.regionskode) })),
    map: beredskaberMapChart(t),
    call: whoToCall(t),
  }
}
export type BeredskaberPage = ReturnType<typeof beredskaberPage>
