import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { acquireBuildLock } from '../../scripts/build-lock.ts'
import { DATA_DIR, PROJECT_ROOT } from '../../scripts/data/load-data.ts'

// A copy of the real data with one Danish-formatted number: both the check and the build must
// stop on it and name the place, and the build must not touch the site already built.
const broken = mkdtempSync(join(tmpdir(), 'nsk-broken-'))
cpSync(DATA_DIR, broken, { recursive: true })
const csv = readFileSync(join(broken, 'indicators.csv'), 'utf8').split('\n')
const line = csv.findIndex((l) => l.startsWith('kk2017-children-young-reached,'))
csv[line] = csv[line]!.replace(',2000,,980,', ',"2.000",,980,')
writeFileSync(join(broken, 'indicators.csv'), csv.join('\n'))
const place = `indicators.csv:${line + 1}:target: expected a number, found "2.000"`
afterAll(() => rmSync(broken, { recursive: true, force: true }))

const run = (args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NSK_DATA_DIR: broken },
    encoding: 'utf8',
    timeout: 120_000,
  })

describe('a broken CSV', () => {
  it('makes `npm run check:data` fail, naming file, row, column and reason', () => {
    const r = run(['scripts/check-data.ts'])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(place)
  })

  it('makes `npm run build` fail the same way and leaves the built site as it was', () => {
    // A site built before, in a folder of its own: the failed build must leave it exactly as it is.
    const out = join(broken, 'site')
    mkdirSync(out)
    writeFileSync(join(out, 'index.html'), 'the previous site')
    const r = run(['scripts/build.ts', '--out-dir', out])
    expect(r.status).toBe(1)
    expect(r.stderr).toContain(place)
    expect(r.stderr).toContain('Nothing was written')
    expect(readdirSync(out)).toEqual(['index.html'])
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the previous site')
    expect(existsSync(`${out}-next`)).toBe(false)
  })

  it('stops VitePress itself through the data loaders, so no build path skips the check', async () => {
    // The builds' lock: the clean-up below removes Vite's temp bundles of the loaders, which a build running beside it needs.
    const release = await acquireBuildLock()
    const out = mkdtempSync(join(tmpdir(), 'nsk-out-'))
    // An aborted build leaves Vite's temp bundles of the loaders beside them; remove the new ones.
    const loaders = join(PROJECT_ROOT, 'components', 'data')
    const temp = () => new Set(readdirSync(loaders).filter((f) => f.includes('.timestamp-')))
    const before = temp()
    try {
      const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/vitepress/bin/vitepress.js'), 'build', '--outDir', out], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NSK_DATA_DIR: broken },
        encoding: 'utf8',
        timeout: 240_000,
      })
      expect(r.status).not.toBe(0)
      expect(r.stdout + r.stderr).toContain(place)
    } finally {
      rmSync(out, { recursive: true, force: true })
      for (const f of temp()) if (!before.has(f)) rmSync(join(loaders, f))
      release()
    }
  }, 240_000)
})
