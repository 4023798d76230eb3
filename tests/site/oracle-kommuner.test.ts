/**
 * Oracle for the kommune and region pages, against the CSV files (tests/site/oracle.ts) and the
 * addresses written by hand (tests/kommuner/slugs.ts): what a page says about a kommune is the
 * data's about that kommune; every offer or contact shown applies to it by the data's own scope;
 * what stands under acute danger is what its source calls acute; every date beside a fact is that
 * fact's date; the two readings of how many kommuner took part (and any figure the data marks as
 * disagreeing with another) are each attributed to their own source, on every page.
 */
import type { Element } from 'domhandler'
import { describe, expect, it } from 'vitest'
import { KOMMUNER, REGIONER } from '../kommuner/slugs.ts'
import { builtHtml, PAGES } from './built-site.ts'
import { all, docOf, hasClass, text, textWithout } from './html.ts'
import { danishDate, danishFigures, fold, recordOfAnchor, type Row, SOURCES, TABLES } from './oracle.ts'

const kommuner = TABLES.kommuner!
const byName = new Map(kommuner.map((k) => [k.kommune!, k]))
const nameOfSlug = new Map(Object.entries(KOMMUNER).map(([name, slug]) => [slug, name]))
const regionOfSlug = new Map(Object.entries(REGIONER).map(([name, slug]) => [slug, name]))
const offers = new Map(TABLES.offers!.map((o) => [o.offer_id!, o]))
const links = new Map(TABLES.links!.map((l) => [l.link_id!, l]))
const orgs = new Map(TABLES.organisations!.map((o) => [o.org_id!, o]))
const contacts = new Map(TABLES.contacts!.map((c) => [c.number!, c]))

/** The line a link stands in: its nearest paragraph, list item or heading. */
function lineOf(e: Element): Element {
  let at: Element = e
  while (at.parent && at.parent.type === 'tag' && !['p', 'li', 'h2', 'h3', 'h4'].includes(at.name)) at = at.parent as Element
  return at
}

