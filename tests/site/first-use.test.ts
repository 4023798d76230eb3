/**
 * A term is explained where a page first uses it: its first use in the content links to its entry
 * in the glossary, once per page, never inside a heading, a quotation, a link or an island. The
 * rest of the HTML is left byte for byte.
 */
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import { linkFirstUse } from '../../scripts/site/first-use.ts'
import { termPattern } from '../../scripts/site/terms.ts'
import { builtHtml, DANISH_PAGES, ENGLISH_PAGES } from './built-site.ts'
import type { Element } from 'domhandler'
import { all, docOf, hasClass, text, textWithout } from './html.ts'
import { recordAnchor } from './oracle.ts'

const t = loadData()
/** Where a page quotes, names or labels rather than uses a word in its own sentences. */
const notOwnWords = (e: Element) =>
  ['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'q', 'blockquote', 'code', 'pre', 'summary', 'svg', 'script', 'style', 'button', 'label', 'table', 'figure', 'sup', 'dt'].includes(e.name) ||
  'data-island' in e.attribs || 'data-no-terms' in e.attribs || ['NskWords', 'NskPageSources', 'NskCitation'].some((c) => hasClass(e, c))
const SIRI = { id: 'siri', term: 'SIRI', href: '/ordliste#begreb-siri' }
const PLADS = { id: 'overgangsplads', term: 'Overgangsplads', href: '/ordliste#begreb-overgangsplads' }

describe('linkFirstUse', () => {
  it('links the first use only, in inflected forms, and changes nothing else', () => {
    const html = '<div class="vp-doc"><h2>SIRI</h2><p>Pladserne: fire overgangspladser. SIRIs pulje; SIRI igen.</p><p>Overgangsplads</p></div>'
    const out = linkFirstUse(html, [SIRI, PLADS])
    expect(out).toBe(
      '<div class="vp-doc"><h2>SIRI</h2><p>Pladserne: fire <a class="term" href="/ordliste#begreb-overgangsplads">overgangspladser</a>. <a class="term" href="/ordliste#begreb-siri">SIRIs</a> pulje; SIRI igen.</p><p>Overgangsplads</p></div>',
    )
    expect(out.replace(/<a class="term" href="[^"]*">([^<]*)<\/a>/g, '$1')).toBe(html)
  })

  it('leaves quotations, links, islands, hidden text and everything outside the content alone', () => {
    const html =
      '<header>SIRI</header><div class="vp-doc"><q>SIRI</q><blockquote><p>SIRI</p></blockquote><p>»SIRI«</p><a href="/x">SIRI</a>' +
      '<div data-island="NskDirectory"><p>SIRI</p></div><span class="visually-hidden">SIRI</span><details class="NskWords"><dl><dd>SIRI</dd></dl></details><p data-no-terms>SIRI (2026)</p><p>Hos SIRI</p></div>'
    const out = linkFirstUse(html, [SIRI])
    expect(out).toBe(html.replace('<p>Hos SIRI</p>', '<p>Hos <a class="term" href="/ordliste#begreb-siri">SIRI</a></p>'))
  })

  it('links outside a quotation in the same text, never inside it', () => {
    const html = '<div class="vp-doc"><p>»SIRI rådgiver« skrev SIRI.</p></div>'
    expect(linkFirstUse(html, [SIRI])).toBe('<div class="vp-doc"><p>»SIRI rådgiver« skrev <a class="term" href="/ordliste#begreb-siri">SIRI</a>.</p></div>')
  })

  it('links a use in view before one in a closed disclosure, and one there if that is the only use', () => {
    const html = '<div class="vp-doc"><details><summary>Mere</summary><p>SIRI og en overgangsplads</p></details><p>Hos SIRI</p></div>'
    expect(linkFirstUse(html, [SIRI, PLADS])).toBe(
      '<div class="vp-doc"><details><summary>Mere</summary><p>SIRI og en <a class="term" href="/ordliste#begreb-overgangsplads">overgangsplads</a></p></details><p>Hos <a class="term" href="/ordliste#begreb-siri">SIRI</a></p></div>',
    )
  })

  it('matches an abbreviation in capitals only, and not as the start of a longer word', () => {
    expect(termPattern('RED').test('REDUCERET')).toBe(false)
    expect(termPattern('SIRI').exec('SIRIs pulje')?.[0]).toBe('SIRIs')
    expect(termPattern('RED').test('en red tråd')).toBe(false)
    expect(termPattern('RED').test('RED Center')).toBe(true)
    expect(termPattern('FL21-rammen').exec('under FL21-rammen')?.[0]).toBe('FL21-rammen')
  })
})

describe.each(DANISH_PAGES.filter((p) => p.route !== '/ordliste').map((p) => [p.route, p.file] as const))('terms on %s', (route, file) => {
  const doc = docOf(builtHtml(file))
  const links = all(doc, (e) => e.name === 'a' && hasClass(e, 'term'))

  it('links each term at most once, to its glossary entry, with the term as the link text', () => {
    const hrefs = links.map((a) => a.attribs.href)
    expect(new Set(hrefs).size, 'one link per term').toBe(hrefs.length)
    for (const a of links) {
      const term = t.terms.find((x) => a.attribs.href === `/ordliste#${recordAnchor('terms', x.term_id)}`)
      expect(term, a.attribs.href).toBeDefined()
      expect(termPattern(term!.term).test(text(a)), `${text(a)} is a form of ${term!.term}`).toBe(true)
    }
  })

  it('explains every term of its word list where the page first uses it', () => {
    const list = all(doc, (e) => hasClass(e, 'NskWords'))[0]
    const words = list ? all(list, (e) => e.name === 'dt').map((dt) => all(dt, (e) => e.name === 'a')[0]!.attribs.href) : []
    const linked = links.map((a) => a.attribs.href)
    // Every listed term that the page uses in its own words (not only in headings, quotations,
    // links, tables or source notes) is linked.
    const own = textWithout(doc, notOwnWords).replace(/»[^«]*«|"[^"]*"/g, ' ')
    for (const w of words) {
      const term = t.terms.find((x) => w === `/ordliste#${recordAnchor('terms', x.term_id)}`)!
      if (termPattern(term.term).test(own)) expect(linked, `the word list's ${term.term} is linked where ${route} first uses it`).toContain(w)
    }
    // A page with a word list links only its words; a page without one links what it uses.
    if (list) for (const a of links) expect(words, `${text(a)} is in the page's word list`).toContain(a.attribs.href)
  })
})

/**
 * The English edition keeps Danish words that have no exact English equivalent, and explains each
 * where a page first uses it in its own words (issue 23): "kommuner (Danish municipalities)", "the
 * rate-adjustment pool (satspulje)". Written by hand: the words, and what their explanation says.
 */
const KEPT_WORDS: { word: string; use: RegExp; explained: RegExp }[] = [
  // Lower case only: "Københavns Kommune", "Vejle Kommune" are names.
  { word: 'kommune', use: /\bkommun(?:e|er|erne|ens|ernes)\b/, explained: /municipalit/i },
  { word: 'satspulje', use: /\bsatspulje\p{L}*/iu, explained: /rate-adjustment pool/i },
  // Two senses (data/terms.csv): money is distributed, a plan or agreement implemented.
  { word: 'udmøntning', use: /\budmøntning\p{L}*/iu, explained: /carrying out|carry out|distribut|implement/i },
  { word: 'beredskab', use: /\bberedskab\p{L}*/iu, explained: /emergency/i },
  { word: 'årsværk', use: /(?<!\p{L})årsværk\p{L}*/iu, explained: /full-time/i },
]
/** Where an English page names, quotes or labels rather than uses a word in its own sentences (and what is marked Danish). */
const notOwnWordsEn = (e: Element) => notOwnWords(e) || e.attribs.lang === 'da' || e.name === 'caption'

describe.each(ENGLISH_PAGES.filter((p) => p.route !== '/en/glossary').map((p) => [p.route, p.file] as const))('Danish words on %s', (route, file) => {
  const own = textWithout(docOf(builtHtml(file)), notOwnWordsEn)
  it.each(KEPT_WORDS.map((w) => [w.word, w] as const))('%s is explained where the page first uses it', (_word, w) => {
    const first = w.use.exec(own)
    if (!first) return
    // The explanation stands in the same sentence (or the same list item or heading-less line).
    const start = Math.max(0, ...[...own.slice(0, first.index).matchAll(/[.!?](?=\s)/g)].map((m) => m.index + 1))
    const next = /[.!?](?=\s|$)/.exec(own.slice(first.index + first[0].length))
    const around = own.slice(start, next ? first.index + first[0].length + next.index + 1 : undefined)
    expect(w.explained.test(around), `${route}: the first "${first[0]}" is not explained: …${around}…`).toBe(true)
  })
})

it('the English check finds the Danish words the English pages keep', () => {
  const pagesUsing = (w: (typeof KEPT_WORDS)[number]) => ENGLISH_PAGES.filter((p) => w.use.test(textWithout(docOf(builtHtml(p.file)), notOwnWordsEn))).length
  // (udmøntning stands only in the translations of quotations, which the check leaves to their own test.)
  for (const w of KEPT_WORDS.filter((x) => ['kommune', 'satspulje', 'beredskab'].includes(x.word))) expect(pagesUsing(w), w.word).toBeGreaterThan(1)
})

it('the results pages link their terms (SIRI, FL21, overgangsplads …)', () => {
  const linked = (file: string) => all(docOf(builtHtml(file)), (e) => e.name === 'a' && hasClass(e, 'term')).map((a) => a.attribs.href)
  expect(linked('aftale-2021-2024.html')).toEqual(expect.arrayContaining(['/ordliste#begreb-siri', '/ordliste#begreb-overgangsplads', '/ordliste#begreb-fl21-rammen']))
  expect(linked('handlingsplan-2017-2020.html')).toEqual(expect.arrayContaining(['/ordliste#begreb-satspuljeaftale']))
  // Pages without a word list explain their terms too.
  expect(linked('index.html')).toEqual(expect.arrayContaining(['/ordliste#begreb-satspuljeaftale']))
  expect(linked('hjaelp.html')).toEqual(expect.arrayContaining(['/ordliste#begreb-genopdragelsesrejse']))
})
