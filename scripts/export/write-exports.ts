import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { DataPackage } from '../data/package-schema.ts'
import { DATA_DIR } from '../data/load-data.ts'
import type { ExportSet } from './export-files.ts'
import { keptReleaseFiles } from './release-changes.ts'
import { keptReleases, versionFolder } from './releases.ts'

/**
 * Writes the downloads under `<outDir>/data/`: stable, unhashed URLs such as
 * /data/initiatives.csv, /data/initiatives.excel.csv, /data/initiatives.json, the ZIP, each
 * chart's numbers (/data/charts/<id>.csv) and checksums.json, and every version under
 * /data/v<version>/ (see releases.ts). What is written is decided in
 * export-files.ts and built once per build (exports-once.ts, the set the Data page's checksums
 * come from); this only puts it on disk.
 */
export function writeExports(pkg: DataPackage, { files }: ExportSet, outDir: string): void {
  const dir = join(outDir, 'data')
  const write = (path: string, bytes: Uint8Array) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), bytes)
  }
  // The latest files, then the same files under this version's own folder, then every earlier release as published.
  for (const f of files) write(f.path, f.bytes)
  for (const f of files) write(join(versionFolder(pkg.version), f.path), f.bytes)
  const kept = keptReleases(DATA_DIR)
  kept.forEach((r, k) => {
    if (r.version === pkg.version) throw new Error(`data/releases/${r.version}: expected only earlier versions, found the current one (${pkg.version})`)
    // Its files as published, with its changes since the release before and checksums beside them.
    for (const f of keptReleaseFiles(r, kept[k - 1] ?? null, pkg.name)) write(join(versionFolder(r.version), f.path), f.bytes)
  })
}