/** The record a /hjaelp#tilbud-… or #link-… anchor names: an offer or a link of the directory (keys from the CSVs' anchor column). */
function directoryRecord(href: string): Row | undefined {
  const m = /^(?:\/(?:[^/#]+\/)?hjaelp)?#((?:tilbud|link)-.+)$/.exec(href)
  if (!m) return undefined
  const id = decodeURIComponent(m[1]!)
  const offer = recordOfAnchor('offers', id)
  return offer ? offers.get(offer.offer_id!) : links.get(recordOfAnchor('links', id)?.link_id ?? '')
}

/** Whether an offer belongs to one kommune (its organisation is a unit of that kommune), and which. */
function ownKommune(offer: Row): string | null {
  const org = orgs.get(offer.org_id!)
  if (org?.kind !== 'municipal_unit') return null
  const named = kommuner.find((k) => [offer.name, org.name, org.description].some((s) => s?.includes(`${k.kommune}s Kommune`) || s?.includes(`${k.kommune} Kommune`)))
  return named?.kommunekode ?? 'unknown'
}

/** Links to a kommune's page (/kommuner/<slug>), not to the site's other pages under /kommuner/ (the registry's, e.g. /kommuner/beredskaber). */
const OWN_ROUTES = new Set(PAGES.map((p) => p.entry.route).filter((r) => !r.includes('[')))
const kommuneLinks = (root: Element) =>
  all(root, (e) => e.name === 'a' && /\/kommuner\/[^/#]+$/.test(e.attribs.href ?? '') && !OWN_ROUTES.has(`/kommuner/${e.attribs.href!.split('/').pop()}`))

const directoryLinks = (root: Element) => all(root, (e) => e.name === 'a' && /^(?:\/(?:[^/#]+\/)?hjaelp)?#(tilbud|link)-/.test(e.attribs.href ?? ''))

const kommunePages = PAGES.filter((p) => p.entry.route === '/kommuner/[kommune]')
const regionPages = PAGES.filter((p) => p.entry.route === '/regioner/[region]')

describe.each(kommunePages.map((p) => [p.route, p.file] as const))('%s (oracle)', (route, file) => {
  const k = byName.get(nameOfSlug.get(route.split('/').pop()!)!)!
  const doc = docOf(builtHtml(file))
  const shown = fold(textWithout(doc, (e) => e.name === 'details'))

  it('says what the data says about this kommune, and nothing it says about another', () => {
    const problems: string[] = []
    const regional = new Set(TABLES.consultant_coverage!.filter((c) => c.regionskode === k.regionskode).map((c) => fold(c.statement!)))
    for (const m of TABLES.kommune_mentions!) {
      // What the data says of the region's consultants applies to every kommune of the region.
      if (regional.has(fold(m.text!)) && m.kommunekode !== k.kommunekode) continue
      const here = shown.includes(fold(m.text!))
      if (here) seen.mentions++
      if (here && m.kommunekode !== k.kommunekode) problems.push(`shows ${m.mention_id}, which is about kommune ${m.kommunekode}`)
      if (!here && m.kommunekode === k.kommunekode) problems.push(`leaves out ${m.mention_id}, which is about this kommune`)
    }
    expect(problems).toEqual([])
  })

  it('shows only offers and contacts that apply to this kommune', () => {
    const problems: string[] = []
    for (const a of directoryLinks(doc)) {
      seen.offers++
      const record = directoryRecord(a.attribs.href!)
      if (!record) { problems.push(`${a.attribs.href} names no offer or link in data/`); continue }
      const own = record.offer_id ? ownKommune(record) : null
      if (own && own !== k.kommunekode) problems.push(`${text(a)} (${a.attribs.href}) is ${own === 'unknown' ? 'one kommune’s own offer' : `kommune ${own}’s own offer`}`)
    }
    // Links to other kommuner's pages only where the data names that kommune as host of this region's
    // consultants, or as a kommune of the same region whose beredskab we found (the region's examples).
    const hosts = new Set(TABLES.consultant_coverage!.filter((c) => c.regionskode === k.regionskode && c.host_kommunekode).map((c) => c.host_kommunekode))
    const examples = new Set(TABLES.beredskaber!.map((b) => b.kommunekode).filter((code) => kommuner.some((x) => x.kommunekode === code && x.regionskode === k.regionskode)))
    for (const a of kommuneLinks(doc)) {
      const other = byName.get(nameOfSlug.get(a.attribs.href!.split('/').pop()!) ?? '')
      if (!other) problems.push(`${a.attribs.href} is no kommune's page`)
      else if (other.kommunekode !== k.kommunekode && !hosts.has(other.kommunekode) && !examples.has(other.kommunekode)) problems.push(`links to ${other.kommune}, which the data names neither as host of ${k.kommune}'s region's consultants nor as a kommune of its region with a found beredskab`)
    }
    expect(problems).toEqual([])
  })

  it('names the region the kommune lies in', () => {
    const region = all(doc, (e) => e.name === 'a' && /\/regioner\/[^/#]+$/.test(e.attribs.href ?? ''))
    expect(region.length).toBeGreaterThan(0)
    for (const a of region) expect(regionOfSlug.get(a.attribs.href!.split('/').pop()!), a.attribs.href).toBe(k.region)
  })
})

describe.each(regionPages.map((p) => [p.route, p.file] as const))('%s (oracle)', (route, file) => {
  const region = regionOfSlug.get(route.split('/').pop()!)!
  const doc = docOf(builtHtml(file))
  it('lists exactly the region’s kommuner from data/kommuner.csv', () => {
    const listed = new Set(kommuneLinks(doc).map((a) => nameOfSlug.get(a.attribs.href!.split('/').pop()!)))
    const inRegion = kommuner.filter((k) => k.region === region)
    expect(inRegion.filter((k) => !listed.has(k.kommune)).map((k) => k.kommune), 'kommuner of the region not listed').toEqual([])
    // Another region's kommune only where the data names it as host of this region's consultants.
    const code = inRegion[0]!.regionskode
    const hosts = new Set(TABLES.consultant_coverage!.filter((c) => c.regionskode === code && c.host_kommunekode).map((c) => kommuner.find((k) => k.kommunekode === c.host_kommunekode)!.kommune))
    expect([...listed].filter((n) => !inRegion.some((k) => k.kommune === n) && !hosts.has(n!)), 'kommuner of other regions').toEqual([])
  })
  it('shows only offers that apply to every kommune of the region', () => {
    const own = directoryLinks(doc).map((a) => directoryRecord(a.attribs.href!)).filter((r) => r?.offer_id && ownKommune(r))
    expect(own.map((r) => r!.offer_id)).toEqual([])
  })
})

// What the oracles checked over all pages, so that a change of markup that hides it from them fails.
const seen = { mentions: 0, offers: 0, acute: 0, dated: 0, attributions: 0 }

// Blocks that make a claim, each checked on its own.
const BLOCKS = new Set(['p', 'li', 'tr', 'dd', 'dt', 'figcaption', 'caption', 'desc', 'title', 'h2', 'h3', 'h4', 'blockquote', 'summary'])
const blocksOf = (doc: Element) => all(doc, (e) => BLOCKS.has(e.name) && !all(e, (c) => c !== e && BLOCKS.has(c.name)).length)

describe.each(PAGES.map((p) => [p.route, p.file] as const))('%s (oracle: acute, dates, attributions)', (_route, file) => {
  const doc = docOf(builtHtml(file))

  it('puts under acute danger only what its source calls acute', () => {
    const problems: string[] = []
    const own = (e: Element) => textWithout(e, (c) => c.name === 'details' || c.name === 'ul' || c.name === 'ol')
    const titleOf = (e: Element) => e.children.find((c): c is Element => 'name' in c && ['h2', 'h3', 'h4', 'p'].includes((c as Element).name))
    const acute = all(doc, (e) =>
      (['p', 'li'].includes(e.name) && /akut fare/i.test(own(e))) ||
      (['nav', 'section', 'div', 'aside'].includes(e.name) && /^\s*(ved )?akut fare/i.test(titleOf(e) ? text(titleOf(e)!) : '')))
    for (const block of acute) {
      for (const a of directoryLinks(block)) {
        seen.acute++
        const r = directoryRecord(a.attribs.href!)
        if (r && r.need !== 'acute' && r.also_need !== 'acute') problems.push(`»${text(a)}« stands under acute danger, but data/ gives its need as ${[r.need, r.also_need].filter(Boolean).join(' and ')}`)
      }
      // A number to call: data/contacts.csv must call it acute.
      for (const a of all(block, (e) => e.name === 'a' && /^tel:/.test(e.attribs.href ?? ''))) {
        seen.acute++
        const number = a.attribs.href!.slice(4)
        const row = contacts.get(number)
        const line = text(lineOf(a))
        // Its own line may say it is not for acute danger ("når det ikke er akut", "ikke et nødnummer"): then it is not offered as acute help.
        if (/ikke (er )?akut|ikke et nødnummer/i.test(line)) continue
        if (!row) problems.push(`»${line}« offers ${number} under acute danger, but data/contacts.csv has no such number`)
        else if (row.urgency !== 'acute') problems.push(`»${line}« puts ${number} under acute danger, but data/contacts.csv gives its urgency as ${row.urgency}`)
      }
    }
    expect([...new Set(problems)]).toEqual([])
  })

  it('dates each fact by its own row (or, undated, by its source)', () => {
    const problems: string[] = []
    const facts = [
      ...TABLES.help_facts!.map((r) => ({ row: r, text: r.text! })),
      ...TABLES.kommune_mentions!.map((r) => ({ row: r, text: r.text! })),
      ...TABLES.consultant_coverage!.map((r) => ({ row: r, text: r.statement! })),
    ]
    for (const li of all(doc, (e) => e.name === 'li' && all(e, (w) => hasClass(w, 'when')).length > 0)) {
      const when = text(all(li, (w) => hasClass(w, 'when'))[0]!).replace(/:$/, '')
      const body = fold(textWithout(li, (e) => e.name === 'details' || hasClass(e, 'when')))
      const fact = facts.find((f) => body.startsWith(fold(f.text)) || fold(f.text).startsWith(body))
      if (!fact) continue
      seen.dated++
      const s = SOURCES.get(fact.row.source_id!)!
      const dates = [...when.matchAll(/(?:\d{1,2}\. )?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}|\b\d{4}\b/g)].map((m) => m[0])
      if (fact.row.date) {
        if (!when.includes(danishDate(fact.row.date))) problems.push(`»${fact.text.slice(0, 60)}…« is dated »${when}«; data/ dates it ${fact.row.date} (${danishDate(fact.row.date)})`)
      } else if (s.date) {
        if (!when.includes(danishDate(s.date))) problems.push(`»${fact.text.slice(0, 60)}…« is dated »${when}«; its source ${s.source_id} is dated ${danishDate(s.date)}`)
      } else {
        for (const d of dates) if (!(s.date_note ?? '').includes(d)) problems.push(`»${fact.text.slice(0, 60)}…« is dated »${when}«, but neither the row nor its source ${s.source_id} gives ${d}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('attributes each disagreeing figure to its own source', () => {
    const disputed = TABLES.indicators!.filter((i) => i.disagrees_with)
    const byId = new Map(TABLES.indicators!.map((i) => [i.indicator_id!, i]))
    // How a clause names a source: its date, or the kind of document (written by hand).
    const KIND: Record<string, RegExp> = { letter: /\bbrev/i, press_release: /pressemeddelelse/i, answer: /\bsvar/i, web_page: /\bside/i }
    const names = (clause: string, sourceId: string) => {
      const s = SOURCES.get(sourceId)!
      return (s.date ? clause.includes(danishDate(s.date)) : false) || (KIND[s.kind!]?.test(clause) ?? false)
    }
    const problems: string[] = []
    // The readings the page shows in a clause that names their own source.
    const besideSource = new Set<string>()
    for (const block of blocksOf(doc)) {
      for (const clause of textWithout(block, (e) => e.name === 'details' || hasClass(e, 'NskMark')).split(/;|\.\s+(?=\p{Lu})|:\s/u)) {
        for (const i of disputed) {
          if (!danishFigures(clause).includes(Number(i.value))) continue
          const other = byId.get(i.disagrees_with!)!
          if (other.source_id === i.source_id) continue
          seen.attributions++
          if (names(clause, i.source_id!)) besideSource.add(i.indicator_id!)
          if (names(clause, other.source_id!) && !names(clause, i.source_id!)) problems.push(`»${clause.trim()}« gives ${i.value} (${i.indicator_id}, from ${i.source_id}) to ${other.source_id}`)
        }
      }
    }
    // A page that gives one reading of a disagreement with its source in the same clause gives the
    // other so too (a sum of the two, or one left out, leaves a reading without its source). Pages
    // that list the rows under their source's heading (/kilder, /data) name no source in the clause.
    for (const i of disputed) {
      if (!besideSource.has(i.disagrees_with!) || besideSource.has(i.indicator_id!)) continue
      problems.push(`gives ${byId.get(i.disagrees_with!)!.value} (${i.disagrees_with}) with its source, but not ${i.value} (${i.indicator_id}) beside its source ${i.source_id}`)
    }
    expect(problems).toEqual([])
  })
})

describe('the kommune oracle', () => {
  it('found what it checks (mentions, offers, acute help, dated facts, attributed readings)', () => {
    expect(seen.mentions).toBeGreaterThanOrEqual(TABLES.kommune_mentions!.length)
    expect(seen.offers).toBeGreaterThan(98 * 5)
    expect(seen.acute).toBeGreaterThan(98)
    expect(seen.dated).toBeGreaterThan(98 * 5)
    expect(seen.attributions).toBeGreaterThanOrEqual(98 * 2)
  })
})
