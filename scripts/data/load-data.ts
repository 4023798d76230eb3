import { existsSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkKeys } from './check-keys.ts'
import { checkProvenance } from './check-provenance.ts'
import { checkRules } from './check-rules.ts'
import { checkTable, type TypedRow } from './check-table.ts'
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

  const texts = new SourceTexts(options.sourcesDir ?? SOURCES_DIR)
  let provenance: LoadResult['provenance'] = 'skipped'
  if (texts.available) {
    checkProvenance(tables, texts, fileOf, problems)
    provenance = 'checked'
  } else if (options.requireSources ?? process.env.CI === 'true') {
    problems.push({ file: texts.dir, line: 1, column: '-', message: 'expected the source texts to check quotes against (CI=true), found no such folder' })
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
  return { pkg, tables: Object.fromEntries(tables) as unknown as Tables, problems, provenance }
}

/** The checked data, typed; throws a DataError naming every problem. Used by the build and scripts. */
export function loadData(options: LoadOptions = {}): Tables {
  const result = checkData(options)
  if (result.problems.length) throw new DataError(result.problems)
  return result.tables
}
