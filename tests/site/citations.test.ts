/**
 * Numbered citations, as the built HTML has them (no JavaScript): every mark leads to an entry in
 * "Kilder på denne side", every entry leads back to a mark and to its document on /kilder, and a
 * page shows one source control per statement, not a "Kilde" disclosure on every line.
 */
import { describe, expect, it } from 'vitest'
import { builtHtml, DANISH_PAGES } from './built-site.ts'
import { all, byId, docOf, hasClass, text } from './html.ts'

// The pages that cite by numbered marks, found in the build (every page with a mark), not listed here.
const CITED_PAGES = DANISH_PAGES.filter((p) => /class="NskMark/.test(builtHtml(p.file))).map((p) => [p.route, p.file] as const)

const kilder = docOf(builtHtml('kilder.html'))

describe.each(CITED_PAGES)('citations on %s', (_route, file) => {
  const doc = docOf(builtHtml(file))
  const marks = all(doc, (e) => hasClass(e, 'NskMark')).flatMap((s) => all(s, (a) => a.name === 'a'))
  const entries = all(doc, (e) => e.name === 'li' && /^kilde-\d+$/.test(e.attribs.id ?? ''))

  it('has marks, and a source list headed "Kilder på denne side"', () => {
    expect(marks.length).toBeGreaterThan(0)
    expect(text(byId(doc, 'kilder-paa-denne-side')!)).toMatch(/^Kilder på denne side/)
  })

  it('shows each number once in a mark ("3", never "3,3,3")', () => {
    for (const s of all(doc, (e) => hasClass(e, 'NskMark'))) {
      const ns = all(s, (a) => a.name === 'a').map((a) => text(a))
      expect(ns, text(s)).toEqual([...new Set(ns)])
    }
  })

  it('numbers the entries 1, 2, 3 … in the order they stand', () => {
    expect(entries.map((e) => Number(e.attribs.value))).toEqual(entries.map((_, k) => k + 1))
    expect(entries.map((e) => e.attribs.id)).toEqual(entries.map((_, k) => `kilde-${k + 1}`))
  })

  it('sends every mark to an entry, and every entry back to one mark with its id', () => {
    const ids = new Set(entries.map((e) => e.attribs.id))
    for (const m of marks) expect(ids.has(m.attribs.href!.slice(1)), m.attribs.href).toBe(true)
    for (const e of entries) {
      const n = e.attribs.id!.slice('kilde-'.length)
      const back = all(e, (x) => x.name === 'a' && hasClass(x, 'back'))
      expect(back.map((b) => b.attribs.href), e.attribs.id).toEqual([`#henvisning-${n}`])
      const target = all(doc, (x) => x.attribs.id === `henvisning-${n}`)
      expect(target.length, `one mark with id henvisning-${n}`).toBe(1)
      expect(target[0]!.attribs.href).toBe(`#kilde-${n}`)
    }
  })

  it('gives each entry its document (linked to /kilder), its place in it and the passage itself', () => {
    for (const e of entries) {
      const group = e.parent!.parent as never
      const docLink = all(group, (x) => x.name === 'a' && (x.attribs.href ?? '').startsWith('/kilder#kilde-'))[0]
      expect(docLink, e.attribs.id).toBeDefined()
      expect(byId(kilder, docLink!.attribs.href!.slice('/kilder#'.length)), docLink!.attribs.href).not.toBeNull()
      expect(text(docLink!)).toMatch(/, (\d{1,2}\. )?[a-zæøå]* ?\d{4}$|udateret$|L \d+$/)
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
