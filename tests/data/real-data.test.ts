import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkData, SOURCES_DIR } from '../../scripts/data/load-data.ts'
import { formatProblem } from '../../scripts/data/problems.ts'

// The real package, checked against the real source texts in ../shared/sources.
const result = checkData()
// On a user's machine without ../shared the quote check cannot run; on CI it must.
const canCheckQuotes = existsSync(SOURCES_DIR) || process.env.CI === 'true'
if (!canCheckQuotes) console.warn(`${SOURCES_DIR} is absent: the quote check is skipped (it never is on CI)`)

describe('the real data in data/', () => {
  it('has every table datapackage.json lists, and no problem', () => {
    expect(result.problems.map(formatProblem)).toEqual([])
    expect(Object.keys(result.tables).sort()).toEqual(result.pkg.resources.map((r) => r.name).sort())
  })

  it.skipIf(!canCheckQuotes)('has every quote, figure and URL checked against the source texts', () => {
    expect(result.provenance).toBe('checked')
  })

  it('holds the 98 kommuner', () => {
    expect(result.tables.kommuner).toHaveLength(98)
    expect(new Set(result.tables.kommuner.map((k) => k.kommunekode)).size).toBe(98)
  })
})
