/**
 * Real readers on the real package: the ZIP unpacked as a user would, then the Data page's pandas
 * and DuckDB snippets run on it, and the types they produce checked against the schema (codes as
 * text, integers and numbers as numbers, day-precise dates as dates). pandas is Debian's
 * python3-pandas, DuckDB the npm package @duckdb/node-api. On a machine without pandas the test
 * says so and skips it; under CI=true it never skips (.ci/run installs python3-pandas).
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Field } from '../../scripts/data/package-schema.ts'
import { ZIP_NAME } from '../../scripts/export/export-files.ts'
import { duckdbSnippet, ISO_DAY, pandasSnippet } from '../../scripts/export/snippets.ts'
import { realExports } from './real-exports.ts'

const dir = mkdtempSync(join(tmpdir(), 'nsk-readers-'))
const pkgDir = join(dir, 'negativ-social-kontrol-data')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let resources: { name: string; schema: { fields: Field[] } }[] = []
beforeAll(async () => {
  const { exports, result } = await realExports()
  resources = result.pkg.resources
  const zip = await JSZip.loadAsync(exports.files.find((f) => f.path === ZIP_NAME)!.bytes)
  const { mkdirSync } = await import('node:fs')
  mkdirSync(pkgDir, { recursive: true })
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue
    mkdirSync(dirname(join(pkgDir, f.name)), { recursive: true })
    writeFileSync(join(pkgDir, f.name), await f.async('uint8array'))
  }
})

/** A Python with pandas: Debian's first (a pyenv python3 on PATH may lack it). */
function pythonWithPandas(): string | null {
  for (const py of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(py, ['-c', 'import pandas'], { stdio: 'pipe' })
      return py
    } catch {
      // try the next
    }
  }
  return null
}
const python = pythonWithPandas()
if (!python) {
  if (process.env.CI === 'true') throw new Error('pandas is needed for this test under CI=true: apt-get install python3-pandas (.ci/run does)')
  console.warn('readers.test.ts: no Python with pandas found (apt-get install python3-pandas); the pandas test is skipped on this machine')
}

describe.skipIf(!python)('the pandas snippet', () => {
  it('reads every table with the schema\'s types', () => {
    const report = `
import json
out = {}
for name, df in tables.items():
    out[name] = {"dtypes": {c: str(t) for c, t in df.dtypes.items()}, "rows": len(df)}
k = tables["kommuner"]
out["_kommunekode"] = k["kommunekode"].iloc[0]
out["_regionskode"] = sorted(set(k["regionskode"]))
e = tables["events"]
out["_day"] = str(e.loc[e["date_precision"] == "day", "date_start"].iloc[0].date())
out["_year"] = [e.loc[e["date_precision"] == "year", "date"].iloc[0], str(e.loc[e["date_precision"] == "year", "date_start"].iloc[0].date()), str(e.loc[e["date_precision"] == "year", "date_end"].iloc[0].date())]
print(json.dumps(out))
`
    const script = join(dir, 'read.py')
    writeFileSync(script, pandasSnippet(pkgDir) + report)
    const out = JSON.parse(execFileSync(python!, [script], { encoding: 'utf8', cwd: dir })) as Record<string, { dtypes: Record<string, string>; rows: number }> & { _kommunekode: string; _regionskode: string[]; _day: string; _year: string[] }
    for (const r of resources) {
      const got = out[r.name]!
      expect(got, r.name).toBeDefined()
      for (const f of r.schema.fields) {
        const expected = f.type === 'integer' ? 'Int64' : f.type === 'number' ? 'float64' : f.constraints?.pattern === ISO_DAY ? 'datetime64[ns]' : 'object'
        expect(got.dtypes[f.name], `${r.name}.${f.name}`).toBe(expected)
      }
    }
    expect(out._kommunekode).toBe('0101')
    expect(out._regionskode.every((c) => /^\d{4}$/.test(c))).toBe(true)
    expect(out._day).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // A year stays the source's text; its interval is two dates, the year's first and last day.
    expect(out._year).toEqual([out._year[0], `${out._year[0]}-01-01`, `${out._year[0]}-12-31`])
    expect(out._year[0]).toMatch(/^\d{4}$/)
  })
})

