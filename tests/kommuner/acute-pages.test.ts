/**
 * Acute danger on the built pages: 112 said first on /hjaelp, every kommune page and every region
 * page; nothing advisory under acute danger on any page (a heading about acute danger and what
 * follows it, and every sentence that speaks of acute danger); the only numbers there are 112 and
 * 114. The names of advisory offers are read from data/ by the test itself.
 */
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { type AnyNode, type Element, isTag } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import { findAll, textContent } from 'domutils'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import { kommunePath, regionPath } from '../../scripts/site/views/kommuner.ts'
import { builtHtml, DIST } from '../site/built-site.ts'

const t = loadData()
const text = (n: AnyNode) => textContent(n).replace(/\s+/g, ' ').trim()
const level = (e: Element) => (/^h[1-6]$/.test(e.name) ? Number(e.name[1]) : 0)

// Everything that advises, by every name the data gives it: offers, the letter's links, their
// organisations, and advice lines. (An offer the check lets stand under acute danger is not one.)
const acuteOffer = (r: { need: string; also_need?: string | null }) => r.need === 'acute' || r.also_need === 'acute'
const advisory = [
  ...t.offers.filter((o) => !acuteOffer(o)).map((o) => o.name),
  ...t.links.filter((l) => !acuteOffer(l)).map((l) => l.title),
  ...t.contacts.filter((c) => c.urgency === 'advice').flatMap((c) => [c.name, c.number]),
  ...t.organisations.filter((o) => ['sbst', 'siri', 'red', 'viso', 'lokk', 'danner', 'svk', 'sabaah', 'insideout', 'kk-etnisk-konsulentteam'].includes(o.org_id)).flatMap((o) => [o.name, o.short_name ?? '']),
  'sikkerhedskonsulent',
  'rådgivning',
].filter((n) => n.length > 2)
const advisoryIn = (s: string) => advisory.filter((n) => s.toLowerCase().includes(n.toLowerCase()))

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return ['assets', 'pagefind', 'data'].includes(f) && dir === DIST ? [] : htmlFiles(p)
    return f.endsWith('.html') ? [p] : []
  })
}
const files = htmlFiles(DIST).map((p) => relative(DIST, p))

/** A heading and the siblings after it, up to the next heading of its level or higher. */
function section(h: Element): AnyNode[] {
  const out: AnyNode[] = [h]
  for (let n = h.next; n; n = n.next) {
    if (isTag(n) && level(n) && level(n) <= level(h)) break
    out.push(n)
  }
  return out
}

describe('acute danger on every built page', () => {
  it('has pages to check', () => expect(files.length).toBeGreaterThan(100))
  for (const file of files) {
    it(`${file}: nothing advisory under acute danger, and only 112 and 114 to call there`, () => {
      const doc = parseDocument(builtHtml(file))
      // A heading that says what is not for acute danger ("Rådgivning (ikke ved akut fare)") is not one about it.
      const headings = findAll((e) => level(e) > 0 && /akut fare/i.test(text(e)) && !/ikke ved akut fare/i.test(text(e)), doc.children)
      for (const h of headings) {
        const nodes = section(h)
        const body = nodes.map(text).join(' ')
        expect(body, `${file}: "${text(h)}"`).toMatch(/\b112\b/)
        expect(advisoryIn(body), `${file}: under "${text(h)}"`).toEqual([])
        const tels = nodes.flatMap((n) => (isTag(n) ? [n, ...findAll(() => true, n.children)] : [])).filter((e) => e.name === 'a' && e.attribs.href?.startsWith('tel:')).map((e) => e.attribs.href)
        for (const tel of tels) expect(['tel:112', 'tel:114'], `${file}: ${tel} under "${text(h)}"`).toContain(tel)
      }
      // Every sentence of running text that speaks of acute danger names no advisory offer.
      for (const block of findAll((e) => ['p', 'li', 'dd', 'td'].includes(e.name), doc.children)) {
        for (const sentence of text(block).split(/(?<=[.!?])\s+/)) {
          if (/akut fare/i.test(sentence) && !/ikke ved akut fare/i.test(sentence)) expect(advisoryIn(sentence.replace(/^.*?:\s*(?=ved akut fare)/i, '')), `${file}: "${sentence}"`).toEqual([])
        }
      }
    })
  }
})

describe('112 first', () => {
  const routes = ['/hjaelp', ...t.kommuner.map(kommunePath), ...t.regions.map((r) => regionPath(r.region))]
  it.each(routes)('%s: the first thing after the heading is "Ved akut fare: ring 112", with 114 for what is not acute', (route) => {
    const doc = parseDocument(builtHtml(`${route.slice(1)}.html`))
    const main = findAll((e) => e.name === 'main', doc.children)[0]!
    const headings = findAll((e) => level(e) > 0, main.children)
    expect(text(headings[0]!).replace('\u200b', '')).not.toMatch(/akut/)
    expect(text(headings[1]!).replace('\u200b', '')).toBe('Ved akut fare: ring 112')
    const box = headings[1]!.parent as Element
    const links = findAll((e) => e.name === 'a' && (e.attribs.href ?? '').startsWith('tel:'), box.children).map((a) => a.attribs.href)
    expect(links).toEqual(['tel:112', 'tel:114'])
    expect(text(box)).toContain('ikke er akut')
  })
})
