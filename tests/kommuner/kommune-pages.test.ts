/**
 * The built kommune, region and help pages (no browser): every kommune listed once with a link
 * that reaches its own page, every region's answer cited and dated, every mention shown, the
 * 93/86 caveat on every kommune page, and help cards dated with archive copies.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { type Element, isTag } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import { findAll, textContent } from 'domutils'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import { fullName, kommunePath, regionPath } from '../../scripts/site/views/kommuner.ts'
import { builtHtml, DIST } from '../site/built-site.ts'
import { recordAnchor } from '../site/oracle.ts'

const t = loadData()
const page = (route: string) => parseDocument(builtHtml(route.endsWith('/') ? `${route.slice(1)}index.html` : `${route.slice(1)}.html`))
const main = (route: string) => findAll((e) => e.name === 'main', page(route).children)[0]!
const text = (el: Element) => textContent(el).replace(/\s+/g, ' ')
const links = (el: Element) => findAll((e) => isTag(e) && e.name === 'a', el.children).map((a) => ({ href: a.attribs.href ?? '', text: text(a).trim() }))
const h1 = (route: string) => text(findAll((e) => e.name === 'h1', page(route).children)[0]!).replace('\u200b', '').trim()

describe('/kommuner, the finder', () => {
  const finder = findAll((e) => (e.attribs.class ?? '').split(' ').includes('NskKommuneFinder'), main('/kommuner/').children)[0]!
  const found = links(finder)
  it('lists all 98 kommuner, each once, each linking to its own page', () => {
    for (const k of t.kommuner) {
      const to = found.filter((l) => l.text === k.kommune)
      expect(to, k.kommune).toHaveLength(1)
      expect(to[0]!.href).toBe(kommunePath(k))
      expect(existsSync(join(DIST, `${kommunePath(k).slice(1)}.html`)), kommunePath(k)).toBe(true)
      expect(h1(kommunePath(k))).toBe(fullName(k))
    }
    expect(found.filter((l) => l.href.startsWith('/kommuner/'))).toHaveLength(98)
  })
  it('groups them by region, each region linking to its page', () => {
    for (const r of t.regions) expect(found.find((l) => l.text === r.region)?.href, r.region).toBe(regionPath(r.region))
  })
})

describe('each region page', () => {
  for (const r of t.regions) {
    it(`${r.region}: states its host or that no source names one, cited and dated, and lists its kommuner`, () => {
      const body = text(main(regionPath(r.region)))
      expect(h1(regionPath(r.region))).toBe(r.region)
      const rows = t.consultant_coverage.filter((c) => c.regionskode === r.regionskode)
      for (const c of rows) {
        expect(body).toContain(c.statement)
        expect(body).toContain(`»${c.quote}«`)
      }
      if (!rows.some((c) => c.kind === 'host_named')) expect(body).toMatch(/Ingen (af kilderne|kilde) nævner, hv(ilket team|ilken kommunes team)/)
      // Dated: the year or date of the statement, or that the page is undated and when it was read.
      for (const c of rows) expect(body).toMatch(c.date ? new RegExp(c.date.slice(0, 4)) : /udateret side, læst/)
      expect(body).toContain('ét nationalt team')
      expect(body).toContain('to netværk for kommunale fagpersoner')
      expect(body).toContain('rejsehold')
      const list = findAll((e) => e.name === 'ul' && (e.attribs.class ?? '').split(' ').includes('kommuner'), main(regionPath(r.region)).children)[0]!
      const kommuner = links(list)
      expect(kommuner.map((l) => l.text).sort()).toEqual(t.kommuner.filter((k) => k.regionskode === r.regionskode).map((k) => k.kommune).sort())
    })
  }
  it('Region Syddanmark names no host', () => {
    const body = text(main('/regioner/syddanmark'))
    expect(body).toContain('Ingen af kilderne nævner, hvilket team af sikkerhedskonsulenter der dækker Region Syddanmark.')
    expect(body).not.toMatch(/Odense[^.]*dækker Region Syddanmark/)
  })
})

describe('each kommune page', () => {
  it('shows every mention of its kommune with its quote, and nothing about the 93/86 beyond the sources', () => {
    for (const k of t.kommuner) {
      const body = text(main(kommunePath(k)))
      const mentions = t.kommune_mentions.filter((m) => m.kommunekode === k.kommunekode)
      for (const m of mentions) {
        expect(body, `${k.kommune}: ${m.mention_id}`).toContain(m.text)
        // An OCR passage is shown as its corrected reading in »…«, with the machine-read text beside it.
        const reading = t.ocr_readings.find((r) => r.source_id === m.source_id && r.ocr_text === m.quote)?.reading
        expect(body, `${k.kommune}: ${m.mention_id}`).toContain(`»${reading ?? m.quote}«`)
        expect(body, `${k.kommune}: ${m.mention_id}`).toContain(m.quote)
      }
      if (!mentions.length) expect(body).toContain(`Ingen af kilderne nævner ${fullName(k)} ved navn.`)
      // Where the sources anchor the security-consultant scheme (a plan initiative) in the kommune, with a date, the page says so.
      const hosted = mentions.filter((m) => m.topic === 'consultant_host' && m.date)
      if (hosted.length) {
        expect(body, k.kommune).toContain(`Ingen af kilderne siger, hvilke kommuner det var. Men et af handlingsplanens initiativer, ny sikkerhedskonsulentordning, var ifølge kilderne forankret i ${fullName(k)}:`)
        expect(body).not.toContain('siden kan ikke sige')
      } else expect(body).toContain(`Ingen af kilderne siger, hvilke kommuner det var, så siden kan ikke sige, om ${fullName(k)} var en af dem.`)
      expect(body).toMatch(/var 93 kommuner involveret/)
      expect(body).toMatch(/var det 86 af 98/)
      expect(body).toContain(`ligger i ${k.region}`)
    }
  })
})

describe('/hjaelp', () => {
  const body = main('/hjaelp')
  it('dates every help card by its source', () => {
    const cards = findAll((e) => e.attribs.class?.split(' ').includes('entry') ?? false, body.children)
    expect(cards.length).toBe(t.offers.length + t.links.filter((l) => !t.offers.some((o) => o.link_id === l.link_id)).length)
    for (const c of cards) expect(text(c), text(c).slice(0, 60)).toMatch(/oplyst(:| \d| 20)/)
    expect(text(body)).toContain('oplyst 29. juni 2020')
    expect(text(body)).toContain('oplyst 2018')
  })
  it('shows each link in its own source\'s words, with an archive copy dated from that source', () => {
    const all = links(body)
    for (const l of t.links) {
      expect(all.some((a) => a.href === l.url), l.url).toBe(true)
      const archive = t.archives.find((a) => a.url === l.url && a.source_id === l.source_id)!
      expect(all.find((a) => a.href === archive.archive_url)?.text).toMatch(/^Søg en arkiveret kopi nær 29\. juni 2020 \(Internet Archive\)$/)
    }
    expect(all.find((a) => a.href === t.links.find((l) => l.link_id === 'siri-strategic-advice')!.url)?.text).toContain('tilbud til kommuner om strategisk rådgivning om æresrelaterede konflikter')
    expect(text(body)).toContain('Linkene er gengivet, som kilderne gav dem')
  })
  it('lists the 8 links of the letter of 29 June 2020 as one list, each labelled with the letter', () => {
    const list = findAll((e) => (e.attribs.class ?? '').split(' ').includes('NskLetterLinks'), body.children)[0]!
    const items = findAll((e) => e.name === 'li' && e.parent === list, list.children)
    const letter = t.links.filter((l) => l.source_id === 'min-2020-06-29')
    expect(letter).toHaveLength(8)
    expect(items).toHaveLength(8)
    for (const l of letter) {
      const item = items.find((i) => links(i).some((a) => a.href === l.url))
      expect(item, l.url).toBeDefined()
      expect(text(item!)).toContain('link i brevet af 29. juni 2020')
    }
    expect(text(body)).not.toContain('mærket "oplyst 29. juni 2020"')
  })
  it('tags the security consultants and Etnisk Konsulentteam as advice to professionals', () => {
    for (const id of ['security-consultants', 'kk-etnisk-konsulentteam']) {
      const card = findAll((e) => e.attribs.id === recordAnchor('offers', id), body.children)[0]!
      const group = card.parent!.parent as Element
      expect(text(findAll((e) => e.name === 'h3', group.children)[0]!)).toContain('Rådgivning til fagpersoner')
      expect(text(card)).not.toMatch(/akut fare/i)
    }
  })
  it('says why the letter of 29 June 2020 was sent, point by point with quotes', () => {
    for (const p of t.letter_points) {
      expect(text(body)).toContain(p.text)
      expect(text(body)).toContain(`»${p.quote}«`)
    }
  })
  it('leads to the finder, so a kommune is two taps away', () => {
    expect(links(body).find((l) => l.text === 'Find din kommune')?.href).toBe('/kommuner/')
  })
})

describe('archive links across the built pages', () => {
  it('are each an archives row of the data', () => {
    const known = new Set(t.archives.map((a) => a.archive_url))
    for (const route of ['/hjaelp', '/kommuner/koebenhavn', '/regioner/syddanmark']) {
      const hrefs = links(main(route)).map((l) => l.href).filter((h) => h.startsWith('https://web.archive.org/'))
      expect(hrefs.length, route).toBeGreaterThan(0)
      for (const h of hrefs) expect(known.has(h), h).toBe(true)
    }
  })
})
