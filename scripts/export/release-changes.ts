import Papa from 'papaparse'
import { entryOf, type ManifestFile, sha256Sums } from './manifest.ts'
import type { Release } from './releases.ts'

/**
 * What changed from one release to the next, table by table: rows added, removed and changed,
 * each named by its primary key (its id), and tables and columns added or removed. Read from the
 * two releases' own files (each release's datapackage.json gives its primary keys), so it says
 * exactly what a citation to a row of the earlier release finds in the later one. Published as
 * /data/v<version>/changes.json and listed on /data/.
 */
export interface TableChanges {
  added: string[]
  removed: string[]
  changed: string[]
  columns_added: string[]
  columns_removed: string[]
}
export interface ReleaseChanges {
  version: string
  /** The release it is compared with; null for the first. */
  previous: string | null
  tables_added: string[]
  tables_removed: string[]
  /** Per table present in both releases, or added (all its rows added). */
  tables: Record<string, TableChanges>
  totals: { added: number; removed: number; changed: number }
}

interface Descriptor {
  resources: { name: string; path: string; schema: { primaryKey: string[] | string } }[]
}
type Files = Release['files']

const text = (files: Files, path: string) => {
  const f = files.find((x) => x.path === path)
  return f ? new TextDecoder().decode(f.bytes) : null
}
const descriptorOf = (files: Files): Descriptor => JSON.parse(text(files, 'datapackage.json') ?? '{"resources":[]}') as Descriptor

/** The rows of a table keyed by their primary key (joined by " | " where it has several columns). */
function rowsOf(files: Files, r: Descriptor['resources'][number]): { columns: string[]; rows: Map<string, Record<string, string>> } {
  const csv = text(files, r.path)
  if (csv === null) throw new Error(`Release: expected ${r.path}, which its datapackage.json lists, found none`)
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })
  const key = Array.isArray(r.schema.primaryKey) ? r.schema.primaryKey : [r.schema.primaryKey]
  const rows = new Map<string, Record<string, string>>()
  for (const row of parsed.data) rows.set(key.map((k) => row[k] ?? '').join(' | '), row)
  return { columns: parsed.meta.fields ?? [], rows }
}

export function releaseChanges(version: string, files: Files, previous: Release | null): ReleaseChanges {
  const next = descriptorOf(files)
  const before = previous ? descriptorOf(previous.files) : { resources: [] }
  const names = (d: Descriptor) => d.resources.map((r) => r.name)
  const out: ReleaseChanges = {
    version,
    previous: previous?.version ?? null,
    tables_added: names(next).filter((n) => !names(before).includes(n)),
    tables_removed: names(before).filter((n) => !names(next).includes(n)),
    tables: {},
    totals: { added: 0, removed: 0, changed: 0 },
  }
  for (const r of next.resources) {
    const now = rowsOf(files, r)
    const old = before.resources.find((x) => x.name === r.name)
    const then = old && previous ? rowsOf(previous.files, old) : { columns: [], rows: new Map<string, Record<string, string>>() }
    // A row changed when a cell of a column both releases have differs.
    const shared = now.columns.filter((c) => then.columns.includes(c))
    const t: TableChanges = {
      added: [...now.rows.keys()].filter((k) => !then.rows.has(k)),
      removed: [...then.rows.keys()].filter((k) => !now.rows.has(k)),
      changed: [...now.rows.keys()].filter((k) => then.rows.has(k) && shared.some((c) => now.rows.get(k)![c] !== then.rows.get(k)![c])),
      columns_added: old ? now.columns.filter((c) => !then.columns.includes(c)) : [],
      columns_removed: old ? then.columns.filter((c) => !now.columns.includes(c)) : [],
    }
    out.tables[r.name] = t
    out.totals.added += t.added.length
    out.totals.removed += t.removed.length
    out.totals.changed += t.changed.length
  }
  for (const name of out.tables_removed) {
    const old = before.resources.find((x) => x.name === name)!
    const removed = [...rowsOf(previous!.files, old).rows.keys()]
    out.tables[name] = { added: [], removed, changed: [], columns_added: [], columns_removed: [] }
    out.totals.removed += removed.length
  }
  return out
}

export const CHANGES_NAME = 'changes.json'

export function changesJson(changes: ReleaseChanges): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(changes, null, 2) + '\n')
}

/**
 * The files published for a kept release: its files byte for byte as they were, and beside them
 * what it never had: its changes since the release before, and checksums of every file
 * (checksums.json and SHA256SUMS, for `sha256sum -c`). Nothing else is made for it: no ZIP or
 * workbook a version did not have.
 */
export function keptReleaseFiles(release: Release, previous: Release | null, name: string): Release['files'] {
  const own = release.files.filter((f) => f.path !== 'checksums.json' && f.path !== 'SHA256SUMS' && f.path !== CHANGES_NAME)
  const files = [...own, { path: CHANGES_NAME, bytes: changesJson(releaseChanges(release.version, release.files, previous)) }]
  const entries = files.map(entryOf)
  // checksums.json as the current version writes it, without a ZIP (this version had none).
  const manifest = { name, version: release.version, files: entries.map((e): ManifestFile => ({ ...e, form: formOf(e.path) })) }
  return [...files, { path: 'checksums.json', bytes: new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n') }, { path: 'SHA256SUMS', bytes: sha256Sums(entries) }]
}

function formOf(path: string): ManifestFile['form'] {
  if (path === 'datapackage.json') return 'datapackage'
  if (path === CHANGES_NAME) return 'changes'
  if (path === 'CITATION.cff') return 'citation'
  if (path === 'LICENSE') return 'license'
  if (path === 'CHANGELOG.md') return 'changelog'
  if (path === 'README.md') return 'codebook'
  return 'csv'
}
