import { join } from 'node:path'
import { defineLoader } from 'vitepress'
import { checkDataOnce, DATA_DIR, loadData, PROJECT_ROOT } from '../../scripts/data/load-data.ts'
import type { Field, Resource } from '../../scripts/data/package-schema.ts'
import { citationBibtex, citationText, readCitation } from '../../scripts/export/citation.ts'
import { canonicalUrl, readSiteUrl } from '../../scripts/site/site-url.ts'
import type { ExportFile } from '../../scripts/export/export-files.ts'
import { exportsOnce } from '../../scripts/export/exports-once.ts'
import { keptReleases, versionFolder } from '../../scripts/export/releases.ts'
import { releaseChanges, type ReleaseChanges } from '../../scripts/export/release-changes.ts'
import { duckdbSnippet, pandasSnippet, readrSnippet, SNIPPET_DIR } from '../../scripts/export/snippets.ts'
import type { Form } from '../../scripts/export/manifest.ts'
import { sha256Hex } from '../../scripts/export/manifest.ts'
import { pitfalls, type Pitfall } from '../../scripts/data/pitfalls.ts'
import { formatDate, formatNumber } from '../../scripts/format/danish.ts'
import { href } from '../../scripts/site/links.ts'
import { formatBytes } from './file-size.ts'

/** One file under /data/, with the checksum of exactly the bytes the build writes there. */
export interface DownloadFile {
  path: string
  /** Site-root URL, unhashed: /data/initiatives.csv */
  href: string
  label: string
  /** "CSV", "Excel", "JSON": the link text in the table overview. */
  short: string
  form: Form
  bytes: number
  /** "1,2 kB": formatted here, so no formatter ships to the browser. */
  size: string
  sha256: string
}
export interface ColumnRule {
  label: string
  /** Shown as code: enum values, a pattern, a referenced column. */
  values?: string[]
}
export interface ColumnInfo {
  name: string
  /** Danish name of the column. */
  title: string
  /** Danish name of the Table Schema type. */
  type: string
  description: string
  rules: ColumnRule[]
}
export interface TableInfo {
  name: string
  title: string
  description: string
  rows: number
  /** "43" */
  rowsText: string
  /** "43 rækker og 12 kolonner" */
  countText: string
  primaryKey: string[]
  columns: ColumnInfo[]
  files: DownloadFile[]
}
export interface DataPageData {
  title: string
  version: string
  /** YYYY-MM-DD, from CITATION.cff (checked against data/CHANGELOG.md by the build). */
  released: string
  /** "29. november 2026" */
  releasedText: string
  /** short: "CC BY 4.0", as licences are usually written. */
  licence: { name: string; title: string; url: string; short: string }
  totalRows: number
  /** "16 tabeller med i alt 472 rækker" */
  extentText: string
  /** What the page offers first: the whole package. */
  mainFiles: DownloadFile[]
  /** Every file under /data/: the package's files, then each table's. */
  allFiles: DownloadFile[]
  /** What the Excel CSV is, in a sentence. */
  excelText: string
  pitfalls: Pitfall[]
  /** Code that reads every table with the schema's types (pandas and DuckDB run in the tests). */
  snippets: { id: string; label: string; code: string }[]
  /** The folder the snippets expect the ZIP unpacked into. */
  snippetDir: string
  /** Every released version's folder under /data/v<version>/, newest first. */
  /** Newest first, each with what changed since the release before (its changes.json, in words) and the ids it removed. */
  versions: { version: string; current: boolean; href: string; changesHref: string; changesText: string; removed: string[] }[]
  tables: TableInfo[]
  citation: { text: string; bibtex: string; authors: string[]; sources: string[] }
}

declare const data: DataPageData
export { data }

