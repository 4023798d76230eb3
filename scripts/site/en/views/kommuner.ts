import type { Beredskab, Link, Tables } from '../../../data/types.ts'
import { FORMATS } from '../../../format/locale.ts'
import { anchorEn } from '../../anchors.ts'
import { archived } from '../../archive.ts'
import { type Mark, PageSources } from '../../refs.ts'
import { adviceLines, fullName, kommunePath, nationalHelp } from '../../views/kommuner.ts'
import { typedForms } from '../../fold.ts'
import { language } from '../../language.ts'
import { citeEn } from '../cite.ts'
import { records } from '../../records.ts'

const en = FORMATS.en


/** The needs a kommune may come with, in the order the Danish directory gives them. */
export const NEEDS_EN: Record<Link['need'], string> = {
  acute: 'Acute danger',
  advice: 'Advice for professionals',
  courses: 'Courses',
  knowledge: 'Handbooks and knowledge',
  citizen_support: 'Support for citizens',
}

/** What each kommune's own page calls it, in English with the Danish word. */
export const BEREDSKAB_KIND_EN: Record<Beredskab['kind'], string> = {
  beredskab: 'Emergency-response plan (beredskab)',
  beredskabsplan: 'Emergency-response plan (beredskabsplan)',
  handleguide: 'Action guide (handleguide)',
  strategi: 'Strategy',
  indsats: 'Page on the kommune’s effort',
  side: 'Page of advice and guidance',
}

/** When a source's information is from, in English: "29 June 2020", or what the source's date note says. */
function datedEn(t: Tables, sourceId: string, asOf: string | null = null): string {
  const s = records(t).source(sourceId)
  if (asOf) return en.date(asOf)
  if (s?.date) return en.date(s.date)
  // As the Danish pages say it (scripts/site/views/kommuner.ts, whenOf): "undated page, read 2 December 2026".
  const read = s?.date_note_en?.match(/read (\d{1,2} \p{L}+ \d{4})/u)
  if (read) return `undated page, read ${read[1]}`
  return s?.date_note_en ? lowerFirst(s.date_note_en.replace(/\.$/, '')) : 'undated'
}
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** When a directory card's information is from, as the Danish datedBy says it ("oplyst 29. juni 2020"): "reported 29 June 2020". */
function reportedEn(t: Tables, sourceId: string): string {
  const s = records(t).source(sourceId)
  if (s.date) return `reported ${en.date(s.date)}`
  return s.date_note_en ? `reported: ${lowerFirst(s.date_note_en).replace(/\.$/, '')}` : 'undated'
}

/** A card of the Danish help directory (an offer, or a link no offer points to) in English, by its id. */
function cardEn(t: Tables, id: string) {
  const o = t.offers.find((x) => x.offer_id === id)
  if (o) return { anchor: anchorEn.offer(o), name: o.name_en, offers: o.offers_en, need: o.need, org: records(t).organisation(o.org_id).name_en, dated: reportedEn(t, o.source_id) }
  const l = records(t).link(id)
  return { anchor: anchorEn.link(l), name: l.title_en, offers: l.offers_en, need: l.need, org: records(t).organisation(l.org_id).name_en, dated: reportedEn(t, l.source_id) }
}
/** A text that a page follows with its own full stop. */
const noFinalStop = (s: string) => s.replace(/\.$/, '')

/** Who to call, in English: acute danger first (112), then the police when it is not acute (114), then anonymous advice. */
export function callEn(t: Tables, refs: PageSources) {
  const byNumber = new Map<string, { number: string; tel: string; name: string; text: string; urgency: string; marks: Mark[] }>()
  for (const c of t.contacts) {
    const entry = byNumber.get(c.number) ?? { number: c.number, tel: `tel:${c.number.replace(/\s+/g, '')}`, name: c.name_en, text: c.text_en, urgency: c.urgency, marks: [] }
    entry.marks.push(refs.mark(citeEn(t, c)))
    byNumber.set(c.number, entry)
  }
  const all = [...byNumber.values()]
  const acute = all.filter((c) => c.urgency === 'acute')
  if (!acute.length) throw new Error('no number for acute danger in contacts.csv')
  return { acute, notAcute: all.filter((c) => c.urgency === 'not_acute'), advice: all.filter((c) => c.urgency === 'advice') }
}

