import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { DataPackage } from '../data/package-schema.ts'
import type { Tables } from '../data/types.ts'
import { chartData } from './chart-data.ts'
import { buildExports } from './export-files.ts'

/**
 * Writes the downloads under `<outDir>/data/`: stable, unhashed URLs such as
 * /data/initiatives.csv, /data/initiatives.excel.csv, /data/initiatives.json, the ZIP, each
 * chart's numbers (/data/charts/<id>.csv) and checksums.json. What is written is decided in
 * export-files.ts; this only puts it on disk.
 */
export async function writeExports(pkg: DataPackage, tables: Tables, outDir: string): Promise<void> {
  const dir = join(outDir, 'data')
  const { files } = await buildExports(pkg, tables, { charts: chartData(tables) })
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true })
    writeFileSync(join(dir, f.path), f.bytes)
  }
}
