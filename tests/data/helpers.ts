import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DATA_DIR, PROJECT_ROOT } from '../../scripts/data/load-data.ts'

export const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures')
export const FIXTURE_SOURCES = join(FIXTURES, 'sources')

/**
 * A scratch copy of the minimal valid data package (with the real datapackage.json, so schema
 * changes reach the tests), with a bad case's files laid over it. Returns the folder.
 */
export function dataWithCase(caseDir?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nsk-data-'))
  cpSync(join(FIXTURES, 'minimal'), dir, { recursive: true })
  cpSync(join(DATA_DIR, 'datapackage.json'), join(dir, 'datapackage.json'))
  if (caseDir) {
    for (const f of readdirSync(caseDir)) {
      if (f === 'DELETE') for (const x of readFileSync(join(caseDir, f), 'utf8').trim().split('\n')) rmSync(join(dir, x))
      else if (f.endsWith('.csv')) cpSync(join(caseDir, f), join(dir, f))
    }
  }
  return dir
}
