/**
 * »Udmøntning« has two senses, and the English says which: money that is udmøntet is distributed
 * (a pool to applicants: the glossary's "Distribution (udmøntning)"); a plan or an agreement that is
 * udmøntet is carried out ("Implementation (udmøntning)"). Every English column whose Danish twin
 * (or, for a quote's rendering, whose quote) uses the word is read here, and the sense is told by
 * what the Danish says is udmøntet: a plan or an agreement named within a few words after it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

const rows = (file: string) => Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: true }).data

/** "udmøntning af den nationale handlingsplan", "udmøntningen af aftalen", "udmønte den nationale handlingsplan". */
const OF_A_PLAN = /udmønt\p{L}*\s+(?:\p{L}+\s+){0,3}(?:handlingsplan|aftale|plan)/iu

/** Every English text whose Danish uses the word, with the sense the Danish gives it. */
const uses = readdirSync('data')
  .filter((f) => f.endsWith('.csv'))
  .flatMap((file) =>
    rows(file).flatMap((row, k) =>
      Object.keys(row)
        .filter((c) => c.endsWith('_en') && row[c])
        .map((c) => ({ at: `${file}:${k + 2}:${c}`, da: (c === 'quote_en' ? row.quote : row[c.slice(0, -3)]) ?? '', en: row[c]! }))
        .filter((u) => /udmønt/i.test(u.da))
        .map((u) => ({ ...u, plan: OF_A_PLAN.test(u.da) })),
    ),
  )

describe('udmøntning in English', () => {
  it('is used of plans and of money in the data (the check has both to read)', () => {
    expect(uses.filter((u) => u.plan).length).toBeGreaterThan(5)
    expect(uses.filter((u) => !u.plan).length).toBeGreaterThan(3)
  })

  it.each(uses.filter((u) => u.plan).map((u) => [u.at, u] as const))('%s: a plan or agreement is implemented, not distributed', (_at, u) => {
    expect(u.en).toMatch(/implement/i)
    expect(u.en).not.toMatch(/distribut/i)
  })

  it.each(uses.filter((u) => !u.plan).map((u) => [u.at, u] as const))('%s: money is distributed, not implemented', (_at, u) => {
    expect(u.en).not.toMatch(/implement/i)
  })

  it('the glossary explains both senses', () => {
    const terms = rows('terms.csv').filter((t) => /^Udmøntning/.test(t.term!))
    expect(terms.map((t) => [t.term, t.term_en])).toEqual([
      ['Udmøntning', 'Distribution (udmøntning)'],
      ['Udmøntning af en plan eller aftale', 'Implementation of a plan or agreement (udmøntning)'],
    ])
  })
})
