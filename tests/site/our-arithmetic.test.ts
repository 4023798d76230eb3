/**
 * The site's own arithmetic is marked (issue 18 §2): an amount of money on a page is one a source
 * states (a funding row's amount or gap, or an amount written in a quote), or it is marked as ours
 * in words a reader sees, with its parts: "2,0 mio. kr. om året (lagt sammen af os: 0,5 + 0,2 + …)",
 * and the parts add up to it. Amounts a source states are read from the CSVs here, not from the code.
 */
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import { builtHtml, contentText, PAGES } from './built-site.ts'

const t = loadData()
const danish = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'))
const AMOUNT = /(?<![\d,.])(\d{1,3}(?:\.\d{3})*(?:,\d+)?) (?:mio\. kr\.|millioner)/g
/**
 * Every amount a source states: funding amounts, and "N mio. kr." / "N millioner" in any quote or note.
 * A frame's unexplained gap is not one: no source states it, it is the frame less its parts, so a page
 * shows it marked "regnet af os" with what it is the difference of.
 */
const stated = new Set<number>([
  ...t.funding.map((f) => f.amount_mio_dkk).filter((n): n is number => n !== null),
  ...t.funding.filter((f) => f.basis === 'per_year' && f.amount_mio_dkk !== null).map((f) => f.amount_mio_dkk!),
  ...Object.values(t).flatMap((rows) => (rows as Record<string, unknown>[]).flatMap((r) => [r.quote, r.target_quote].filter((q): q is string => typeof q === 'string'))).flatMap((q) => [...q.matchAll(AMOUNT)].map((m) => danish(m[1]!))),
])
// "4 × 10 mio. kr." is the source's own way of writing the frame: the 10 is stated.
const MARKED = /(\d{1,3}(?:\.\d{3})*(?:,\d+)?) mio\. kr\.(?: om året)? \(lagt sammen af os: ([\d,]+(?: \+ [\d,]+)+)\)/g
/** A difference of ours: "0,4 mio. kr. (regnet af os: 4 × 10 − 39,6)". */
const MARKED_DIFF = /(\d{1,3}(?:\.\d{3})*(?:,\d+)?) mio\. kr\. \(regnet af os: (\d+) × ([\d,]+) − ([\d,]+)\)/g

describe('amounts of money on the pages', () => {
  for (const { route, file } of PAGES) {
    it(`${route}: every amount is stated by a source, or marked as added up by us with parts that add up`, () => {
      const text = contentText(builtHtml(file))
      const ours = [...text.matchAll(MARKED)]
      for (const m of ours) {
        const parts = m[2]!.split(' + ').map(danish)
        expect(Math.round(parts.reduce((s, p) => s + p, 0) * 1000) / 1000, m[0]).toBe(danish(m[1]!))
      }
      const diffs = [...text.matchAll(MARKED_DIFF)]
      for (const m of diffs) {
        const [n, a, b, c] = [m[1], m[2], m[3], m[4]].map((x) => danish(x!))
        expect(Math.round((a! * b! - c!) * 1000) / 1000, m[0]).toBe(n)
      }
      const oursAt = new Set([...ours, ...diffs].map((m) => m.index))
      const unmarked = [...text.matchAll(AMOUNT)].filter((m) => !oursAt.has(m.index) && !stated.has(danish(m[1]!))).map((m) => text.slice(Math.max(0, m.index - 60), m.index + m[0].length))
      expect(unmarked, 'amounts no source states, not marked "lagt sammen af os" or "regnet af os"').toEqual([])
    })
  }

  it('marks Copenhagen’s yearly total and the agreement’s parts as ours', () => {
    expect(contentText(builtHtml('koebenhavn-2017-18.html'))).toMatch(/2 mio\. kr\. om året \(lagt sammen af os: 0,5 \+ 0,2 \+ 0,5 \+ 0,6 \+ 0,2\)/)
    expect(contentText(builtHtml('aftale-2021-2024.html'))).toMatch(/39,6 mio\. kr\. \(lagt sammen af os: 13 \+ [\d,+ ]+\)/)
    expect(contentText(builtHtml('aftale-2021-2024.html'))).toMatch(/0,4 mio\. kr\. \(regnet af os: 4 × 10 − 39,6\)/)
  })
})
