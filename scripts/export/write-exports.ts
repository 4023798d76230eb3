import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DataPackage } from '../data/package-schema.ts'
import type { Tables } from '../data/types.ts'
import { allCharts } from '../site/charts/index.ts'
import { writeChartCsv } from './chart-csv.ts'
import { buildExports } from './export-files.ts'

/**
 * Writes the downloads under `<outDir>/data/`: stable, unhashed URLs such as
 * /data/initiatives.csv, /data/initiatives.excel.csv, /data/initiatives.json, the ZIP and
 * checksums.json. What is written is decided in export-files.ts; this only puts it on disk.
 */
export async function writeExports(pkg: DataPackage, tables: Tables, outDir: string): Promise<void> {
  const dir = join(outDir, 'data')
  mkdirSync(dir, { recursive: true })
  const { files } = await buildExports(pkg, tables)
  for (const f of files) writeFileSync(join(dir, f.path), f.bytes)
  // Each chart's "Hent figurens tal" link: exactly the numbers it draws, with its sources named.
  for (const c of allCharts(tables)) writeChartCsv(outDir, c.id, c.csv.header, c.csv.rows, c.csv.sources)
}
