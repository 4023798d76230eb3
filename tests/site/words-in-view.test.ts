/**
 * Exact words in view (issue 18 §2), over the built pages:
 * - no internal names: no id of a data row (`finanslov2021-frame`, `fl21-security-consultants`)
 *   in the text a reader sees;
 * - an archive link says what it is: a search for a copy near a date (a date-pattern Wayback
 *   address leads to the nearest capture), never "a copy of" that date;
 * - a conclusion of ours is marked as ours, with its basis: every row of conclusions.csv a page
 *   shows stands after "Vores slutning:" and carries source marks.
 * The ids and conclusions are read from the CSVs here.
 */
import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import { builtHtml, contentText, DIST, PAGES } from './built-site.ts'
import { all, docOf, text } from './html.ts'

const t = loadData()
// Every key of every table that reads as a code (it has a hyphen and is not a Danish word form).
const ids = new Set(
  Object.values(t)
    .flatMap((rows) => (rows as Record<string, unknown>[]).map((r) => Object.entries(r).find(([k]) => k !== '_line')?.[1]))
    .filter((v): v is string => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)+$/.test(v)),
)
const kommunePages = readdirSync(`${DIST}/kommuner`).filter((f) => f.endsWith('.html')).map((f) => `kommuner/${f}`)
// The site's own pages (not one per kommune or region), and the first five kommune pages.
const ownPages = PAGES.filter((p) => !/^(kommuner|regioner)\/./.test(p.file)).map((p) => p.file)
const files = [...new Set([...ownPages, ...kommunePages.slice(0, 5)])]

describe('no internal names in view', () => {
  it('has ids to look for', () => expect(ids.size).toBeGreaterThan(100))
  it.each(files)('%s shows no data id', (file) => {
    // Web addresses shown as text (red-center.dk) are not ids.
    const words = new Set(contentText(builtHtml(file)).replace(/(https?:\/\/)?[\w.-]+\.(dk|com|org|net|eu)\b\S*/g, ' ').split(/[\s(),.;:»«"'!?]+/))
    expect([...ids].filter((id) => words.has(id))).toEqual([])
  })
})

describe('archive links', () => {
  it.each(files)('%s: each says it searches for a copy near a date', (file) => {
    const links = all(docOf(builtHtml(file)), (e) => e.name === 'a' && (e.attribs.href ?? '').startsWith('https://web.archive.org/'))
    for (const a of links) expect(text(a)).toMatch(file.startsWith('en/') ? /^[Ll]ook for an archived copy near \d{1,2} \p{L}+ \d{4}/u : /^[Ss]øg en arkiveret kopi nær \d{1,2}\. \p{L}+ \d{4}/u)
  })
})

describe('conclusions of ours', () => {
  it('every conclusion a page shows is marked as ours and has its basis as source marks', () => {
    let shown = 0
    for (const file of ownPages) {
      const html = builtHtml(file)
      for (const c of t.conclusions) {
        const lower = `${c.text.charAt(0).toLowerCase()}${c.text.slice(1)}`
        const at = html.indexOf(lower)
        if (at < 0) {
          expect(html.includes(c.text), `${file}: "${c.text}" unmarked`).toBe(false)
          continue
        }
        shown++
        expect(html.slice(Math.max(0, at - 40), at), `${file}: ${c.conclusion_id}`).toContain('Vores slutning:')
        expect(html.slice(at + lower.length, at + lower.length + 200), `${file}: ${c.conclusion_id} has source marks`).toMatch(/^<sup class="NskMark/)
      }
    }
    expect(shown).toBeGreaterThanOrEqual(t.conclusions.length)
  })
})