/** The help directory in English: every offer and every link the sources give, by need. */
export function directoryEn(t: Tables, refs: PageSources) {
  const org = (id: string) => records(t).organisation(id)
  const link = (id: string | null) => {
    const l = id ? records(t).link(id) : undefined
    return l ? { ...archived(t, l.url, l.source_id)!, archiveDate: en.date(t.archives.find((a) => a.url === l.url && a.source_id === l.source_id)!.archive_date), title: l.title_en, marks: [refs.mark(citeEn(t, l))] } : null
  }
  const entries = [
    ...t.offers.map((o) => ({
      id: o.offer_id,
      anchor: anchorEn.offer(o),
      name: o.name_en,
      offers: o.offers_en,
      audience: noFinalStop(o.audience_en),
      need: o.need,
      local: org(o.org_id).kind === 'municipal_unit',
      extremism: false,
      org: org(o.org_id).name_en,
      dated: datedEn(t, o.source_id),
      link: link(o.link_id),
      marks: [refs.mark(citeEn(t, o))],
    })),
    ...t.links.filter((l) => !t.offers.some((o) => o.link_id === l.link_id)).map((l) => ({
      id: l.link_id,
      anchor: anchorEn.link(l),
      name: l.title_en,
      offers: l.offers_en,
      audience: noFinalStop(l.audience_en),
      need: l.need,
      local: false,
      extremism: l.topic === 'extremism',
      org: org(l.org_id).name_en,
      dated: datedEn(t, l.source_id),
      link: link(l.link_id),
      marks: [] as Mark[],
    })),
  ]
  const order = Object.keys(NEEDS_EN)
  entries.sort((a, b) => order.indexOf(a.need) - order.indexOf(b.need) || Number(a.local) - Number(b.local) || Number(a.extremism) - Number(b.extremism) || a.name.localeCompare(b.name, 'en'))
  return Object.entries(NEEDS_EN)
    .map(([need, label]) => ({ need, label, entries: entries.filter((e) => e.need === need) }))
    .filter((g) => g.entries.length)
}

/** /en/help: who to call, the directory, and the minister's letter to every kommune of 29 June 2020. */
export function helpViewEn(t: Tables) {
  const refs = new PageSources('en')
  const call = callEn(t, refs)
  const groups = directoryEn(t, refs)
  const letterSource = records(t).source('min-2020-06-29')
  const letter = t.letter_points
    .filter((p) => p.source_id === 'min-2020-06-29')
    .sort((a, b) => a.number - b.number)
    .map((p) => ({ id: p.point_id, text: p.text_en, marks: [refs.mark(citeEn(t, p))] }))
  return { call, groups, letter, letterDate: letterSource.date ? en.date(letterSource.date) : null, sources: refs.list() }
}
export type HelpViewEn = ReturnType<typeof helpViewEn>


/** One region in English: who to call, the beredskaber found, who covers it with security consultants, its kommuner, and national help. */
export function regionViewEn(t: Tables, regionskode: string) {
  const r = records(t).region(regionskode)
  const refs = new PageSources('en')
  const inRegion = t.kommuner.filter((k) => k.regionskode === regionskode)
  const fact = (row: Tables['help_facts'][number]) => ({ id: row.fact_id, text: row.text_en, when: row.date ? datedEn(t, row.source_id, row.date) : datedEn(t, row.source_id), marks: [refs.mark(citeEn(t, row))] })
  const call = callEn(t, refs)
  const beredskaber = t.beredskaber
    .filter((b) => inRegion.some((k) => k.kommunekode === b.kommunekode))
    .map((b) => {
      const k = records(t).kommune(b.kommunekode)
      return { code: b.kommunekode, kommune: fullName(k), path: kommunePath(k), kind: BEREDSKAB_KIND_EN[b.kind], adopted: b.adopted_date ? en.date(b.adopted_date) : null, link: archived(t, b.url, b.source_id)! }
    })
    .sort((a, b) => a.kommune.localeCompare(b.kommune, 'en'))
  const searched = en.date(t.beredskaber.map((b) => b.checked).sort().at(-1)!)
  const coverage = t.consultant_coverage
    .filter((c) => c.regionskode === regionskode)
    .map((c) => {
      const host = c.host_kommunekode ? records(t).kommune(c.host_kommunekode) : undefined
      return { id: c.coverage_id, kind: c.kind, text: c.statement_en, when: datedEn(t, c.source_id, c.date), host: host ? { name: fullName(host), path: kommunePath(host) } : null, marks: [refs.mark(citeEn(t, c))] }
    })
  const facts = (topic: string) => t.help_facts.filter((f) => f.topic === topic).map(fact)
  // The same advice lines and offers as the Danish page (views/kommuner.ts), in their English words.
  const advice = adviceLines(t)
  const view = {
    name: r.region,
    /** The name typed without Danish letters ("sjalland"), for the search index only, as on the Danish page. */
    aliases: typedForms(r.region).join(' '),
    call,
    anonymous: call.advice.map((c) => {
      const given = t.contacts.filter((x) => x.number === c.number).map((x) => records(t).source(x.source_id))
      return { ...c, by: language('en').list(given.map((s) => s.publisher)), when: datedEn(t, given[0]!.source_id) }
    }),
    acute: advice.acute,
    professionals: advice.professionals.map((p) => ({ id: p.id, ...cardEn(t, p.id) })),
    offers: nationalHelp(t).offers.map((o) => {
      const c = cardEn(t, o.id)
      return { id: o.id, anchor: c.anchor, name: c.name, needLabel: NEEDS_EN[c.need] }
    }),
    beredskaber,
    searched,
    law: facts('law'),
    coverage,
    kommuner: inRegion.map((k) => ({ name: fullName(k), path: kommunePath(k) })).sort((a, b) => a.name.localeCompare(b.name, 'en')),
    consultants: facts('security_consultants'),
    siriAdvice: facts('siri_advice'),
    networks: facts('networks'),
    description: `Who to call in ${r.region} (112 in acute danger), the emergency-response plans (beredskaber) against negative social control we found for the region’s kommuner, and who covers the region with security consultants. In English.`,
  }
  return { ...view, sources: refs.list() }
}
export type RegionViewEn = ReturnType<typeof regionViewEn>
