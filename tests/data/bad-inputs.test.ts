import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkData } from '../../scripts/data/load-data.ts'
import { formatProblem } from '../../scripts/data/problems.ts'
import { dataWithCase, FIXTURES, FIXTURE_SOURCES } from './helpers.ts'

// Golden cases: each folder under fixtures/bad/ lays one broken file over the minimal valid
// package; expected.txt holds every problem the check must report, exactly.
const BAD = join(FIXTURES, 'bad')
const cases = readdirSync(BAD).sort()
const scratch: string[] = []
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })))

function problemsOf(caseDir?: string): string[] {
  const dir = dataWithCase(caseDir)
  scratch.push(dir)
  const { problems } = checkData({ dataDir: dir, sourcesDir: FIXTURE_SOURCES, label: 'data', requireSources: true })
  return problems.map(formatProblem)
}

describe('the minimal valid package', () => {
  it('passes every check', () => {
    expect(problemsOf()).toEqual([])
  })
})

describe('bad inputs are rejected with file, row, column and reason', () => {
  it('has at least 25 distinct cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
  })
  for (const name of cases) {
    it(name, () => {
      const expected = readFileSync(join(BAD, name, 'expected.txt'), 'utf8').trim().split('\n')
      expect(expected.length).toBeGreaterThan(0)
      expect(problemsOf(join(BAD, name))).toEqual(expected)
    })
  }
})
