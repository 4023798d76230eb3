import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, inject } from 'vitest'
import { MANIFEST_NAME, SUMS_NAME, ZIP_NAME } from '../../scripts/export/export-files.ts'
import { type Manifest, sha256Hex } from '../../scripts/export/manifest.ts'
import { realExports } from './real-exports.ts'

// Reads the site tests/build-setup.ts built for this test run (the `site` project).
const DIST = inject('distDir')
const DATA = join(DIST, 'data')
let manifest: Manifest
let html: string

beforeAll(() => {
  if (!existsSync(join(DATA, MANIFEST_NAME))) throw new Error(`expected a built site with ${join(DATA, MANIFEST_NAME)}: the build wrote none`)
  manifest = JSON.parse(readFileSync(join(DATA, MANIFEST_NAME), 'utf8')) as Manifest
  html = readFileSync(join(DIST, 'data', 'index.html'), 'utf8')
})

describe('the built site: .vitepress/dist/data/', () => {
  it('holds every file the manifest lists, with that size and SHA-256', () => {
    expect(manifest.files.length).toBeGreaterThan(40)
    for (const f of manifest.files) {
      const path = join(DATA, f.path)
      expect(existsSync(path), f.path).toBe(true)
      const bytes = readFileSync(path)
      expect(bytes.length, f.path).toBe(f.bytes)
      expect(sha256Hex(bytes), f.path).toBe(f.sha256)
    }
    expect(existsSync(join(DATA, SUMS_NAME))).toBe(true)
  })

  it('was built from the data as it is now (same files as building the exports again)', async () => {
    const { exports } = await realExports()
    const now = new Map(exports.manifest.files.map((f) => [f.path, f.sha256]))
    const stale = manifest.files.filter((f) => now.get(f.path) !== f.sha256).map((f) => f.path)
    const missing = exports.manifest.files.filter((f) => !manifest.files.some((m) => m.path === f.path)).map((f) => f.path)
    expect({ stale, missing }, 'the built site differs from the exports built from the data now').toEqual({ stale: [], missing: [] })
    expect(manifest).toEqual(exports.manifest)
  })
})

describe('the built Data page (/data/, the download folder\'s index)', () => {
  it('links every table in all three forms and the ZIP, plain /data/ URLs with download', () => {
    // Vue adds scoped-style attributes (data-v-…) after ours.
    const links = [...html.matchAll(/<a href="(\/data\/[^"]+)" download(?:="")?[\s>]/g)].map((m) => m[1])
    const expected = [...manifest.files.map((f) => `/data/${f.path}`), `/data/${MANIFEST_NAME}`, `/data/${SUMS_NAME}`]
    expect(new Set(links)).toEqual(new Set(expected))
    expect(links).toContain(`/data/${ZIP_NAME}`)
  })

  it('comes from the one set of downloads the build made (built once, not again for this page)', () => {
    // scripts/build.ts stops when the exports were built more than once; this reads what it said.
    expect(inject('buildLog')).toMatch(new RegExp(`^downloads: ${manifest.files.length + 2} files, built once$`, 'm'))
  })

  it('lists every file with the SHA-256 of the very file written', () => {
    const table = html.slice(html.indexOf('class="files-table"'))
    const shown = new Map([...table.matchAll(/<a href="\/data\/([^"]+)" download[^>]*>.*?<code class="sha"[^>]*>([0-9a-f]{64})<\/code>/gs)].map((m) => [m[1]!, m[2]!]))
    for (const [path, sha] of shown) expect(sha256Hex(readFileSync(join(DATA, path))), path).toBe(sha)
    for (const f of manifest.files) expect(shown.get(f.path), f.path).toBe(f.sha256)
  })

  it('has a column table with header cells for every table, inside a focusable scroll region', () => {
    const regions = [...html.matchAll(/<div[^>]*class="scroll"[^>]*>/g)].map((m) => m[0])
    const tables = new Set(manifest.files.filter((f) => f.resource).map((f) => f.resource))
    expect(regions.length).toBe(tables.size + 2) // each table's columns, the overview, the file list
    for (const r of regions) {
      expect(r).toMatch(/role="region"/)
      expect(r).toMatch(/tabindex="0"/)
    }
    expect(regions.filter((r) => /aria-label="Kolonner i [a-z0-9_]+ \(rul vandret\)"/.test(r)).length).toBe(tables.size)
    expect(html.match(/<th scope="col"[^>]*>Kolonne<\/th>/g)?.length).toBe(tables.size)
  })

  it('shows each column table collapsed, with Danish titles and descriptions from datapackage.json', () => {
    const details = [...html.matchAll(/<details[^>]*class="columns"[^>]*>/g)].map((m) => m[0])
    const tables = new Set(manifest.files.filter((f) => f.resource).map((f) => f.resource))
    expect(details.length).toBe(tables.size)
    for (const d of details) expect(d).not.toMatch(/\sopen[\s=>]/)
    expect(html).toContain('Beløb (mio. kr.)')
    expect(html).toContain('Beløbet i millioner kroner')
    // No English description in the page's content (the header's language switch to /en/data/ is marked English, rightly).
    expect(html.slice(html.indexOf('class="vp-doc'))).not.toContain('lang="en"')
  })

  it('names no internal path of the project', () => {
    for (const internal of ['supplementary.md', 'shared/', '000_d5dc35c3d3257b96']) expect(html, internal).not.toContain(internal)
  })

  it('has a Faldgruber section made from the data', () => {
    expect(html).toMatch(/<h2[^>]*id="faldgruber"/)
    expect(html).toContain('fl21-frame')
    expect(html).toContain('not_reported')
    expect(html).toContain('date_precision')
  })

  it('shows the data version, the licence and how to cite', () => {
    expect(html).toContain(`Version ${manifest.version} (`)
    expect(html).toContain('href="https://creativecommons.org/licenses/by/4.0/" rel="license"')
    expect(html).toMatch(/Negativ social kontrol i tal \(\d{4}\)\. Danmarks indsats/)
    expect(html).toContain('@misc{')
  })
})
