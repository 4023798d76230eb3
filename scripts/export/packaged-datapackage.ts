import type { FileBytes } from './manifest.ts'
import { sha256Hex } from './manifest.ts'

/**
 * data/datapackage.json as it is served and zipped: every resource with the `bytes` and `hash`
 * (`sha256:<hex>`, as the Data Package spec writes a hash other than MD5) of the CSV it names,
 * so a reader can check each file against the package. The CSVs are the files in data/, byte
 * for byte; the descriptor in data/ itself carries no hashes, which would change with every edit.
 * `extra` resources (each chart's CSV, made by the build) follow the tables.
 */
export function packagedDatapackage(descriptor: Uint8Array, csvs: readonly FileBytes[], extra: readonly Record<string, unknown>[] = [], homepage: string | null = null): Uint8Array {
  const parsed = JSON.parse(new TextDecoder().decode(descriptor)) as { resources: { path: string; [k: string]: unknown }[]; homepage?: string }
  if (parsed.homepage) throw new Error('datapackage.json: expected no homepage (it comes from SITE_URL), found one')
  // The data's public address (the Data page), only when the site's is set; right after the title, where readers look.
  const pkg = homepage ? (Object.fromEntries(Object.entries(parsed).flatMap(([k, v]) => (k === 'title' ? [[k, v], ['homepage', homepage]] : [[k, v]]))) as typeof parsed) : parsed
  pkg.resources = [...pkg.resources, ...(extra as { path: string }[])].map((r) => {
    const file = csvs.find((f) => f.path === r.path)
    if (!file) throw new Error(`Exports: expected the file ${r.path} that datapackage.json names, found none`)
    // bytes and hash right after the path, where a reader looks for them.
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(r)) {
      if (k === 'bytes' || k === 'hash') continue
      out[k] = v
      if (k === 'path') Object.assign(out, { bytes: file.bytes.length, hash: `sha256:${sha256Hex(file.bytes)}` })
    }
    return out as typeof r
  })
  return new TextEncoder().encode(JSON.stringify(pkg, null, 2) + '\n')
}
