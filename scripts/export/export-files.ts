import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_DIR, PROJECT_ROOT } from '../data/load-data.ts'
import type { DataPackage, Resource } from '../data/package-schema.ts'
import type { TypedRow } from '../data/check-table.ts'
import type { Tables } from '../data/types.ts'
import { readCitation } from './citation.ts'
import { canonicalUrl, citationWithUrl, readSiteUrl } from '../site/site-url.ts'
import { excelCsv } from './excel-csv.ts'
import { jsonExport } from './json-export.ts'
import { entryOf, type FileBytes, type Form, type Manifest, manifestJson, sha256Sums } from './manifest.ts'
import { zipFiles } from './zip-export.ts'
import { chartCsv, chartCsvPath, type ChartData } from './chart-csv.ts'
import { chartResource } from './chart-resources.ts'
import { parquetFiles, parquetName } from './parquet-export.ts'
import { CHANGES_NAME, changesJson, releaseChanges } from './release-changes.ts'
import { keptReleases } from './releases.ts'
import { packagedDatapackage } from './packaged-datapackage.ts'
import { xlsxWorkbook } from './xlsx-export.ts'

/** Stable names under /data/ (the Data page, the README and researchers' scripts use them). */
export const ZIP_NAME = 'negativ-social-kontrol-data.zip'
/** The whole package as one spreadsheet workbook. */
export const XLSX_NAME = 'negativ-social-kontrol-data.xlsx'
export const MANIFEST_NAME = 'checksums.json'
export const SUMS_NAME = 'SHA256SUMS'
export const excelName = (r: Resource) => `${r.name}.excel.csv`
export const jsonName = (r: Resource) => `${r.name}.json`

export interface ExportFile extends FileBytes {
  form: Form
  resource?: string
}
export interface ExportSet {
  /** Every file to write under /data/, the manifest and SHA256SUMS last. */
  files: ExportFile[]
  manifest: Manifest
}
export interface ExportOptions {
  /** Where data/*.csv, datapackage.json, README.md, LICENSE and CHANGELOG.md are. */
  dataDir?: string
  /** Where CITATION.cff is. */
  rootDir?: string
  /** Each chart's numbers, written as charts/<id>.csv and checksummed with the rest. */
  charts?: readonly ChartData[]
  /** The site's public address (SITE_URL), the published CITATION.cff's `url`; null leaves it out. */
  siteUrl?: string | null
}

/**
 * Builds every download from the checked data: the canonical files as they are, the Excel
 * variant and JSON from the typed rows, the ZIP, and the checksums of all of them. The build
 * writes these bytes and the Data page shows their checksums, both from this one function.
 */
