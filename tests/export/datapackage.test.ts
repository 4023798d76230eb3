import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { checkData, DATA_DIR } from '../../scripts/data/load-data.ts'
import { formatProblem } from '../../scripts/data/problems.ts'
import { sha256Hex } from '../../scripts/export/manifest.ts'

// The Frictionless specs' own JSON Schemas, vendored from their npm packages (see profiles/README.md).
const PROFILES = join(import.meta.dirname, 'profiles')
const EXPECTED_SHA256: Record<string, string> = {
  'tabular-data-package.json': '4a745be318ff775ab522ceb82a5a734790a5c7d2b67cc8f6bd1b7b0031549c5c',
  'table-schema.json': '2a2a8c7139e070356128f258776d9e1bd5eab25623eee55aeaaf058261e6d393',
}
const profile = (name: string) => {
  const bytes = readFileSync(join(PROFILES, name))
  return { sha256: sha256Hex(bytes), schema: JSON.parse(bytes.toString('utf8')) as object }
}

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
// "textarea" is a form hint of the profiles, not a constraint on the value.
ajv.addFormat('textarea', true)
const validatePackage = ajv.compile(profile('tabular-data-package.json').schema)
const validateTableSchema = ajv.compile(profile('table-schema.json').schema)

const pkgText = readFileSync(join(DATA_DIR, 'datapackage.json'), 'utf8')
const pkg = JSON.parse(pkgText) as { profile: string; resources: { name: string; profile?: string; schema: object }[] }
const errorsOf = (v: typeof validatePackage) => (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)

describe('datapackage.json against the Frictionless specs', () => {
  it('uses the unchanged published profiles', () => {
    for (const [name, sha] of Object.entries(EXPECTED_SHA256)) expect(profile(name).sha256, name).toBe(sha)
  })

  it('is a valid Tabular Data Package', () => {
    expect(pkg.profile).toBe('tabular-data-package')
    const ok = validatePackage(pkg)
    expect(errorsOf(validatePackage)).toEqual([])
    expect(ok).toBe(true)
  })

  it('has a valid Table Schema for every resource, each a tabular-data-resource', () => {
    expect(pkg.resources.length).toBeGreaterThan(0)
    for (const r of pkg.resources) {
      expect(r.profile, r.name).toBe('tabular-data-resource')
      const ok = validateTableSchema(r.schema)
      expect(errorsOf(validateTableSchema), r.name).toEqual([])
      expect(ok).toBe(true)
    }
  })

  it('would be rejected with what the specs forbid (the validation can fail)', () => {
    const broken = JSON.parse(pkgText) as Record<string, unknown> & { resources: Record<string, unknown>[] }
    broken.created = '2026-11-21' // a date, not a date-time
    ;(broken.resources[0]!.schema as Record<string, unknown>).foreignKeys = [] // at least one key if present
    ;(broken.resources[1]!.schema as { fields: Record<string, unknown>[] }).fields[0]!.type = 'text' // no such type
    expect(validatePackage(broken)).toBe(false)
    const errors = errorsOf(validatePackage).join('\n')
    expect(errors).toContain('/created must match format "date-time"')
    expect(errors).toContain('/resources/0/schema/foreignKeys must NOT have fewer than 1 items')
    expect(errors).toMatch(/\/resources\/1\/schema\/fields\/0/)
  })
})

describe('every CSV against its schema', () => {
  it('has no problem (the data module checks types, constraints and keys)', () => {
    const result = checkData()
    expect(result.problems.map(formatProblem)).toEqual([])
    expect(Object.keys(result.tables).sort()).toEqual(pkg.resources.map((r) => r.name).sort())
  })
})

describe('the published datapackage.json (served at /data/ and in the ZIP)', () => {
  it('is a valid Tabular Data Package with every table and every chart CSV, each with a valid Table Schema, bytes and hash', async () => {
    const { realExports } = await import('./real-exports.ts')
    const { exports } = await realExports()
    const served = JSON.parse(new TextDecoder().decode(exports.files.find((f) => f.path === 'datapackage.json')!.bytes)) as { resources: { name: string; path: string; schema: object; bytes: number; hash: string; description_en?: string }[] }
    expect(validatePackage(served), errorsOf(validatePackage).join('\n')).toBe(true)
    const charts = exports.files.filter((f) => f.form === 'chart-csv')
    expect(charts.length).toBeGreaterThan(0)
    expect(served.resources.map((r) => r.path)).toEqual([...pkg.resources.map((r) => (r as unknown as { path: string }).path), ...charts.map((f) => f.path)])
    for (const r of served.resources) {
      expect(validateTableSchema(r.schema), `${r.name}: ${errorsOf(validateTableSchema).join('\n')}`).toBe(true)
      expect(r.description_en?.length ?? 0, `${r.name} has an English description`).toBeGreaterThan(20)
      const file = exports.files.find((f) => f.path === r.path)!
      expect(r.bytes, r.path).toBe(file.bytes.length)
      expect(r.hash, r.path).toBe(`sha256:${sha256Hex(file.bytes)}`)
    }
  })
})
