/**
 * The English edition (issue 23), on the built site: each English page is English (lang, interface
 * strings, no Danish sentence outside quotations, names and explained terms), links its Danish twin
 * both ways (language switch and hreflang), shows the same figures as its twin, and gives every
 * Danish quotation the site's English rendering beside it, outside the quotation marks.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Element } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import * as du from 'domutils'
import { describe, expect, it } from 'vitest'
import { EN_PAGES, routeOfFile, SITE_PAGES, TWINS_REQUIRED } from '../../.vitepress/pages.ts'
import { UI } from '../../scripts/site/ui.ts'
import { builtHtml, contentText, DIST, figuresIn } from './built-site.ts'
import { all, docOf, text, textWithout } from './html.ts'
import { englishFigures } from './oracle.ts'

const fileOf = (route: string) => (route.endsWith('/') ? `${route.slice(1)}index.html` : `${route.slice(1)}.html`)
const twins = EN_PAGES.filter((p) => !p.route.includes('['))
const enHtml = (route: string) => builtHtml(fileOf(route))

/** Function words Danish has and English does not; two in one sentence, and more than English ones, make it Danish. */
const DANISH = new Set('og det er som på med af der ikke har blev været skal vil kan fra ved efter eller også hvor denne disse til jeg vi hvad hvordan siden'.split(' '))
const ENGLISH = new Set('the and of is are was were with which this that from has have been not it its their they will would should there what when where who to in for by on'.split(' '))
export function danishSentences(s: string): string[] {
  return s
    .split(/(?<=[.!?:;])\s+|\s{2,}/)
    .filter((x) => {
      const words = (x.toLowerCase().match(/\p{L}+/gu) ?? [])
      const da = new Set(words.filter((w) => DANISH.has(w))).size
      const en = new Set(words.filter((w) => ENGLISH.has(w))).size
      return da >= 2 && da > en
    })
}


/** A link that shows its own address: its Danish path words ("…-oplever-eller-udoever-vold") are not text. */
const isAddress = (e: Element) => e.name === 'a' && /^https:\/\//.test(e.attribs.href ?? '') && text(e).trim() === e.attribs.href
/** The page's content without what may be Danish: quotations, anything marked lang="da", and addresses shown as link text. */
const ownWords = (html: string) => textWithout(docOf(html), (e) => e.name === 'q' || e.name === 'blockquote' || e.attribs.lang === 'da' || e.name === 'sup' || isAddress(e))

describe('the registry of twins', () => {
  it('gives every Danish page that needs one an English twin, and each twin a Danish page', () => {
    const twinOf = new Map(EN_PAGES.map((p) => [p.twin, p.route]))
    expect(TWINS_REQUIRED.filter((r) => !twinOf.has(r)), 'Danish pages without their English twin').toEqual([])
    const danish = new Set(SITE_PAGES.filter((p) => !p.lang).map((p) => p.route))
    expect(EN_PAGES.filter((p) => !danish.has(p.twin!)).map((p) => p.route), 'English pages whose twin is no Danish page').toEqual([])
  })
  it('has every English page built', () => {
    for (const p of twins) expect(existsSync(join(DIST, fileOf(p.route))), p.route).toBe(true)
  })
})

