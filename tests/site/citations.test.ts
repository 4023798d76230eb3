/**
 * Numbered citations, as the built HTML has them (no JavaScript): every mark leads to an entry in
 * "Kilder på denne side" ("Sources on this page"), every entry leads back to a mark and to its
 * document on /kilder (/en/sources), and a page shows one source control per statement, not a
 * "Kilde" disclosure on every line. Danish and English pages alike, each edition's ids and words
 * written by hand below.
 */
import { describe, expect, it } from 'vitest'
import { builtHtml, DANISH_PAGES, ENGLISH_PAGES } from './built-site.ts'
import { all, byId, docOf, hasClass, text } from './html.ts'

const EDITION = {
  da: {
    pages: DANISH_PAGES, entry: 'kilde', mark: 'henvisning', headingId: 'kilder-paa-denne-side', heading: /^Kilder på denne side/,
    sourcesFile: 'kilder.html', sourcesPath: '/kilder#', sourceEntry: 'kilde-',
    // "…, 4. november 2020", "…, udateret", "… til L 126"
    documentEnd: /, (\d{1,2}\. )?[a-zæøå]* ?\d{4}$|udateret$|L \d+$/,
  },
  en: {
    pages: ENGLISH_PAGES, entry: 'source', mark: 'ref', headingId: 'sources-on-this-page', heading: /^Sources on this page/,
    sourcesFile: 'en/sources.html', sourcesPath: '/en/sources#', sourceEntry: 'source-',
    // "…, 4 November 2020", "…, October 2019", "…, 2018"; undated, by its title: "…: The security consultants", "… (Answer to question no. 8 on bill L 126)"
    documentEnd: /, (\d{1,2} )?((January|February|March|April|May|June|July|August|September|October|November|December) )?\d{4}$|: [^:]+$|\([^()]+\)$/,
  },
} as const

// The pages that cite by numbered marks, found in the build (every page with a mark), not listed here.
const CITED_PAGES = (['da', 'en'] as const).flatMap((lang) => EDITION[lang].pages.filter((p) => /class="NskMark/.test(builtHtml(p.file))).map((p) => [lang, p.route, p.file] as const))

const sourcesPage = { da: docOf(builtHtml(EDITION.da.sourcesFile)), en: docOf(builtHtml(EDITION.en.sourcesFile)) }

it('finds cited pages in both languages', () => {
  expect(CITED_PAGES.filter(([lang]) => lang === 'da').length).toBeGreaterThan(4)
  expect(CITED_PAGES.filter(([lang]) => lang === 'en').length).toBeGreaterThan(4)
})

describe.each(CITED_PAGES)('citations on %s %s', (lang, _route, file) => {
  const ed = EDITION[lang]
  const doc = docOf(builtHtml(file))
  const marks = all(doc, (e) => hasClass(e, 'NskMark')).flatMap((s) => all(s, (a) => a.name === 'a'))
  const entries = all(doc, (e) => e.name === 'li' && new RegExp(`^${ed.entry}-\\d+$`).test(e.attribs.id ?? ''))

  it('has marks, and a source list headed "Kilder på denne side" ("Sources on this page")', () => {
    expect(marks.length).toBeGreaterThan(0)
    expect(text(byId(doc, ed.headingId)!)).toMatch(ed.heading)
  })

  it('shows each number once in a mark ("3", never "3,3,3")', () => {
    for (const s of all(doc, (e) => hasClass(e, 'NskMark'))) {
      const ns = all(s, (a) => a.name === 'a').map((a) => text(a))
      expect(ns, text(s)).toEqual([...new Set(ns)])
    }
  })

  it('numbers the entries 1, 2, 3 … in the order they stand', () => {
    expect(entries.map((e) => Number(e.attribs.value))).toEqual(entries.map((_, k) => k + 1))
    expect(entries.map((e) => e.attribs.id)).toEqual(entries.map((_, k) => `${ed.entry}-${k + 1}`))
  })

  it('sends every mark to an entry, and every entry back to one mark with its id', () => {
    const ids = new Set(entries.map((e) => e.attribs.id))
    for (const m of marks) expect(ids.has(m.attribs.href!.slice(1)), m.attribs.href).toBe(true)
    for (const e of entries) {
      const n = e.attribs.id!.slice(`${ed.entry}-`.length)
      const back = all(e, (x) => x.name === 'a' && hasClass(x, 'back'))
      expect(back.map((b) => b.attribs.href), e.attribs.id).toEqual([`#${ed.mark}-${n}`])
      const target = all(doc, (x) => x.attribs.id === `${ed.mark}-${n}`)
      expect(target.length, `one mark with id ${ed.mark}-${n}`).toBe(1)
      expect(target[0]!.attribs.href).toBe(`#${ed.entry}-${n}`)
    }
  })

  it('gives each entry its document (linked to /kilder), its place in it and the passage itself', () => {
    for (const e of entries) {
      const group = e.parent!.parent as never
      const docLink = all(group, (x) => x.name === 'a' && (x.attribs.href ?? '').startsWith(`${ed.sourcesPath}${ed.sourceEntry}`))[0]
      expect(docLink, e.attribs.id).toBeDefined()
      expect(byId(sourcesPage[lang], docLink!.attribs.href!.slice(ed.sourcesPath.length)), docLink!.attribs.href).not.toBeNull()
      expect(text(docLink!)).toMatch(ed.documentEnd)
      expect(text(all(e, (x) => hasClass(x, 'where'))[0]!).length, e.attribs.id).toBeGreaterThan(2)
      const quotes = all(e, (x) => x.name === 'q' && 'data-source' in x.attribs)
      expect(quotes.length, e.attribs.id).toBeGreaterThan(0)
      for (const q of quotes) expect(text(q).length).toBeGreaterThan(3)
    }
  })

  it('has no per-line "Kilde" disclosure left', () => {
    expect(all(doc, (e) => hasClass(e, 'NskCitation')).length).toBe(0)
  })
})
