import { mkdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from './data/load-data.ts'

const LOCK = join(PROJECT_ROOT, '.vitepress', '.build-lock')

/**
 * One VitePress build of a checkout at a time. VitePress writes its intermediate files to one fixed
 * folder (.vitepress/.temp) and Vite bundles each data loader to a temporary file beside it, so two
 * builds at once (the tests' builds, a build by hand, the test that runs `vitepress build` itself)
 * would corrupt or delete each other's files. Waits for the build before; returns the release.
 * A lock older than 10 minutes is a dead build's.
 */
export async function acquireBuildLock(): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000) rmSync(LOCK, { recursive: true, force: true })
      } catch {}
      await new Promise((r) => setTimeout(r, 250))
    }
  }
  let held = true
  const release = () => {
    if (held) rmSync(LOCK, { recursive: true, force: true })
    held = false
  }
  process.on('exit', release)
  return release
}
