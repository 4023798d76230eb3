/**
 * A quotation mark means a verbatim passage of the named source, nothing else: every quotation on
 * every built page (<q>, <blockquote>, and text in »…«) is found in its source text, folded the
 * way the data check folds it; a corrected OCR reading counts when data/ocr_readings.csv gives it
 * for a passage of that source. Notes and paraphrases are never dressed as quotes.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadData, SOURCES_DIR } from '../../scripts/data/load-data.ts'
import { foldSpace, SourceTexts } from '../../scripts/data/source-texts.ts'
import { joinLineBreaks } from '../../scripts/site/cite.ts'
import { sitePages } from '../../scripts/browser/site-pages.ts'
import { builtHtml, DIST } from './built-site.ts'
import { all, docOf, isTag, text } from './html.ts'

const t = loadData()
const texts = new SourceTexts(SOURCES_DIR)
/** Folded like a passage on the page: whitespace, the PDF's line-break hyphens, Markdown escapes. */
const fold = (s: string) => joinLineBreaks(foldSpace(s).replace(/\\+_/g, '_')).replace(/\*\*/g, '')
const sourceText = new Map(t.sources.map((s) => [s.source_id, fold(texts.text(s.text_file) ?? '')]))
const everySource = [...new Set(t.sources.map((s) => s.text_file))].map((f) => fold(texts.text(f) ?? ''))
const readings = new Map(t.ocr_readings.map((r) => [`${r.source_id}\u0000${fold(r.reading)}`, r.ocr_text]))

/** Where a quotation was not found, or null. */
function missing(quote: string, sourceId: string | undefined, ocrReading: boolean): string | null {
  const q = fold(quote)
  if (!q) return null
  if (ocrReading) {
    const ocr = sourceId ? readings.get(`${sourceId}\u0000${q}`) : undefined
    return ocr && sourceText.get(sourceId!)!.includes(fold(ocr)) ? null : `»${q}« is no reading of a passage of ${sourceId}`
  }
  const hay = sourceId ? [sourceText.get(sourceId) ?? ''] : everySource
  return hay.some((h) => h.includes(q)) ? null : `»${q}« is not in ${sourceId ?? 'any source'}`
}

const pages = sitePages(DIST)

describe.skipIf(!texts.available && process.env.CI !== 'true')('every quotation on the site', () => {
  it.each(pages.map((p) => [p.route, p.file]))('on %s is found in its source', (_route, file) => {
    const doc = docOf(builtHtml(file))
    const problems: string[] = []
    // <q> and <blockquote>, with the source they name.
    for (const el of all(doc, (e) => e.name === 'q' || e.name === 'blockquote')) {
      const inner = text(el).replace(/^»|«$/g, '')
      // A blockquote may hold several »…« passages.
      const parts = el.name === 'blockquote' && /»/.test(inner) ? [...text(el).matchAll(/»([^«]*)«/g)].map((m) => m[1]!) : [inner]
      for (const part of parts) {
        const p = missing(part, el.attribs['data-source'], 'data-ocr-reading' in el.attribs)
        if (p) problems.push(p)
      }
    }
    // »…« in running text (outside <q>/<blockquote>, outside SVG).
    const skip = (e: { name: string }) => e.name === 'q' || e.name === 'blockquote' || e.name === 'svg' || e.name === 'script' || e.name === 'style'
    const runs: string[] = []
    const walk = (n: unknown) => {
      if (isTag(n as never)) {
        const el = n as { name: string; children: unknown[] }
        if (skip(el)) return
        el.children.forEach(walk)
      } else if ((n as { type: string }).type === 'text') runs.push((n as { data: string }).data)
    }
    walk(doc)
    for (const m of runs.join('').matchAll(/»([^«]*)«/g)) {
      const p = missing(m[1]!, undefined, false)
      if (p) problems.push(p)
    }
    expect(problems).toEqual([])
  })
})

describe('the quote check', () => {
  it('fails on a note dressed as a quote, and on an OCR reading that is not in the data', () => {
    expect(missing('the plan was adopted by a political majority in 2016 and everyone agreed', undefined, false)).not.toBeNull()
    expect(missing('Samlet mål forventes opfyldt', 'kk-2018-bilag1', false)).not.toBeNull()
    expect(missing('Samlet mal forventes opfyldt', 'kk-2018-bilag1', false)).toBeNull()
    expect(missing('Der afsættes 2,8 mio. kr. årligt', 'min-l126-spm8', true)).not.toBeNull()
  })
})