const LABELS: Record<Form, string> = {
  zip: 'Hent hele pakken (ZIP)',
  datapackage: 'Beskrivelse af tabellerne (Frictionless Data Package)',
  checksums: 'Kontrolsummer',
  citation: 'Citation (Citation File Format)',
  license: 'Licens for data',
  changelog: 'Ændringslog',
  codebook: 'Kodebog',
  csv: 'CSV (kanonisk)',
  'excel-csv': 'CSV til Excel',
  json: 'JSON',
  xlsx: 'Regneark (Excel, .xlsx)',
  'chart-csv': 'Tal bag en figur (CSV)',
  changes: 'Ændringer siden forrige version (JSON)',
  parquet: 'Parquet (koder som tekst, datoer som datoer)',
}
const TYPES: Record<Field['type'], string> = { string: 'tekst', integer: 'heltal', number: 'tal' }
/** The schema's patterns in words; any other pattern is shown as it is. */
const PATTERNS: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'id af små bogstaver, cifre og enkelte bindestreger',
  '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$': 'ISO-dato: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ',
  '^https://[^\\s]+$': 'https-adresse',
  '^[0-9]{4}$': 'firecifret kode',
}

const SHORT: Partial<Record<Form, string>> = { csv: 'CSV', 'excel-csv': 'Excel', json: 'JSON', parquet: 'Parquet' }

function download(f: ExportFile): DownloadFile {
  return { path: f.path, href: href.dataFile(f.path), label: LABELS[f.form], short: SHORT[f.form] ?? LABELS[f.form], form: f.form, bytes: f.bytes.length, size: formatBytes(f.bytes.length), sha256: sha256Hex(f.bytes) }
}

const countText = (rows: number, columns: number) => `${formatNumber(rows)} ${rows === 1 ? 'række' : 'rækker'} og ${formatNumber(columns)} kolonner`

function columnsOf(r: Resource): ColumnInfo[] {
  const pk = r.schema.primaryKey
  return r.schema.fields.map((f) => {
    const c = f.constraints ?? {}
    const rules: ColumnRule[] = []
    if (pk.includes(f.name)) rules.push({ label: pk.length === 1 ? 'primærnøgle (unik)' : 'del af primærnøglen' })
    rules.push({ label: c.required ? 'påkrævet' : 'kan være tom' })
    if (c.unique) rules.push({ label: 'unik' })
    // File names of the source texts are internal to the project: say what they are, not which.
    if (c.enum && c.enum.some((v) => /\.[a-z]+$/.test(v))) rules.push({ label: 'et af kildeteksternes filnavne' })
    else if (c.enum) rules.push({ label: 'én af', values: c.enum })
    if (c.pattern) rules.push(PATTERNS[c.pattern] ? { label: PATTERNS[c.pattern]! } : { label: 'mønster', values: [c.pattern] })
    if (c.minimum !== undefined) rules.push({ label: `mindst ${c.minimum}` })
    if (c.maximum !== undefined) rules.push({ label: `højst ${c.maximum}` })
    for (const fk of r.schema.foreignKeys ?? []) {
      const i = fk.fields.indexOf(f.name)
      if (i < 0) continue
      const target = fk.reference.resource === '' ? r.name : fk.reference.resource
      rules.push({ label: 'henviser til', values: [`${target}.${fk.reference.fields[i]}`] })
    }
    return { name: f.name, title: f.title, type: TYPES[f.type], description: f.description, rules }
  })
}

/** "2 tabeller tilføjet; 120 rækker tilføjet, 1 fjernet og 14 ændret" */
function changesText(c: ReleaseChanges): string {
  if (!c.previous) return 'den første version'
  const n = (k: number, one: string, many: string) => `${formatNumber(k)} ${k === 1 ? one : many}`
  const parts = [
    c.tables_added.length ? `${n(c.tables_added.length, 'tabel', 'tabeller')} tilføjet` : '',
    c.tables_removed.length ? `${n(c.tables_removed.length, 'tabel', 'tabeller')} fjernet` : '',
    `${n(c.totals.added, 'række', 'rækker')} tilføjet, ${formatNumber(c.totals.removed)} fjernet og ${formatNumber(c.totals.changed)} ændret`,
  ].filter(Boolean)
  return `siden ${c.previous}: ${parts.join('; ')}`
}

