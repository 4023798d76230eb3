import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DATA_DIR, PROJECT_ROOT } from '../data/load-data.ts'
import type { DataPackage } from '../data/package-schema.ts'
import type { Tables } from '../data/types.ts'
import { readSiteUrl } from '../site/site-url.ts'
import type { ChartData } from './chart-csv.ts'
import { chartData } from './chart-data.ts'
import { buildExports, type ExportSet } from './export-files.ts'

/**
 * The downloads, built once per build: `scripts/build.ts` builds them before VitePress runs, the
 * Data page's loader takes its sizes and checksums from the same set, and the build writes exactly
 * those bytes. VitePress bundles each loader on its own, so the set lives on globalThis (as the
 * checked data does, see load-data.ts), keyed on the checked tables it was made from (a new object
 * whenever a data file's content changes) and on what else it reads: the folders, SITE_URL and
 * CITATION.cff. The kept releases (data/releases/) are published files and never change.
 */
interface ExportCache { tables: Tables | null; key: string; set: Promise<ExportSet> | null }
const CACHE = Symbol.for('nsk.exports-once')
const cache = (): ExportCache => ((globalThis as Record<symbol, ExportCache>)[CACHE] ??= { tables: null, key: '', set: null })

export interface ExportsOnceOptions {
  dataDir?: string
  rootDir?: string
  /** Each chart's numbers from the tables (the site's charts; a test's small data has none). */
  charts?: (tables: Tables) => readonly ChartData[]
}

export function exportsOnce(pkg: DataPackage, tables: Tables, options: ExportsOnceOptions = {}): Promise<ExportSet> {
  const dataDir = resolve(options.dataDir ?? DATA_DIR)
  const rootDir = resolve(options.rootDir ?? PROJECT_ROOT)
  const citation = join(rootDir, 'CITATION.cff')
  const key = createHash('sha256')
    .update(JSON.stringify([dataDir, rootDir, readSiteUrl()]))
    .update(existsSync(citation) ? readFileSync(citation) : '')
    .digest('hex')
  const c = cache()
  if (c.set && c.tables === tables && c.key === key) return c.set
  const set = buildExports(pkg, tables, { dataDir, rootDir, charts: (options.charts ?? chartData)(tables) })
  Object.assign(c, { tables, key, set })
  // A failed build is not kept: the error goes to this caller, and the next one tries again.
  set.catch(() => {
    if (c.set === set) c.set = null
  })
  return set
}
