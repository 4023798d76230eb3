import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_DIR } from '../data/load-data.ts'
import type { DataPackage } from '../data/package-schema.ts'
import type { Tables } from '../data/types.ts'

/** Writes the downloads under `<outDir>/data/`: stable, unhashed URLs such as /data/initiatives.csv. */
export async function writeExports(pkg: DataPackage, _tables: Tables, outDir: string): Promise<void> {
  const dir = join(outDir, 'data')
  mkdirSync(dir, { recursive: true })
  // The canonical CSV is exactly the file in data/, byte for byte.
  for (const r of pkg.resources) copyFileSync(join(DATA_DIR, r.path), join(dir, r.path))
  copyFileSync(join(DATA_DIR, 'datapackage.json'), join(dir, 'datapackage.json'))
}