describe.each(twins.map((p) => [p.route, p.twin!]))('%s', (route, twin) => {
  const html = enHtml(route)
  const head = parseDocument(html)
  const links = du.findAll((e) => e.name === 'link' && e.attribs.rel === 'alternate' && e.attribs.hreflang !== undefined, head.children)
  const danishHtml = builtHtml(fileOf(twin))

  it('is an English page with English interface strings', () => {
    expect(/<html lang="en"/.test(html)).toBe(true)
    const body = du.findOne((e) => e.name === 'body', head.children, true)!
    // Everything on the page outside the content and outside what is marked Danish (the language switch).
    const shown = textWithout(body, (e) => e.attribs.lang === 'da' || e.name === 'q' || e.name === 'blockquote' || isAddress(e))
    const danishStrings = Object.entries(UI.da)
      // (The language switch names the other language in that language: "English" on a Danish page.)
      // (Anchors are ids, not text.)
      .filter(([k, v]) => typeof v === 'string' && v.length > 3 && v !== (UI.en as Record<string, unknown>)[k] && !k.startsWith('otherLanguage') && !k.endsWith('Anchor'))
      .map(([, v]) => v as string)
    const wholeWords = (s: string) => new RegExp(`(?<![\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u')
    expect(danishStrings.filter((s) => wholeWords(s).test(shown)), 'Danish interface strings on an English page').toEqual([])
    for (const s of [UI.en.skipToContent, UI.en.mainMenu, UI.en.search]) expect(html, s).toContain(s)
  })

  it('has no Danish sentence outside quotations, names and explained terms', () => {
    expect(danishSentences(ownWords(html))).toEqual([])
  })

  it('links its Danish twin both ways: language switch and hreflang', () => {
    expect(links.map((l) => [l.attribs.hreflang, l.attribs.href]).sort()).toEqual([['da', twin], ['en', route]])
    const sw = du.findOne((e) => (e.attribs.class ?? '').includes('lang-switch'), head.children, true)!
    expect(sw.attribs.href).toBe(twin)
    expect(sw.attribs.hreflang).toBe('da')
    const back = du.findOne((e) => (e.attribs.class ?? '').includes('lang-switch'), parseDocument(danishHtml).children, true)!
    expect(back.attribs.href).toBe(route)
    expect(back.attribs.hreflang).toBe('en')
    expect(danishHtml).toContain(`<link rel="alternate" hreflang="en" href="${route}">`)
  })

  it('shows only figures its Danish twin shows, and every figure of the twin’s summary', () => {
    const daFigures = new Set(figuresIn(contentText(danishHtml)))
    const content = docOf(html)
    const own = textWithout(content, (e) => e.name === 'sup' || e.name === 'q' || e.name === 'blockquote' || e.attribs.lang === 'da' || 'data-figure-exempt' in e.attribs || (e.attribs.class ?? '').includes('translation'))
    const stray = englishFigures(own).filter((n) => !daFigures.has(n))
    expect(stray, 'figures on the English page that its Danish twin does not show').toEqual([])
    const summary = all(docOf(danishHtml), (e) => (e.attribs.class ?? '').split(' ').includes('NskSummary'))[0]
    if (summary) {
      const enFigures = new Set(englishFigures(own))
      const daSummary = figuresIn(textWithout(summary, (e) => e.name === 'sup'))
      expect(daSummary.filter((n) => !enFigures.has(n)), 'figures of the Danish summary missing on the English page').toEqual([])
    }
  })

  it('draws the same charts as its twin, with the same numbers', () => {
    const charts = (h: string) => all(docOf(h), (e: Element) => e.name === 'figure' && (e.attribs.class ?? '').includes('NskChart'))
    const ids = (h: string) => charts(h).map((f) => f.attribs['aria-labelledby'])
    expect(ids(html)).toEqual(ids(danishHtml))
    // Each chart's table: the same rows; its number columns hold the same numbers, and every number in
    // a text cell of the English row is in the Danish row (dates are words: "3. kvartal" is "the third quarter").
    const rows = (h: string) => charts(h).flatMap((f) => all(f, (e) => e.name === 'tr' && all(e, (c) => c.name === 'td').length > 0))
    const [enRows, daRows] = [rows(html), rows(danishHtml)]
    expect(enRows.length).toBe(daRows.length)
    enRows.forEach((row, k) => {
      const cells = (r: Element) => all(r, (c) => c.name === 'td')
      const [en, da] = [cells(row), cells(daRows[k]!)]
      const numeric = (c: Element) => (c.attribs.class ?? '').split(' ').includes('num')
      expect(en.filter(numeric).map((c) => englishFigures(text(c))), `number cells of row ${k + 1}`).toEqual(da.filter(numeric).map((c) => figuresIn(text(c))))
      const daNumbers = new Set(da.flatMap((c) => figuresIn(text(c))))
      expect(en.flatMap((c) => englishFigures(text(c))).filter((n) => !daNumbers.has(n)), `row ${k + 1}: ${text(row)}`).toEqual([])
    })
  })

  it('gives every Danish quotation the site’s English rendering, labelled and outside the quotation marks', () => {
    const doc = docOf(html)
    for (const entry of all(doc, (e) => e.name === 'li' && /^source-\d+$/.test(e.attribs.id ?? ''))) {
      const quotes = all(entry, (e) => e.name === 'q')
      const translation = all(entry, (e) => (e.attribs.class ?? '').split(' ').includes('translation'))[0]
      expect(quotes.length, `source ${entry.attribs.id} quotes a passage`).toBeGreaterThan(0)
      expect(translation && text(translation).startsWith(UI.en.ourTranslation), `source ${entry.attribs.id}: our translation`).toBe(true)
      expect(/[»«]/.test(text(translation!)), 'no quotation marks around the translation').toBe(false)
      for (const q of quotes) expect(q.attribs.lang, 'the quotation is marked Danish').toBe('da')
    }
    for (const b of all(doc, (e) => e.name === 'blockquote')) expect(b.attribs.lang).toBe('da')
  })
})

describe('the word-list check', () => {
  it('finds Danish and lets English (with Danish names) through', () => {
    expect(danishSentences('Planen blev vedtaget af et politisk flertal, og det er ikke sket før.')).toHaveLength(1)
    expect(danishSentences('A grant to the association Søstre mod Vold og Kontrol, which the minister named.')).toEqual([])
  })
  it('reads English numbers', () => {
    expect(englishFigures('DKK 73.4 million for 2,000 young people in 2017–2020')).toEqual([73.4, 2000, 2017, 2020])
  })
})

it('the search page of each language is in the registry', () => {
  expect(routeOfFile('en/search.md')).toBe('/en/search')
})
