/**
 * No garble in view (issue 18 §2): every word the site writes in Danish on every built page, and
 * every corrected OCR reading, passes Debian's hunspell with the Danish dictionary (hunspell-da,
 * which knows Danish compounds) and the committed word list of names and terms
 * (tests/spell/ord.txt). Verbatim quotations (q, blockquote), code and text marked
 * data-spell-exempt (raw OCR text) are not checked; a source's own spelling stays as it wrote it.
 * Codes of the data (table, column and enum names of datapackage.json) are not Danish words and
 * are read from the package here.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import { ownText, unknown, WORDS, wordsOf } from '../spell/spell.ts'
import { DIST } from './built-site.ts'

const pages: string[] = []
const walkDir = (dir: string) => {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) {
      if (!['assets', 'pagefind'].includes(f) && !/^v\d/.test(f)) walkDir(p)
    } else if (f.endsWith('.html')) pages.push(p.slice(DIST.length + 1))
  }
}
walkDir(DIST)

describe('spelling', () => {
  it('checks every page', () => expect(pages.length).toBeGreaterThan(100))
  it('knows the words of the word list, and the word list has no word hunspell knows anyway', () => {
    const list = readFileSync(WORDS, 'utf8').split('\n').filter(Boolean)
    const plain = execFileSync('hunspell', ['-d', 'da_DK', '-l'], { input: list.join('\n'), encoding: 'utf8' }).split('\n').filter(Boolean)
    expect(list.filter((w) => !plain.includes(w)), 'entries Danish already knows').toEqual([])
  })
  it('finds an unknown word (the check can fail)', () => {
    expect(unknown(wordsOf('Handlingsplanen blev gennemførrt i kommunerne'))).toEqual(['gennemførrt'])
  })
  it('the corrected OCR readings have no unknown word', () => {
    const bad = loadData().ocr_readings.flatMap((r) => unknown(wordsOf(r.reading)).map((w) => `data/ocr_readings.csv:${r._line}: ${w}`))
    expect(bad).toEqual([])
  })
  it.each(pages)('%s has no unknown word in its own text', (file) => {
    expect(unknown(wordsOf(ownText(readFileSync(join(DIST, file), 'utf8'))))).toEqual([])
  })
})
