/**
 * Golden files, in the manner of Observable Framework's build tests: the output is compared with
 * the file checked in beside the test. On a difference the new output is written next to it as
 * `<name>-changed.<ext>` for review (move it over the old one if the change is right) and the
 * test fails. A missing golden file is written once and the test passes, except under CI=true,
 * where nothing may be missing.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, extname, join, relative } from 'node:path'
import { PROJECT_ROOT } from '../../scripts/data/load-data.ts'

export const GOLDEN_DIR = join(PROJECT_ROOT, 'tests', 'charts', 'golden')

/** Returns null when `actual` matches the golden file, else what is wrong (and where to look). */
export function compareGolden(name: string, actual: string): string | null {
  const path = join(GOLDEN_DIR, name)
  const ext = extname(name)
  const changed = path.slice(0, -ext.length) + '-changed' + ext
  const shown = (p: string) => relative(PROJECT_ROOT, p)
  if (!existsSync(path)) {
    if (process.env.CI === 'true') return `${shown(path)} is missing (golden files are never written under CI=true)`
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
    console.warn(`wrote the missing golden file ${shown(path)}: review it and commit it`)
    return null
  }
  if (readFileSync(path, 'utf8') === actual) {
    rmSync(changed, { force: true })
    return null
  }
  writeFileSync(changed, actual)
  return `${shown(path)} differs from what the chart draws now; the new output is in ${shown(changed)} (diff them; if the change is right, move it over the old file)`
}