describe('the DuckDB snippet', () => {
  it('reads every table with the schema\'s types', async () => {
    const db = await DuckDBInstance.create(':memory:')
    const c = await db.connect()
    try {
      // The snippet's paths are relative to the folder it runs in.
      const sql = duckdbSnippet({ resources } as never, pkgDir)
      for (const statement of sql.split('\n').filter((l) => l.startsWith('CREATE'))) await c.run(statement)
      const DUCK: Record<Field['type'], string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE' }
      const duckType = (f: Field) => (f.constraints?.pattern === ISO_DAY ? 'DATE' : DUCK[f.type])
      for (const r of resources) {
        const rows = (await c.runAndReadAll(`DESCRIBE ${r.name}`)).getRowObjects() as { column_name: string; column_type: string }[]
        const types = new Map(rows.map((x) => [x.column_name, x.column_type]))
        for (const f of r.schema.fields) expect(types.get(f.name), `${r.name}.${f.name}`).toBe(duckType(f))
      }
      const code = (await c.runAndReadAll(`SELECT kommunekode FROM kommuner ORDER BY kommunekode LIMIT 1`)).getRows()[0]![0]
      expect(code).toBe('0101')
      // Quarters and seasons are intervals of dates, sorted and filtered as dates.
      const quarter = (await c.runAndReadAll(`SELECT CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR) FROM events WHERE date_precision = 'quarter' ORDER BY date_start LIMIT 1`)).getRows()[0]!
      expect(quarter.map(String).every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true)
      const sum = (await c.runAndReadAll(`SELECT sum(amount_mio_dkk) FROM funding WHERE level = 'part' AND parent_id = 'fl21-frame'`)).getRows()[0]![0]
      expect(Math.round(Number(sum) * 10) / 10).toBe(39.6)
    } finally {
      c.closeSync()
    }
  })
})

describe('the Parquet files, read by DuckDB', () => {
  it('hold every table with codes as strings, interval days as dates and the schema\'s numbers', async () => {
    const { exports, result } = await realExports()
    const db = await DuckDBInstance.create(':memory:')
    const c = await db.connect()
    try {
      const DAY = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
      const want = (f: Field) => (f.type === 'integer' ? 'BIGINT' : f.type === 'number' ? 'DOUBLE' : f.constraints?.pattern === DAY ? 'DATE' : 'VARCHAR')
      for (const r of result.pkg.resources) {
        const file = exports.files.find((f) => f.path === `${r.name}.parquet`)
        expect(file, `${r.name}.parquet`).toBeDefined()
        const path = join(dir, `${r.name}.parquet`)
        writeFileSync(path, file!.bytes)
        const cols = (await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${path}')`)).getRowObjects() as { column_name: string; column_type: string }[]
        expect(cols.map((x) => [x.column_name, x.column_type]), r.name).toEqual(r.schema.fields.map((f) => [f.name, want(f)]))
        const n = Number((await c.runAndReadAll(`SELECT count(*) FROM read_parquet('${path}')`)).getRows()[0]![0])
        expect(n, r.name).toBe((result.tables as unknown as Record<string, unknown[]>)[r.name]!.length)
      }
      const code = (await c.runAndReadAll(`SELECT kommunekode FROM read_parquet('${join(dir, 'kommuner.parquet')}') ORDER BY kommunekode LIMIT 1`)).getRows()[0]![0]
      expect(code).toBe('0101')
      // A year-precise date stays the source's text; its interval is two dates.
      const year = (await c.runAndReadAll(`SELECT date, CAST(date_start AS VARCHAR), CAST(date_end AS VARCHAR) FROM read_parquet('${join(dir, 'events.parquet')}') WHERE date_precision = 'year' LIMIT 1`)).getRows()[0]!
      expect(year[0]).toMatch(/^\d{4}$/)
      expect([year[1], year[2]]).toEqual([`${year[0]}-01-01`, `${year[0]}-12-31`])
    } finally {
      c.closeSync()
    }
  })
})
