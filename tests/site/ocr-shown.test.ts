/**
 * Garbled OCR text is never shown alone: wherever a page quotes a machine-read passage that
 * data/ocr_readings.csv corrects, the corrected reading is on the page too (the raw text stays, labelled,
 * as the source has it). Readings are read from the CSV here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/data/load-data.ts'
import { htmlFiles } from '../../scripts/browser/site-pages.ts'
import { builtHtml, DIST } from './built-site.ts'
import { all, docOf, text } from './html.ts'

const readings = Papa.parse<{ source_id: string; ocr_text: string; reading: string }>(readFileSync(join(PROJECT_ROOT, 'data', 'ocr_readings.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

describe('an OCR passage is shown with its corrected reading', () => {
  it('has readings to check', () => expect(readings.length).toBeGreaterThan(10))
  it.each(htmlFiles(DIST))('%s', (file) => {
    const doc = docOf(builtHtml(file))
    const quoted = all(doc, (e) => e.name === 'q' || e.name === 'blockquote').map((e) => squash(text(e)))
    const page = squash(text(doc))
    const bare = readings.filter((r) => quoted.some((q) => q.includes(squash(r.ocr_text))) && !page.includes(squash(r.reading)))
    expect(bare.map((r) => `${r.source_id}: »${r.ocr_text.slice(0, 60)}«`)).toEqual([])
  })
})