/** Every version, newest first: this one (its changes from the exports), then each kept release. */
function versionList(current: string, files: readonly ExportFile[]): DataPageData['versions'] {
  const kept = keptReleases(DATA_DIR)
  const own = JSON.parse(new TextDecoder().decode(files.find((f) => f.form === 'changes')!.bytes)) as ReleaseChanges
  const all = [own, ...kept.map((r, k) => releaseChanges(r.version, r.files, kept[k - 1] ?? null)).reverse()]
  return all.map((c, i) => ({
    version: c.version,
    current: i === 0 && c.version === current,
    href: href.dataFile(`${versionFolder(c.version)}/datapackage.json`),
    changesHref: href.dataFile(`${versionFolder(c.version)}/changes.json`),
    changesText: changesText(c),
    removed: c.previous ? Object.entries(c.tables).flatMap(([t, x]) => x.removed.map((id) => `${t}: ${id}`)) : [],
  }))
}

export default defineLoader({
  watch: ['../../data/*', '../../CITATION.cff'],
  async load(): Promise<DataPageData> {
    const tables = loadData()
    const { pkg } = checkDataOnce()
    // The set the build writes (built once per build; under `vitepress dev`, once per state of the data).
    const { files } = await exportsOnce(pkg, tables)
    const cff = readCitation(join(PROJECT_ROOT, 'CITATION.cff'))
    // The data's public address, only when the site's is set (SITE_URL); never a made-up one.
    const site = readSiteUrl()
    const dataUrl = site ? canonicalUrl(site, '/data/') : null
    const rowsOf = tables as unknown as Record<string, unknown[]>
    const licence = pkg.licenses[0]
    if (!licence) throw new Error('datapackage.json: expected a licence, found none')
    const order: Form[] = ['zip', 'xlsx', 'datapackage', 'checksums', 'changes', 'citation', 'license', 'changelog', 'codebook', 'chart-csv']
    const packageFiles = files
      .filter((f) => !f.resource)
      .sort((a, b) => order.indexOf(a.form) - order.indexOf(b.form))
      .map(download)
    const tableInfos = pkg.resources.map((r): TableInfo => ({
      name: r.name,
      title: r.title,
      description: r.description,
      rows: rowsOf[r.name]?.length ?? 0,
      rowsText: formatNumber(rowsOf[r.name]?.length ?? 0),
      countText: countText(rowsOf[r.name]?.length ?? 0, r.schema.fields.length),
      primaryKey: r.schema.primaryKey,
      columns: columnsOf(r),
      files: files.filter((f) => f.resource === r.name).map(download),
    }))
    const totalRows = tableInfos.reduce((n, t) => n + t.rows, 0)
    return {
      title: pkg.title,
      version: pkg.version,
      released: cff.dateReleased,
      releasedText: formatDate(cff.dateReleased),
      licence: { name: licence.name, title: licence.title, url: licence.path, short: licence.name.replace(/^CC-BY-/, 'CC BY ') },
      totalRows,
      extentText: `${formatNumber(tableInfos.length)} tabeller med i alt ${formatNumber(totalRows)} rækker`,
      mainFiles: packageFiles.filter((f) => f.form === 'zip' || f.form === 'xlsx' || f.form === 'datapackage'),
      allFiles: [...packageFiles, ...tableInfos.flatMap((t) => t.files)],
      excelText: 'den samme tabel som CSV til et regneark med dansk opsætning (semikolon, decimalkomma, UTF-8 med BOM); importér den, og sæt kolonner med koder (kommunekode, regionskode) til tekst i importdialogen, ellers bliver 0101 til 101. Tekst, der begynder med =, +, - eller @, har fået et ekstra \' foran, så regnearket ikke kører den som en formel; det gælder også nogle få ordrette citater, så fjern præcis ét \' foran for at få citatet tilbage.',
      pitfalls: pitfalls(tables).da,
      snippets: [
        { id: 'pandas', label: 'Python med pandas', code: pandasSnippet() },
        { id: 'duckdb', label: 'DuckDB (SQL)', code: duckdbSnippet(pkg) },
        { id: 'readr', label: 'R med readr', code: readrSnippet(pkg) },
      ],
      snippetDir: SNIPPET_DIR,
      // Newest first: this version, then each earlier release kept in data/releases/.
      versions: versionList(pkg.version, files),
      tables: tableInfos,
      citation: {
        text: citationText(cff, dataUrl),
        bibtex: citationBibtex(cff, undefined, dataUrl),
        authors: cff.authors,
        sources: [...new Set(cff.references.flatMap((r) => r.authors))],
      },
    }
  },
})
