import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_DIR } from '../../scripts/data/load-data.ts'
import { formatProblem } from '../../scripts/data/problems.ts'
import type { Tables } from '../../scripts/data/types.ts'
import { checkDataOnly } from './data-only.ts'

// Every sentence of the codebook that counts rows ("Denmark's 98 kommuner", "five examples") is
// tied to the rows it counts, so the prose cannot drift from the data again (it once described
// status rows that had been removed). Figures the sources state (22 initiatives launched) are
// tied to the indicator that holds them.
// The pitfalls section is generated from the data (codebook.test.ts checks it), so it is left out here.
const readme = readFileSync(join(DATA_DIR, 'README.md'), 'utf8')
  .replace(/<!-- pitfalls:[^]*?<!-- \/pitfalls -->/, '')
  .replace(/\s+/g, ' ')
const { tables, problems } = checkDataOnly()

const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14 }
const numberOf = (w: string) => WORDS[w.toLowerCase()] ?? Number(w)

type Claim = { phrase: string; n: number; count: (t: Tables) => number }
const latest = (t: Tables, plan: string, status: string) => t.initiatives.filter((i) => i.plan_id === plan && i.latest_status === status).length
const hp2016 = (t: Tables) => t.initiatives.filter((i) => i.plan_id === 'hp2016').length
const kkRecs = (t: Tables) => t.recommendations.filter((r) => r.plan_id === 'kk2017').length
const areasOf = (plan: string) => (t: Tables) => t.areas.filter((a) => a.plan_id === plan).length

/** Row counts the prose states: the phrase as written (every occurrence), its number, and the rows it counts. */
const ROW_COUNTS: Claim[] = [
  { phrase: '98 kommuner', n: 98, count: (t) => t.kommuner.length },
  { phrase: 'five public Danish documents', n: 5, count: (t) => new Set(t.sources.filter((s) => /^00[0-9]_/.test(s.text_file)).map((s) => s.text_file)).size },
  { phrase: 'five plans and agreements', n: 5, count: (t) => t.plans.length },
  { phrase: '14 initiatives in four areas', n: 14, count: hp2016 },
  { phrase: 'in four areas |', n: 4, count: areasOf('hp2016') },
  { phrase: 'with its 14 initiatives', n: 14, count: hp2016 },
  { phrase: 'lists **14 initiatives**', n: 14, count: hp2016 },
  { phrase: 'The 14 are the plan', n: 14, count: hp2016 },
  { phrase: 'in four areas, and its status', n: 4, count: areasOf('fl21') },
  { phrase: 'four areas, nine initiatives', n: 4, count: areasOf('fl21') },
  { phrase: 'nine initiatives, three', n: 9, count: (t) => t.initiatives.filter((i) => i.plan_id === 'fl21').length },
  { phrase: 'three of them delayed', n: 3, count: (t) => t.status_updates.filter((u) => u.date === '2021-08-30' && u.status === 'delayed').length },
  { phrase: 'six recommendations', n: 6, count: kkRecs },
  { phrase: 'eight links', n: 8, count: (t) => t.links.length },
  { phrase: 'The press release names five examples', n: 5, count: (t) => t.initiatives.filter((i) => i.naming === 'example').length },
  { phrase: 'three more examples', n: 3, count: (t) => t.initiatives.filter((i) => i.naming === 'example' && i.latest_status === 'not_reported').length },
  { phrase: 'the two that failed', n: 2, count: (t) => latest(t, 'hp2017', 'given_up') + latest(t, 'hp2017', 'cancelled') },
  { phrase: 'the two it says were established', n: 2, count: (t) => latest(t, 'hp2017', 'established') },
  { phrase: 'plans have the same four areas', n: 4, count: areasOf('hp2017') },
]

/** Figures of the sources, not row counts: each is the value of the indicator named. */
const SOURCE_FIGURES: { phrase: string; indicator: string }[] = [
  { phrase: '22 initiatives launched', indicator: 'hp2017-initiatives-launched' },
  { phrase: 'Most of the 22 initiatives', indicator: 'hp2017-initiatives-launched' },
  { phrase: 'the 22 initiatives of the 2017–2020 plan', indicator: 'hp2017-initiatives-launched' },
]

/** Counts in prose that are neither (and why). */
const NOT_ROW_COUNTS = [
  'the ten conclusions', // supplementary.md's summary of the press release; the findings table holds those it could read
  'two sources', // "where sources disagree, both figures are rows" – a kind of case, not a count of rows
  'two rows', // same
]

describe('the codebook counts rows as the data has them', () => {
  it('reads the real data', () => expect(problems.map(formatProblem)).toEqual([]))

  for (const c of ROW_COUNTS) {
    it(`"${c.phrase}"`, () => {
      expect(readme, 'the phrase is no longer in data/README.md: update the claim').toContain(c.phrase)
      const words = c.phrase.match(/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)\b/gi)!.map(numberOf)
      expect(words, 'the claim names a number of its phrase').toContain(c.n)
      expect(c.count(tables)).toBe(c.n)
    })
  }

  for (const f of SOURCE_FIGURES) {
    it(`"${f.phrase}" is the source's figure`, () => {
      expect(readme).toContain(f.phrase)
      const n = Number(f.phrase.match(/\d+/)![0])
      expect(tables.indicators.find((i) => i.indicator_id === f.indicator)?.value).toBe(n)
    })
  }

  it('has no other count of rows in its prose', () => {
    const nouns = 'kommuner|initiatives?|recommendations?|links?|offers?|plans?|sources?|areas?|events?|terms?|tables?|organisations?|findings?|documents?|conclusions|rows?|examples|indicators|amounts'
    const phrase = new RegExp(`\\b(?:[2-9]|[1-9][0-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen)(?: [\\p{L}'’–-]+){0,2} (?:${nouns})\\b`, 'giu')
    const known = [...ROW_COUNTS, ...SOURCE_FIGURES].map((c) => c.phrase).concat(NOT_ROW_COUNTS)
    const unexplained = [...readme.matchAll(phrase)]
      .filter((m) => !/^(19|20)\d\d\b/.test(m[0])) // years: "2016 plan"
      .filter((m) => !known.some((k) => covers(readme, m.index!, m[0], k)))
      .map((m) => m[0])
    expect(unexplained, 'a count in data/README.md that no claim ties to the data').toEqual([])
  })
})

/** True if the match at `at` overlaps an occurrence of `phrase`. */
function covers(text: string, at: number, match: string, phrase: string): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (i < at + match.length && at < i + phrase.length) return true
  }
  return false
}
