/** Every released data version stays downloadable at /data/v<version>/, beside the latest files. */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_DIR } from '../../scripts/data/load-data.ts'
import { readPackage } from '../../scripts/data/package-schema.ts'
import { DIST, builtHtml } from './built-site.ts'

const current = readPackage(join(DATA_DIR, 'datapackage.json')).version
const kept = readdirSync(join(DATA_DIR, 'releases'))
const out = (...p: string[]) => readFileSync(join(DIST, 'data', ...p))

describe('versioned downloads', () => {
  it('keeps at least the first release', () => expect(kept).toContain('1.0.0'))
  it('serves each kept release byte for byte as it was published', () => {
    for (const v of kept) {
      const files = readdirSync(join(DATA_DIR, 'releases', v))
      expect(files).toContain('datapackage.json')
      for (const f of files) expect(out(`v${v}`, f).equals(readFileSync(join(DATA_DIR, 'releases', v, f))), `/data/v${v}/${f}`).toBe(true)
    }
  })
  it('serves the current version under its number with the same bytes as the latest URLs', () => {
    for (const f of ['initiatives.csv', 'datapackage.json', 'negativ-social-kontrol-data.zip', 'checksums.json']) {
      expect(out(`v${current}`, f).equals(out(f)), `/data/v${current}/${f}`).toBe(true)
    }
  })
  it('links every version from /data/, the current one marked', () => {
    const html = builtHtml('data/index.html')
    for (const v of [current, ...kept]) expect(html).toContain(`href="/data/v${v}/datapackage.json"`)
    expect(html).toMatch(new RegExp(`Version ${current.replace(/\./g, '\\.')}</a>(<!--[^>]*-->)* \\(den nyeste\\)`))
  })
})

describe('every version is complete and verifiable', () => {
  const versions = [current, ...kept]
  it('passes sha256sum -c on its own SHA256SUMS, which names every file of its folder', () => {
    for (const v of versions) {
      const folder = join(DIST, 'data', `v${v}`)
      const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' })
      const checked = out.trim().split('\n')
      expect(checked.every((l) => l.endsWith(': OK')), `/data/v${v}/`).toBe(true)
      const named = new Set(checked.map((l) => l.replace(/: OK$/, '')))
      const onDisk = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(folder.length + 1))
      expect(onDisk.filter((f) => f !== 'SHA256SUMS' && f !== 'checksums.json' && !named.has(f)), `/data/v${v}/ files without a checksum`).toEqual([])
    }
  })
  it('lists its changes since the version before, with the removed ids', () => {
    const changes = (v: string) => JSON.parse(out(`v${v}`, 'changes.json').toString('utf8')) as { version: string; previous: string | null; tables_added: string[]; tables: Record<string, { removed: string[] }> }
    for (const v of versions) expect(changes(v).version).toBe(v)
    // Written by hand from the CHANGELOG: 2.3.0 removed the indicator of "10 conclusions"; 2.1.0 added the kommune tables.
    expect(changes('2.3.0').tables.indicators!.removed).toEqual(['hp2017-evaluation-conclusions'])
    expect(changes('2.1.0').tables_added).toEqual(expect.arrayContaining(['regions', 'consultant_coverage', 'help_facts', 'kommune_mentions', 'letter_points', 'archives']))
    expect(changes(current).tables_added).toEqual(expect.arrayContaining(['money', 'fl21_split', 'initiative_outcomes', 'targets', 'disputed_figures']))
    expect(changes('1.0.0').previous).toBeNull()
    const html = builtHtml('data/index.html')
    expect(html).toContain('indicators: hp2017-evaluation-conclusions')
  })
  it('keeps 2.0.0 and 2.1.0, restored from the repository', () => {
    expect(kept).toEqual(expect.arrayContaining(['1.0.0', '2.0.0', '2.1.0', '2.2.0', '2.3.0']))
  })
})
