/**
 * Print, as a reader's "Print → Save as PDF" in Chromium does it (A4), from a reader in the dark
 * theme, read back with pdftotext (Debian's poppler-utils): no interface on paper, every source
 * passage in full (also those in closed disclosures), every link's address, the charts' tables,
 * each chart kept on one page, and the light theme's colours.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseDocument } from 'htmlparser2'
import type { AnyNode, Element } from 'domhandler'
import { findAll, findOne, getAttributeValue, textContent } from 'domutils'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printPdf } from '../../scripts/browser/print.ts'
import { connectBrowser, DIST_DIR, newContext, urlOf, WIDTHS } from './session.ts'

let browser: Browser
let folder: string
beforeAll(async () => {
  browser = await connectBrowser()
  folder = mkdtempSync(join(tmpdir(), 'nsk-print-'))
})
afterAll(async () => {
  await browser?.close()
  rmSync(folder, { recursive: true, force: true })
})

/** The PDF's text, one string per printed page (pdftotext separates pages by form feeds). */
async function printedPages(route: string): Promise<string[]> {
  const pdf = join(folder, `${route.replace(/\W+/g, '_')}.pdf`)
  writeFileSync(pdf, await printPdf(browser, urlOf(route), 'dark'))
  return execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim())
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()
/** Without any white space: long addresses break across lines on paper. */
const solid = (s: string) => s.replace(/\s+/g, '')
/**
 * Without white space or hyphens: pdftotext joins a word broken after a hyphen at a line's end and
 * drops that hyphen ("Akut-sygdom" printed across two lines reads back as "Akutsygdom").
 */
const flat = (s: string) => s.replace(/[\s-]+/g, '')

/** Elements under `root` that pass `test`. */
const all = (root: AnyNode, test: (e: Element) => boolean): Element[] => findAll(test, [root])
const hasClass = (e: Element, c: string) => (e.attribs.class ?? '').split(/\s+/).includes(c)
const inside = (e: Element, c: string): boolean => Boolean(e.parent && e.parent.type === 'tag' && (hasClass(e.parent as Element, c) || inside(e.parent as Element, c)))

const built = (route: string) => parseDocument(readFileSync(join(DIST_DIR, route === '/' ? 'index.html' : `${route.replace(/^\//, '').replace(/\/$/, '/index')}.html`), 'utf8'))

describe.each(['/handlingsplan-2017-2020', '/kommuner/vejle'])('printed %s', (route) => {
  let pages: string[]
  let text: string
  const doc = built(route)
  const content = findOne((e) => hasClass(e, 'vp-doc'), doc.children)!
  beforeAll(async () => {
    pages = await printedPages(route)
    text = squash(pages.join(' '))
  })

  it('shows no interface: no search, theme switch, menu, contents list or instructions to tap', () => {
    expect(pages.length).toBeGreaterThan(0)
    // (Content says "Søg en arkiveret kopi nær …" beside each archive link: that is not the search.)
    const shown = text.replaceAll('Søg en arkiveret kopi', '')
    for (const chrome of ['Søg', 'Mørkt tema', 'Menu', 'På denne side', 'Gå til indholdet', 'Tryk på et citat', 'Vis tallene som tabel', 'Vis citaterne', 'Væk fra denne side', 'Shift']) {
      expect(shown, chrome).not.toContain(chrome)
    }
    expect(text).not.toMatch(/[▾▴▸►]/)
  })

  it('keeps every quotation in full, also those in closed disclosures', () => {
    const quotes = all(content, (e) => e.name === 'q' || (e.name === 'p' && inside(e, 'body') && e.parent?.type === 'tag' && (e.parent as Element).name === 'blockquote')).map((q) => squash(textContent(q)).replace(/^»|«$/g, '')).filter((q) => q.length > 0)
    expect(quotes.length).toBeGreaterThan(5)
    const missing = quotes.filter((q) => !solid(text).includes(solid(q)))
    expect(missing).toEqual([])
  })

  it("prints every link's address after its words", () => {
    // Not what paper leaves out by design: the interface for screens (print-hidden: the embed code; the quick exit), "Citér" and permalinks.
    const onPaper = (e: Element) => !hasClass(e, 'term') && !hasClass(e, 'permalink') && !inside(e, 'print-hidden') && !inside(e, 'NskCite') && !inside(e, 'NskQuickExit')
    const links = all(content, (e) => e.name === 'a' && 'href' in e.attribs && onPaper(e)).map((a) => getAttributeValue(a, 'href')!).filter((h) => /^(https:|mailto:|\/)/.test(h))
    expect(links.length).toBeGreaterThan(3)
    const missing = [...new Set(links)].filter((h) => !flat(text).includes(flat(h)))
    expect(missing).toEqual([])
  })

  it('says where the page is found; keeps each chart with its title and legend, and its table, on one page', () => {
    expect(text).toContain(`Siden findes på ${route}`)
    const pageOf = (s: string) => pages.findIndex((p) => solid(p).includes(solid(s)))
    for (const figure of all(content, (e) => e.name === 'figure' && hasClass(e, 'NskChart'))) {
      const title = squash(textContent(all(figure, (e) => hasClass(e, 'title'))[0]!))
      const legend = all(figure, (e) => e.name === 'li' && inside(e, 'legend')).map((li) => squash(textContent(li)))
      expect(pageOf(title), title).toBeGreaterThanOrEqual(0)
      for (const l of legend) expect(solid(pages[pageOf(title)]!), `${title}: legend on the chart's page`).toContain(solid(l))
      // The header's cells and the last row's cells on one page (cell by cell: pdftotext reads a
      // table's columns in its own order, so a row is not one string on paper).
      const rows = all(figure, (e) => e.name === 'tr').map((tr) => all(tr, (e) => e.name === 'th' || e.name === 'td').map((c) => flat(textContent(c))))
      const ends = [...rows[0]!, ...rows.at(-1)!]
      expect(ends.length, `${title}: table`).toBeGreaterThan(1)
      expect(pages.some((p) => ends.every((c) => flat(p).includes(c))), `${title}: its table on one page`).toBe(true)
    }
  })
})

describe('print colours', () => {
  it('are the light theme, dark text on white, whatever theme the reader uses on screen', async () => {
    for (const theme of ['dark', 'light'] as const) {
      const context = await newContext(browser, WIDTHS.desktop, theme)
      const page = await context.newPage()
      await page.goto(urlOf('/handlingsplan-2017-2020'))
      await page.emulateMedia({ media: 'print', colorScheme: theme })
      const colours = await page.evaluate(() => {
        const body = getComputedStyle(document.body)
        const quote = document.querySelector('.NskPageSources q')!
        return { text: body.color, background: body.backgroundColor, quote: getComputedStyle(quote).color }
      })
      expect(colours, theme).toEqual({ text: 'rgb(26, 26, 26)', background: 'rgb(255, 255, 255)', quote: 'rgb(26, 26, 26)' })
      await context.close()
    }
  })
})
