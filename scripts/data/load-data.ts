import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DERIVED_TABLES } from './analysis-tables.ts'
import { checkAnchors } from './check-anchors.ts'
import { checkDerived } from './check-derived.ts'
import { checkKeys } from './check-keys.ts'
import { checkProvenance } from './check-provenance.ts'
import { checkRules } from './check-rules.ts'
import { checkEnglishQuotes, checkTitleBrackets, checkTranslations } from './check-translations.ts'
import { checkTable, type TypedRow } from './check-table.ts'
import { checkWords } from './check-words.ts'
import { type DataPackage, readPackage } from './package-schema.ts'
import { DataError, type Problem } from './problems.ts'
import { readCsv } from './read-csv.ts'
import { SourceTexts } from './source-texts.ts'
import type { Tables } from './types.ts'

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
/** NSK_DATA_DIR points the build and the checks at another copy of the data (used by tests). */
export const DATA_DIR = process.env.NSK_DATA_DIR ? resolve(process.env.NSK_DATA_DIR) : join(PROJECT_ROOT, 'data')
/** The source documents sit beside the project (`../shared/sources`), on CI and on the team's machines. */
export const SOURCES_DIR = process.env.NSK_SOURCES_DIR ? resolve(process.env.NSK_SOURCES_DIR) : resolve(PROJECT_ROOT, '..', 'shared', 'sources')

export interface LoadOptions {
  dataDir?: string
  sourcesDir?: string
  /** Fail, rather than skip, when the source texts are absent (on CI). */
  requireSources?: boolean
  /** How the data folder is named in messages; defaults to its path from the project root. */
  label?: string
}
export interface LoadResult {
  pkg: DataPackage
  tables: Tables
  problems: Problem[]
  /** Whether quotes and URLs were checked against the source texts. */
  provenance: 'checked' | 'skipped'
}

/** Reads, checks and types the whole data package. Never throws for bad data: it lists it. */
export function checkData(options: LoadOptions = {}): LoadResult {
  const dataDir = resolve(options.dataDir ?? DATA_DIR)
  const label = options.label ?? (relative(PROJECT_ROOT, dataDir) || '.')
  const fileOf = (name: string) => `${label}/${name}.csv`
  const problems: Problem[] = []
  const pkgPath = join(dataDir, 'datapackage.json')
  let pkg: DataPackage
  try {
    pkg = readPackage(pkgPath)
  } catch (e) {
    problems.push({ file: `${label}/datapackage.json`, line: 1, column: '-', message: `expected a readable JSON data package, found ${(e as Error).message}` })
    return { pkg: { resources: [] } as unknown as DataPackage, tables: {} as Tables, problems, provenance: 'skipped' }
  }
  const tables = new Map<string, TypedRow[]>()
  for (const resource of pkg.resources) {
    const path = join(dataDir, resource.path)
    const file = fileOf(resource.name)
    if (!existsSync(path)) {
      problems.push({ file, line: 1, column: '-', message: 'expected the file that datapackage.json lists, found none' })
      continue
    }
    const csv = readCsv(readFileSync(path), file, problems)
    const rows = csv && checkTable(csv, resource, file, problems)
    if (rows) tables.set(resource.name, rows)
  }
  checkKeys(pkg.resources, tables, fileOf, problems)
  checkRules(tables, fileOf, problems)
  checkTranslations(tables, fileOf, problems)
  checkEnglishQuotes(tables, fileOf, problems)
  checkTitleBrackets(tables, fileOf, problems)
  checkWords(pkg.resources, tables, fileOf, problems)
  checkAnchors(tables, fileOf, problems)

  const texts = new SourceTexts(options.sourcesDir ?? SOURCES_DIR)
  let provenance: LoadResult['provenance'] = 'skipped'
  if (texts.available) {
    checkProvenance(tables, texts, fileOf, problems)
    provenance = 'checked'
  } else if (options.requireSources ?? process.env.CI === 'true') {
    problems.push({ file: texts.dir, line: 1, column: '-', message: 'expected the source texts to check quotes against (CI=true), found no such folder' })
  }
  // The analysis tables are derived from the faithful ones: only an otherwise clean package derives them.
  if (!problems.length) checkDerived(pkg.resources, Object.fromEntries(tables) as unknown as Tables, dataDir, fileOf, problems)
  // A derived table's problems follow from its faithful tables: while those have problems, only theirs are shown.
  const derivedFiles = new Set(DERIVED_TABLES.map(fileOf))
  const faithful = problems.filter((p) => !derivedFiles.has(p.file))
  if (faithful.length) problems.splice(0, problems.length, ...faithful)
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
  return { pkg, tables: Object.fromEntries(tables) as unknown as Tables, problems, provenance }
}

/** The checked data, typed; throws a DataError naming every problem. Used by the build and scripts. */
export function loadData(options: LoadOptions = {}): Tables {
  const result = checkDataOnce(options)
  if (result.problems.length) throw new DataError(result.problems)
  return result.tables
}

/**
 * VitePress bundles each data loader (and the config) on its own, so a module-level cache would
 * be one per bundle; the cache lives on globalThis instead, which every bundle in the build
 * process shares. It is keyed on the content of every data and source file (a SHA-256 over their
 * names and bytes), not on their sizes and times: a file touched but unchanged is not checked
 * again, an edited one is (so `vitepress dev` shows the edit).
 */
interface DataCache { key: string; options: string; result: LoadResult; checks: number; pinned: string | null }
const CACHE = Symbol.for('nsk.checked-data')
const cache = (): DataCache => ((globalThis as Record<symbol, DataCache>)[CACHE] ??= { key: '', options: '', result: undefined as unknown as LoadResult, checks: 0, pinned: null })

function fingerprint(options: LoadOptions): string {
  const dirs = [resolve(options.dataDir ?? DATA_DIR), resolve(options.sourcesDir ?? SOURCES_DIR)]
  const hash = createHash('sha256').update(JSON.stringify(options))
  for (const dir of dirs) {
    hash.update(`\u0000${dir}`)
    if (!existsSync(dir)) continue
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!entry.isFile()) continue
      hash.update(`\u0000${entry.name}\u0000`).update(readFileSync(join(dir, entry.name)))
    }
  }
  return hash.digest('hex')
}

/** `checkData`, run once per state of the files: the build, its loaders and its search index share one check. */
export function checkDataOnce(options: LoadOptions = {}): LoadResult {
  const c = cache()
  // Pinned by the build: every loader is handed this result without reading the files again.
  if (c.pinned !== null && c.pinned === c.options && c.options === JSON.stringify(options)) return c.result
  const key = fingerprint(options)
  if (c.key !== key) {
    c.result = checkData(options)
    deepFreeze(c.result.tables)
    c.key = key
    c.options = JSON.stringify(options)
    c.checks++
  }
  return c.result
}

/**
 * For the rest of this process (one build), `checkDataOnce` with these options returns the result
 * just checked, without hashing the files again: one build reads one state of the data, however
 * many loaders ask, and a large data folder is read once rather than once per loader.
 */
export function pinCheckedData(options: LoadOptions = {}): LoadResult {
  const result = checkDataOnce(options)
  cache().pinned = JSON.stringify(options)
  return result
}

/** How many times the data was actually read and checked in this process (the build reports it). */
export function dataChecks(): number {
  return cache().checks
}

// Shared by every page's view: frozen, so no view can change what another one reads.
function deepFreeze(tables: Tables): void {
  for (const rows of Object.values(tables) as object[][]) {
    for (const row of rows) Object.freeze(row)
    Object.freeze(rows)
  }
}
