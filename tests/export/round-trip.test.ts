import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkData, DATA_DIR } from '../../scripts/data/load-data.ts'
import type { Resource } from '../../scripts/data/package-schema.ts'
import type { TypedRow } from '../../scripts/data/check-table.ts'
import { chartData } from '../../scripts/export/chart-data.ts'
import { buildExports, excelName, type ExportSet, jsonName, MANIFEST_NAME, SUMS_NAME, ZIP_NAME } from '../../scripts/export/export-files.ts'
import { type Manifest, sha256Hex } from '../../scripts/export/manifest.ts'
import { parseExcelCsv, plainRows } from './helpers.ts'
import { realExports } from './real-exports.ts'

let exports: ExportSet
let resources: Resource[]
let tables: Record<string, TypedRow[]>
let out: string
const fileOf = (path: string) => {
  const f = exports.files.find((x) => x.path === path)
  if (!f) throw new Error(`no exported file ${path}`)
  return f.bytes
}

beforeAll(async () => {
  const real = await realExports()
  exports = real.exports
  resources = real.result.pkg.resources
  tables = real.result.tables as unknown as Record<string, TypedRow[]>
  // The exports as the build writes them, in a folder of their own.
  out = mkdtempSync(join(tmpdir(), 'nsk-exports-'))
  for (const f of exports.files) {
    mkdirSync(dirname(join(out, f.path)), { recursive: true })
    writeFileSync(join(out, f.path), f.bytes)
  }
})
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('canonical CSV', () => {
  it('is byte for byte the file in data/', () => {
    for (const r of resources) expect(Buffer.compare(fileOf(r.path), readFileSync(join(DATA_DIR, r.path))), r.path).toBe(0)
  })

  it('is described by datapackage.json with the bytes and SHA-256 of each file; otherwise the descriptor in data/', () => {
    const served = JSON.parse(new TextDecoder().decode(fileOf('datapackage.json'))) as { resources: { name: string; path: string; bytes: number; hash: string }[] }
    const source = JSON.parse(readFileSync(join(DATA_DIR, 'datapackage.json'), 'utf8')) as { resources: Record<string, unknown>[] }
    // The tables are the files in data/; each chart's CSV (a resource after them) is the file the build writes.
    const charts = exports.files.filter((f) => f.form === 'chart-csv')
    for (const r of served.resources) {
      const bytes = r.path.startsWith('charts/') ? fileOf(r.path) : readFileSync(join(DATA_DIR, r.path))
      expect(r.bytes, r.path).toBe(bytes.length)
      expect(r.hash, r.path).toBe(`sha256:${sha256Hex(bytes)}`)
    }
    expect(served.resources.slice(source.resources.length).map((r) => r.path)).toEqual(charts.map((f) => f.path))
    const stripped = { ...served, resources: served.resources.slice(0, source.resources.length).map(({ bytes: _b, hash: _h, ...rest }) => rest) }
    expect(stripped).toEqual(source)
  })

  it('parses back, through the data module, to exactly the data rows', () => {
    const back = checkData({ dataDir: out, label: 'exported' })
    expect(back.problems).toEqual([])
    for (const r of resources) expect(plainRows(r, (back.tables as unknown as Record<string, TypedRow[]>)[r.name]!), r.name).toEqual(plainRows(r, tables[r.name]!))
  })
})

describe('CSV til Excel', () => {
  it('parses back to exactly the data rows, for every table', () => {
    for (const r of resources) {
      const back = parseExcelCsv(fileOf(excelName(r)), r)
      expect(back.header, r.name).toEqual(r.schema.fields.map((f) => f.name))
      expect(back.rows, r.name).toEqual(plainRows(r, tables[r.name]!))
      expect(back.rows.length).toBe(tables[r.name]!.length)
    }
  })

  it('made the real text cells that start like a formula inert', () => {
    // initiative_actors quotes OCR text that begins "@ge" (Øge); a spreadsheet would read @ as a function.
    const escaped = resources.flatMap((r) => {
      const text = new TextDecoder().decode(fileOf(excelName(r)))
      return [...text.matchAll(/(?:^|;|\r\n)"'([=+\-@\t\r'][^"]{0,12})/g)].map((m) => `${r.name}: ${m[1]}`)
    })
    expect(escaped.length).toBeGreaterThan(0)
    expect(escaped.some((e) => e.startsWith('initiative_actors: @'))).toBe(true)
  })
})

