/**
 * Vitest global setup: builds the site once per `vitest run`, from the data and code as they are
 * now, into a temporary folder, and provides that folder to the tests as `inject('distDir')`.
 * So no test reads a `.vitepress/dist` older than the data, and `npm test` builds only once.
 *
 * The projects that read built output (site, browser) both list this file; Vitest loads a
 * global setup once per project, so the build is shared through globalThis: whichever project
 * asks first starts it, the others wait for the same folder, and the last to finish removes it.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { PROJECT_ROOT } from '../scripts/data/load-data.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The site built for this test run (a temporary folder). */
    distDir: string
    /** What that build printed (it says how often it checked the data and built the downloads). */
    buildLog: string
  }
}

interface SharedBuild { site: Promise<{ out: string; log: string }>; users: number; folder: string }
const KEY = Symbol.for('nsk.test-build')
const shared = globalThis as Record<symbol, SharedBuild | undefined>

/** Runs `npm run build -- --out-dir <out>` (with extra environment, e.g. SITE_URL, and arguments, e.g. `--base /nsk/`); resolves to its output. */
export function buildSite(out: string, env: Record<string, string> = {}, args: string[] = []): Promise<{ out: string; log: string }> {
  const tsx = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [tsx, 'scripts/build.ts', '--out-dir', out, ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`The site did not build for the tests:\n${stderr || stdout || error.message}`))
      else resolve({ out, log: stdout + stderr })
    })
  })
}

export default async function setup(project: TestProject): Promise<() => void> {
  let b = shared[KEY]
  if (!b) {
    const folder = mkdtempSync(join(tmpdir(), 'nsk-test-site-'))
    b = shared[KEY] = { folder, users: 0, site: buildSite(join(folder, 'dist')) }
  }
  b.users++
  const { out, log } = await b.site
  project.provide('distDir', out)
  project.provide('buildLog', log)
  return () => {
    if (--b.users > 0) return
    rmSync(b.folder, { recursive: true, force: true })
    shared[KEY] = undefined
  }
}
