import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from './data/load-data.ts'

const LOCK = join(PROJECT_ROOT, '.vitepress', '.build-lock')

/**
 * One VitePress build of a checkout at a time. VitePress writes its intermediate files to one fixed
 * folder (.vitepress/.temp) and Vite bundles each data loader to a temporary file beside it, so two
 * builds at once (the tests' builds, a build by hand, the test that runs `vitepress build` itself)
 * would corrupt or delete each other's files. Waits for the build before; returns the release.
 * A lock older than 10 minutes, or whose build's process is gone, is a dead build's.
 */
export async function acquireBuildLock(): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(LOCK)
      // Who holds it: a build that died without releasing it (out of memory, killed) is seen at once.
      writeFileSync(join(LOCK, 'pid'), String(process.pid))
      break
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000 || !alive(Number(readFileSync(join(LOCK, 'pid'), 'utf8')))) rmSync(LOCK, { recursive: true, force: true })
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

/** Whether a process with this id runs (signal 0 tests without sending anything). */
function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}