export async function buildExports(pkg: DataPackage, tables: Tables, options: ExportOptions = {}): Promise<ExportSet> {
  builds().count++
  const dataDir = options.dataDir ?? DATA_DIR
  const rootDir = options.rootDir ?? PROJECT_ROOT
  const siteUrl = options.siteUrl === undefined ? readSiteUrl() : options.siteUrl
  const read = (dir: string, name: string): Uint8Array => {
    const path = join(dir, name)
    if (!existsSync(path)) throw new Error(`Exports: expected ${path}, found no such file`)
    return new Uint8Array(readFileSync(path))
  }
  checkVersions(pkg, rootDir, dataDir)

  const files: ExportFile[] = []
  const perTable: ExportFile[] = []
  const byName = tables as unknown as Record<string, readonly TypedRow[] | undefined>
  for (const r of pkg.resources) {
    if (!/^[a-z0-9_]+\.csv$/.test(r.path) || r.path !== `${r.name}.csv`) {
      throw new Error(`Exports: expected the path of table ${r.name} to be ${r.name}.csv, found ${JSON.stringify(r.path)}`)
    }
    const rows = byName[r.name]
    if (!rows) throw new Error(`Exports: expected checked rows of ${r.name}, found none`)
    perTable.push(
      { path: r.path, bytes: read(dataDir, r.path), form: 'csv', resource: r.name },
      { path: excelName(r), bytes: excelCsv(r, rows), form: 'excel-csv', resource: r.name },
      { path: jsonName(r), bytes: jsonExport(r, rows), form: 'json', resource: r.name },
    )
  }
  // Each table as Parquet too (DuckDB, the schema's types; codes strings, interval days dates).
  const csvOf = (r: Resource) => perTable.find((f) => f.form === 'csv' && f.resource === r.name)!.bytes
  const parquet = await parquetFiles(pkg.resources.map((r) => ({ resource: r, csv: csvOf(r) })))
  pkg.resources.forEach((r, k) => {
    const at = perTable.findIndex((f) => f.form === 'json' && f.resource === r.name)
    perTable.splice(at + 1, 0, { path: parquetName(r), bytes: parquet[k]!, form: 'parquet', resource: r.name })
  })
  // Each chart's numbers: a resource of the package too, described in chart-resources.ts.
  const charts: ExportFile[] = (options.charts ?? []).map((c) => ({ path: chartCsvPath(c.id), bytes: new TextEncoder().encode(chartCsv(c.header, c.rows, c.sources)), form: 'chart-csv' }))
  // The package as served and zipped: data/datapackage.json with each resource's bytes and hash, the charts after the tables.
  const csvs = perTable.filter((f) => f.form === 'csv')
  const datapackage: ExportFile = { path: 'datapackage.json', bytes: packagedDatapackage(read(dataDir, 'datapackage.json'), [...csvs, ...charts], (options.charts ?? []).map(chartResource), siteUrl ? canonicalUrl(siteUrl, '/data/') : null), form: 'datapackage' }
  const docs: ExportFile[] = [
    { path: 'CITATION.cff', bytes: siteUrl ? new TextEncoder().encode(citationWithUrl(new TextDecoder().decode(read(rootDir, 'CITATION.cff')), siteUrl)) : read(rootDir, 'CITATION.cff'), form: 'citation' },
    { path: 'LICENSE', bytes: read(dataDir, 'LICENSE'), form: 'license' },
    { path: 'CHANGELOG.md', bytes: read(dataDir, 'CHANGELOG.md'), form: 'changelog' },
  ]
  // The codebook is written by hand beside the data; the package carries it once it exists.
  if (existsSync(join(dataDir, 'README.md'))) docs.push({ path: 'README.md', bytes: read(dataDir, 'README.md'), form: 'codebook' })

  // The ZIP is the Frictionless package: datapackage.json at its root, beside the CSVs it names.
  const inZip = [datapackage, ...csvs, ...charts, ...docs]
  const zip: ExportFile = { path: ZIP_NAME, bytes: await zipFiles(inZip, zipDate(pkg)), form: 'zip' }

  const xlsx: ExportFile = { path: XLSX_NAME, bytes: await xlsxWorkbook(pkg, byName, zipDate(pkg)), form: 'xlsx' }

  // What changed since the newest kept release, row by row (removed ids listed, so a citation to one can be explained).
  const kept = keptReleases(dataDir)
  const current = [{ path: 'datapackage.json', bytes: read(dataDir, 'datapackage.json') }, ...csvs]
  const changes: ExportFile = { path: CHANGES_NAME, bytes: changesJson(releaseChanges(pkg.version, current, kept.at(-1) ?? null)), form: 'changes' }

  files.push(zip, xlsx, datapackage, changes, ...perTable, ...docs, ...charts)
  const names = new Set<string>()
  for (const f of files) {
    if (names.has(f.path) || f.path === MANIFEST_NAME || f.path === SUMS_NAME) throw new Error(`Exports: expected each file name once, found ${f.path} twice`)
    names.add(f.path)
  }
  const manifest: Manifest = {
    name: pkg.name,
    version: pkg.version,
    files: files.map((f) => ({ ...entryOf(f), form: f.form, ...(f.resource ? { resource: f.resource } : {}) })),
    zip: { path: ZIP_NAME, entries: inZip.map((f) => entryOf(f)) },
  }
  files.push(
    { path: MANIFEST_NAME, bytes: manifestJson(manifest), form: 'checksums' },
    { path: SUMS_NAME, bytes: sha256Sums(manifest.files), form: 'checksums' },
  )
  return { files, manifest }
}

/**
 * How many times the exports were built in this process. The build builds them once
 * (exports-once.ts) and stops when anything built them again, e.g. a loader calling
 * buildExports on its own. On globalThis, since VitePress bundles each loader separately.
 */
const BUILDS = Symbol.for('nsk.export-builds')
const builds = (): { count: number } => ((globalThis as Record<symbol, { count: number }>)[BUILDS] ??= { count: 0 })
export const exportBuilds = (): number => builds().count

/** The ZIP entries' date: the package's own, so the ZIP does not change with the day it is built. */
function zipDate(pkg: DataPackage & { created?: string }): Date {
  const d = new Date(pkg.created ?? '1980-01-01T00:00:00Z')
  if (Number.isNaN(d.getTime())) throw new Error(`Exports: expected datapackage.json "created" as a date-time, found ${JSON.stringify(pkg.created)}`)
  return d
}

/** The data version is written in three places; a release that updates one must update all. */
export function checkVersions(pkg: DataPackage, rootDir: string, dataDir: string): void {
  const cff = readCitation(join(rootDir, 'CITATION.cff'))
  if (cff.version !== pkg.version) {
    throw new Error(`CITATION.cff: expected version ${pkg.version} (as in datapackage.json), found ${cff.version}`)
  }
  const changelogPath = join(dataDir, 'CHANGELOG.md')
  if (!existsSync(changelogPath)) throw new Error(`Exports: expected ${changelogPath}, found no such file`)
  const heading = /^## (\S+) – (\d{4}-\d{2}-\d{2})/m.exec(readFileSync(changelogPath, 'utf8'))
  if (!heading || heading[1] !== pkg.version) {
    throw new Error(`data/CHANGELOG.md: expected the newest entry "## ${pkg.version} – YYYY-MM-DD", found ${heading ? JSON.stringify(heading[0]) : 'none'}`)
  }
  if (heading[2] !== cff.dateReleased) {
    throw new Error(`CITATION.cff: expected date-released ${heading[2]} (as in data/CHANGELOG.md), found ${cff.dateReleased}`)
  }
  // One release date everywhere: the package's `created` (which also dates the ZIP's entries) is the release day.
  const created = (pkg as DataPackage & { created?: string }).created
  if (created?.slice(0, 10) !== heading[2]) {
    throw new Error(`data/datapackage.json: expected "created" on the release date ${heading[2]} (as in data/CHANGELOG.md), found ${JSON.stringify(created)}`)
  }
}
