/**
 * An English region page says what its Danish twin says, section by section: the same number of
 * sourced lines under each heading (beredskaber and the law, advice, who covers the region, its
 * kommuner, the help every kommune can use), the sentences the Danish page adds around the data, and
 * the hidden spellings that let search find a region typed without Danish letters. The sections'
 * ids and every expected sentence are written by hand; which region has no named team, and which
 * pages give the advice line's number, are read from the CSVs by the test.
 */
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { builtHtml } from './built-site.ts'
import { all, byId, docOf, isTag, text } from './html.ts'
import type { Element } from 'domhandler'

const csv = (table: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${table}.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data

/** The regions, with the slug of their pages written by hand. */
const SLUGS: Record<string, string> = {
  'Region Nordjylland': 'nordjylland',
  'Region Midtjylland': 'midtjylland',
  'Region Syddanmark': 'syddanmark',
  'Region Hovedstaden': 'hovedstaden',
  'Region Sjælland': 'sjaelland',
}
const regions = csv('regions').map((r) => ({ code: r.regionskode!, name: r.region!, slug: SLUGS[r.region!]! }))

/** Each Danish section's id and its English twin's. */
const SECTIONS: [string, string][] = [
  ['beredskaber', 'beredskaber'],
  ['anonym-raadgivning', 'anonymous-advice'],
  ['raadgivning-til-fagpersoner', 'advice-for-professionals'],
  ['hvem-daekker', 'who-covers'],
  ['kommunerne', 'kommuner'],
  ['det-nationale-team', 'national-team'],
  ['siris-raadgivning', 'siri-advice'],
  ['netvaerk', 'networks'],
  ['alle-tilbud', 'offers-for-all'],
]

/** The elements after a heading, up to the next heading (h2 or h3), in document order. */
function section(root: Element, id: string): Element[] {
  const heading = byId(root, id)
  if (!heading) throw new Error(`no heading #${id}`)
  const out: Element[] = []
  let n = heading.nextSibling
  // The Danish components wrap their parts in a div: a heading's section may end inside it.
  while (n && !(isTag(n) && /^h[23]$/.test(n.name))) {
    if (isTag(n)) out.push(n)
    n = n.nextSibling
  }
  return out
}
const items = (els: Element[]) => all(els, (e) => e.name === 'li').length
const sectionText = (els: Element[]) => els.map((e) => text(e)).join(' ')

describe.each(regions)('$name: the English page says what the Danish says', ({ code, name, slug }) => {
  const da = docOf(builtHtml(`regioner/${slug}.html`))
  const en = docOf(builtHtml(`en/regions/${slug}.html`))

  it.each(SECTIONS)('#%s and #%s hold as many lines', (daId, enId) => {
    expect(items(section(en, enId))).toBe(items(section(da, daId)))
    expect(items(section(da, daId))).toBeGreaterThan(0)
  })

  it('carries the same hidden spellings for search (a region typed without Danish letters)', () => {
    const spellings = (root: Element) => all(root, (e) => e.attribs['data-stavemaader'] !== undefined).map((e) => e.attribs['data-stavemaader'])
    expect(spellings(en)).toEqual(spellings(da))
    if (slug === 'sjaelland') expect(spellings(en)[0]!.split(' ')).toContain('sjalland')
  })

  // Regions whose sources name no kommune's team: only rows that say a consultant worked there.
  const rows = csv('consultant_coverage').filter((c) => c.regionskode === code)
  const noTeam = !rows.some((c) => c.kind !== 'consultant_in_region')
  it(`${noTeam ? 'says' : 'does not say'} that no source names the team`, () => {
    const daText = sectionText(section(da, 'hvem-daekker'))
    const enText = sectionText(section(en, 'who-covers'))
    expect(daText.includes(`Ingen kilde nævner, hvilken kommunes team der dækker ${name}. Siden gætter ikke.`)).toBe(noTeam)
    expect(enText.includes(`No source names which kommune’s team covers ${name}. This page does not guess.`)).toBe(noTeam)
  })

  it('says every kommune can use the national team, with a link to it on the page', () => {
    const enSection = section(en, 'who-covers')
    expect(sectionText(enSection)).toContain('Whatever the region, every kommune can use the security consultants, who are one national team (see below).')
    const link = all(enSection, (e) => e.name === 'a' && text(e) === 'below')
    expect(link.map((a) => a.attribs.href)).toEqual(['#national-team'])
    expect(byId(en, 'national-team')).not.toBeNull()
  })

  it('says who gives the advice line’s number, and that it is not for acute danger', () => {
    const publishers = csv('contacts')
      .filter((c) => c.urgency === 'advice')
      .map((c) => csv('sources').find((s) => s.source_id === c.source_id)!.publisher!)
    expect(publishers).toHaveLength(2)
    const daText = sectionText(section(da, 'anonym-raadgivning'))
    const enText = sectionText(section(en, 'anonymous-advice'))
    expect(daText).toContain(`Nummeret står på siderne fra ${publishers[0]} og ${publishers[1]} (udateret side, læst 2. december 2026). Det er ikke et nødnummer: ved akut fare ring 112.`)
    expect(enText).toContain(`The number is on the pages of ${publishers[0]} and ${publishers[1]} (undated page, read 2 December 2026). It is not an emergency number: in acute danger call 112.`)
  })

  it('says what the sources do not say about the networks, and where the offers are described', () => {
    expect(sectionText(section(en, 'networks'))).toContain('The sources do not say which kommuner belong to which network.')
    const offers = section(en, 'offers-for-all')
    expect(sectionText(offers)).toContain('Each offer is described, dated and sourced in Help and advice:')
    const hrefs = all(offers, (e) => e.name === 'a').map((a) => a.attribs.href!)
    expect(hrefs[0]).toBe('/en/help')
    expect(hrefs.slice(1).every((h) => h.startsWith('/en/help#'))).toBe(true)
  })

  it('links to all the plans found, as the Danish page does', () => {
    const links = (els: Element[]) => all(els, (e) => e.name === 'a' && e.attribs.href === '/kommuner/beredskaber').length
    expect(links(section(da, 'beredskaber'))).toBe(1)
    expect(links(section(en, 'beredskaber'))).toBe(1)
  })
})
