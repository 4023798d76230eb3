/**
 * The site reads as Danish: no English sentence in a page's visible text (a word-list check; the
 * /data page's column names in <code> and the quotations, which are the sources' own words, are
 * exempt, and must themselves be Danish passages), no PDF line-break hyphens ("år- ligt", "In- sideOut") and no doubled full stops.
 */
import { describe, expect, it } from 'vitest'
import { sitePages } from '../../scripts/browser/site-pages.ts'
import { builtHtml, DIST } from './built-site.ts'
import { all, docOf, text, textWithout } from './html.ts'

/** Function words English has and Danish does not; two in one sentence make it English. */
const ENGLISH = new Set('the and of is are was were with which this that these those from has have been not an it its their they will would should there what when where who our your you about into than then'.split(' '))

export function englishSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:;])\s+|\s{2,}/)
    .filter((s) => new Set((s.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => ENGLISH.has(w))).size >= 2)
}

/** "år- ligt", "In- sideOut": a hyphen, a space and the rest of the word; "efter- og" is Danish. */
const LINE_BREAK = /\p{L}- (?!(og|eller|samt|til)\b)\p{Ll}/u
const DOUBLE_STOP = /(?<!\.)\.\.(?!\.)/

// Every page is checked, /data too: its descriptions are Danish, and its column names are <code>.
// The Danish pages; the English edition (lang en) has its own check in english.test.ts.
const pages = sitePages(DIST).filter((p) => (p.entry.lang ?? 'da') === 'da')
const quoteOrCode = (e: { name: string }) => ['q', 'blockquote', 'code', 'pre', 'script', 'style'].includes(e.name)

describe.each(pages.map((p) => [p.route, p.file]))('%s', (_route, file) => {
  const doc = docOf(builtHtml(file))
  it('has no English sentence', () => {
    const visible = textWithout(doc, quoteOrCode).replace(/»[^«]*«/g, ' ')
    expect(englishSentences(visible)).toEqual([])
  })
  it('quotes only Danish passages: every source is Danish, so an English quotation is a note dressed as a quote', () => {
    const quotes = all(doc, (e) => e.name === 'q' || e.name === 'blockquote').map((q) => text(q))
    expect(quotes.flatMap(englishSentences)).toEqual([])
  })
  it('has no PDF line-break hyphen and no doubled full stop', () => {
    const shown = textWithout(doc, (e) => e.name === 'script' || e.name === 'style')
    expect(shown.match(LINE_BREAK)?.[0] ?? null).toBeNull()
    expect(shown.match(DOUBLE_STOP)?.[0] ?? null).toBeNull()
  })
})

describe('the word-list check', () => {
  it('finds English and lets Danish through', () => {
    expect(englishSentences('The plan was adopted by a political majority in 2016.')).toHaveLength(1)
    expect(englishSentences('Planen blev vedtaget af et politisk flertal i 2016. VIA University College udbyder modulet.')).toEqual([])
  })
})
