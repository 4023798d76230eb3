import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkData, type LoadResult } from '../../scripts/data/load-data.ts'

/**
 * The real package in data/, checked and typed without the source texts (../shared), so the
 * tests that use it run anywhere. The quotes themselves are checked by real-data.test.ts.
 */
export function checkDataOnly(): LoadResult {
  return checkData({ sourcesDir: join(tmpdir(), `nsk-no-sources-${process.pid}`), requireSources: false })
}
