/**
 * The generated data of `npm run bench:scale` (scripts/bench/scale-data.ts) is data the build
 * accepts: every check passes on it, each copy has its own ids and the originals' sources, and
 * only the synthetic kommuner add pages. (The bench itself is not a test; this keeps it working.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterAll, expect, it } from 'vitest'
import { NOT_COPIED, writeScaledData } from '../../scripts/bench/scale-data.ts'
import { DATA_DIR, SOURCES_DIR } from '../../scripts/data/load-data.ts'

const work = mkdtempSync(join(tmpdir(), 'nsk-scale-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const csv = (dir: string, name: string) => Papa.parse<Record<string, string>>(readFileSync(join(dir, `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data

it('copies every copyable table with new ids and the same sources and quotes, adds kommuner to data and register, and passes the data check', () => {
  // writeScaledData runs the whole data check (sources required) on what it wrote and throws on any problem.
  const scaled = writeScaledData({ dataDir: DATA_DIR, sourcesDir: SOURCES_DIR }, join(work, 'x2'), { rows: 2, kommuner: 3 })
  const initiatives = csv(DATA_DIR, 'initiatives')
  const copied = csv(scaled.dataDir, 'initiatives')
  expect(copied.length).toBe(2 * initiatives.length)
  expect(scaled.rows.initiatives).toBe(2 * initiatives.length)
  const copy = copied.slice(initiatives.length)
  expect(copy.map((r) => r.initiative_id)).toEqual(initiatives.map((r) => `${r.initiative_id}-x1`))
  expect(copy.map((r) => r.plan_id)).toEqual(initiatives.map((r) => `${r.plan_id}-x1`))
  expect(copy.map((r) => [r.source_id, r.quote])).toEqual(initiatives.map((r) => [r.source_id, r.quote]))
  for (const name of Object.keys(NOT_COPIED).filter((n) => n !== 'kommuner')) expect(csv(scaled.dataDir, name).length, name).toBe(csv(DATA_DIR, name).length)
  const kommuner = csv(scaled.dataDir, 'kommuner')
  expect(kommuner.length).toBe(csv(DATA_DIR, 'kommuner').length + 3)
  expect(kommuner.at(-1)).toMatchObject({ kommunekode: '2002', kommune: 'Prøvekommune Ærø-Å 3' })
  expect(readFileSync(join(scaled.sourcesDir, 'kommuner.csv'), 'utf8')).toContain('\n2002,Prøvekommune Ærø-Å 3,')
})
