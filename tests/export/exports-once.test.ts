/**
 * The downloads are built once per build (issue 17 §4): the build and the Data page's loader share
 * one set (scripts/export/exports-once.ts), and every build of the exports is counted, so the build
 * can stop when a loader builds its own (scripts/build.ts; the site test reads what the build said).
 */
import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDataOnce, DATA_DIR } from '../../scripts/data/load-data.ts'
import { formatProblem } from '../../scripts/data/problems.ts'
import { exportBuilds } from '../../scripts/export/export-files.ts'
import { exportsOnce } from '../../scripts/export/exports-once.ts'
import { sha256Hex } from '../../scripts/export/manifest.ts'
import { dataWithCase, FIXTURE_SOURCES } from '../data/helpers.ts'

// The minimal valid package (small, so each build of the exports takes a moment), with the real documents beside it.
const dir = dataWithCase()
for (const f of ['LICENSE', 'CHANGELOG.md', 'README.md']) cpSync(join(DATA_DIR, f), join(dir, f))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const real = checkDataOnce({ dataDir: dir, sourcesDir: FIXTURE_SOURCES, label: 'data' })
// Its rows are not the records the site's charts name, so it has no charts.
const opts = { dataDir: dir, charts: () => [] }
if (real.problems.length) throw new Error(real.problems.map(formatProblem).join('\n'))

describe('exportsOnce', () => {
  it('builds the downloads once for one state of the data, however many callers ask', async () => {
    const before = exportBuilds()
    const first = exportsOnce(real.pkg, real.tables, opts)
    const again = exportsOnce(real.pkg, real.tables, opts)
    expect(again).toBe(first)
    const set = await first
    expect(await exportsOnce(real.pkg, real.tables, opts)).toBe(set)
    expect(exportBuilds()).toBe(before + 1)
    // The checksums the Data page shows are those of the bytes in the set.
    for (const f of set.manifest.files) expect(sha256Hex(set.files.find((x) => x.path === f.path)!.bytes), f.path).toBe(f.sha256)
  })

  it('builds again for other checked data (a changed file gives a new result)', async () => {
    const before = exportBuilds()
    const set = await exportsOnce(real.pkg, real.tables, opts)
    const other = { ...real.tables }
    const rebuilt = await exportsOnce(real.pkg, other, opts)
    expect(rebuilt).not.toBe(set)
    expect(exportBuilds()).toBe(before + 1)
  })

  it('keeps no failed build: the error goes to the caller, and the next call tries again', async () => {
    const wrong = { ...real.pkg, version: '9.9.9' }
    const before = exportBuilds()
    await expect(exportsOnce(wrong, real.tables, opts)).rejects.toThrow(/CITATION\.cff: expected version 9\.9\.9/)
    await expect(exportsOnce(wrong, real.tables, opts)).rejects.toThrow(/CITATION\.cff: expected version 9\.9\.9/)
    expect(exportBuilds()).toBe(before + 2)
  })
})
