import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Versioned downloads: every released data version stays at /data/v<version>/, beside the latest
 * files at /data/, whose URLs never change. A release is kept in data/releases/<version>/ as it
 * was published (the canonical files, byte for byte); the current version is the build's own
 * exports, written a second time under its version.
 */
export interface Release {
  version: string
  /** File name → bytes, as published. */
  files: { path: string; bytes: Uint8Array }[]
}

const SEMVER = /^\d+\.\d+\.\d+$/

/** The folder of a version under /data/: v1.0.0. */
export const versionFolder = (version: string): string => `v${version}`

/** The earlier releases kept in data/releases/, oldest first. */
export function keptReleases(dataDir: string): Release[] {
  const dir = join(dataDir, 'releases')
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      if (!SEMVER.test(e.name)) throw new Error(`data/releases/${e.name}: expected a folder named by its version (1.0.0), found "${e.name}"`)
      const files = readdirSync(join(dir, e.name)).sort().map((path) => ({ path, bytes: new Uint8Array(readFileSync(join(dir, e.name, path))) }))
      if (!files.some((f) => f.path === 'datapackage.json')) throw new Error(`data/releases/${e.name}: expected its datapackage.json, found none`)
      return { version: e.name, files }
    })
    .sort((a, b) => compareVersions(a.version, b.version))
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)]
  return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!
}
