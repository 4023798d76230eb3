import { describe, expect, it } from 'vitest'
import { checkData } from '../../scripts/data/load-data.ts'
import { formatProblem } from '../../scripts/data/problems.ts'

// The real package, checked against the real source texts in ../shared/sources.
const result = checkData()

describe('the real data in data/', () => {
  it('has every table datapackage.json lists, and no problem', () => {
    expect(result.problems.map(formatProblem)).toEqual([])
    expect(Object.keys(result.tables).sort()).toEqual(result.pkg.resources.map((r) => r.name).sort())
  })

  it('checks quotes against the sources, or says why not (never skipped on CI)', () => {
    if (process.env.CI === 'true') expect(result.provenance).toBe('checked')
    if (result.provenance === 'skipped') console.warn('../shared/sources is absent: quotes were not checked')
  })

  it('holds the 98 kommuner', () => {
    expect(result.tables.kommuner).toHaveLength(98)
    expect(new Set(result.tables.kommuner.map((k) => k.kommunekode)).size).toBe(98)
  })
})
