import { createHash } from 'node:crypto'

/** What kind of download a file is; the Data page labels it from this. */
export type Form = 'csv' | 'excel-csv' | 'json' | 'xlsx' | 'datapackage' | 'zip' | 'citation' | 'license' | 'changelog' | 'codebook' | 'checksums' | 'chart-csv' | 'changes' | 'parquet'

export interface FileBytes {
  path: string
  bytes: Uint8Array
}
export interface ManifestEntry {
  path: string
  bytes: number
  sha256: string
}
export interface ManifestFile extends ManifestEntry {
  form: Form
  /** The table a per-table file belongs to. */
  resource?: string
}
/** checksums.json: every file under /data/ (but itself and SHA256SUMS) and what the ZIP holds. */
export interface Manifest {
  name: string
  version: string
  files: ManifestFile[]
  zip: { path: string; entries: ManifestEntry[] }
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function entryOf(file: FileBytes): ManifestEntry {
  return { path: file.path, bytes: file.bytes.length, sha256: sha256Hex(file.bytes) }
}

export function manifestJson(manifest: Manifest): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(manifest, null, 2) + '\n')
}

/** The same checksums in the format `sha256sum -c SHA256SUMS` checks. */
export function sha256Sums(entries: readonly ManifestEntry[]): Uint8Array {
  return new TextEncoder().encode(entries.map((e) => `${e.sha256}  ${e.path}\n`).join(''))
}