describe('JSON', () => {
  it('parses back to exactly the data rows, typed, columns in schema order', () => {
    for (const r of resources) {
      const rows = JSON.parse(new TextDecoder().decode(fileOf(jsonName(r)))) as Record<string, unknown>[]
      expect(rows, r.name).toEqual(plainRows(r, tables[r.name]!))
      for (const row of rows) expect(Object.keys(row)).toEqual(r.schema.fields.map((f) => f.name))
      for (const f of r.schema.fields) {
        const want = f.type === 'string' ? 'string' : 'number'
        for (const row of rows) if (row[f.name] !== null) expect(typeof row[f.name], `${r.name}.${f.name}`).toBe(want)
      }
    }
  })
})

describe('ZIP and checksums', () => {
  it('holds every file of the package at its root (datapackage.json where readers look), each matching its checksum', async () => {
    const manifest = JSON.parse(new TextDecoder().decode(fileOf(MANIFEST_NAME))) as Manifest
    const zip = await JSZip.loadAsync(fileOf(ZIP_NAME))
    const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort()
    const charts = exports.files.filter((f) => f.form === 'chart-csv').map((f) => f.path)
    expect(charts.length).toBeGreaterThan(0)
    const expected = ['datapackage.json', ...resources.map((r) => r.path), ...charts, 'CITATION.cff', 'LICENSE', 'CHANGELOG.md', 'README.md']
    expect(names).toEqual(expected.sort())
    expect(manifest.zip.entries.map((e) => e.path).sort()).toEqual(names)
    for (const entry of manifest.zip.entries) {
      const bytes = await zip.file(entry.path)!.async('uint8array')
      expect(sha256Hex(bytes), entry.path).toBe(entry.sha256)
      expect(bytes.length).toBe(entry.bytes)
      // The same file as served under /data/, byte for byte.
      const served = manifest.files.find((f) => f.path === entry.path)!
      expect(served.sha256, entry.path).toBe(entry.sha256)
    }
  })

  it('holds the checksum and size of every file written, and SHA256SUMS agrees', () => {
    const manifest = JSON.parse(new TextDecoder().decode(fileOf(MANIFEST_NAME))) as Manifest
    const written = exports.files.filter((f) => f.path !== MANIFEST_NAME && f.path !== SUMS_NAME)
    expect(manifest.files.map((f) => f.path)).toEqual(written.map((f) => f.path))
    for (const f of written) {
      const m = manifest.files.find((x) => x.path === f.path)!
      expect(m.sha256, f.path).toBe(sha256Hex(f.bytes))
      expect(m.bytes, f.path).toBe(f.bytes.length)
    }
    const sums = new TextDecoder().decode(fileOf(SUMS_NAME)).trimEnd().split('\n')
    expect(sums).toEqual(manifest.files.map((f) => `${f.sha256}  ${f.path}`))
    // Four forms per table (CSV, Excel CSV, JSON, Parquet), plus the package files.
    expect(manifest.files.filter((f) => f.resource).length).toBe(resources.length * 4)
  })

  it('gives the same bytes when built again (the checksums on the page stay true)', async () => {
    const real = await realExports()
    const again = await buildExports(real.result.pkg, real.result.tables, { charts: chartData(real.result.tables) })
    expect(again.files.map((f) => [f.path, sha256Hex(f.bytes)])).toEqual(exports.files.map((f) => [f.path, sha256Hex(f.bytes)]))
  })
})

describe('the package the ZIP holds', () => {
  it('unpacks to a data package the data module reads without a problem', async () => {
    const zip = await JSZip.loadAsync(fileOf(ZIP_NAME))
    const dir = mkdtempSync(join(tmpdir(), 'nsk-unzipped-'))
    try {
      for (const f of Object.values(zip.files)) {
        if (f.dir) continue
        mkdirSync(dirname(join(dir, f.name)), { recursive: true })
        writeFileSync(join(dir, f.name), await f.async('uint8array'))
      }
      // Every table and every chart's CSV against its schema in the zipped datapackage.json.
      const back = checkData({ dataDir: dir, label: 'unzipped' })
      expect(back.problems).toEqual([])
      const charts = exports.files.filter((f) => f.form === 'chart-csv').length
      expect(Object.keys(back.tables).length).toBe(resources.length + charts)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('when the codebook is missing', () => {
  it('the package is built without it, and says nothing false about it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nsk-nocodebook-'))
    try {
      cpSync(DATA_DIR, dir, { recursive: true })
      rmSync(join(dir, 'README.md'), { force: true })
      const real = await realExports()
      const set = await buildExports(real.result.pkg, real.result.tables, { dataDir: dir })
      expect(set.files.some((f) => f.path === 'README.md')).toBe(false)
      const zip = await JSZip.loadAsync(set.files.find((f) => f.path === ZIP_NAME)!.bytes)
      expect(Object.keys(zip.files).some((n) => n.endsWith('/README.md'))).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
