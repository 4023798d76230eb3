import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DERIVED_TABLES, deriveTables, derivedCsv } from './data/analysis-tables.ts'
import { codebookText } from './data/codebook.ts'
import { checkData, DATA_DIR, loadData, PROJECT_ROOT } from './data/load-data.ts'
import { readPackage } from './data/package-schema.ts'
import { DataError } from './data/problems.ts'

// `npm run codebook` rewrites what data/ holds that is generated from the data: first the
// analysis-ready tables (scripts/data/analysis-tables.ts) from the faithful ones, then the
// generated parts of data/README.md (column tables, pitfalls) from datapackage.json and the data.
// The data check and tests/data/codebook.test.ts fail when either differs from what it gives.
const first = checkData()
// Problems in the derived files themselves (stale, missing) are what this rewrites; any other stops it.
const derivedFiles = new Set(DERIVED_TABLES.map((n) => `data/${n}.csv`))
const other = first.problems.filter((p) => !derivedFiles.has(p.file))
if (other.length) throw new DataError(other)
for (const table of deriveTables(first.tables)) {
  const path = join(DATA_DIR, `${table.name}.csv`)
  const text = derivedCsv(table)
  let before = ''
  try { before = readFileSync(path, 'utf8') } catch { /* a new table */ }
  if (before !== text) writeFileSync(path, text)
  console.log(`data/${table.name}.csv: ${before === text ? 'already matches the data' : 'rewritten'} (${table.rows.length} rows)`)
}
const path = join(DATA_DIR, 'README.md')
const before = readFileSync(path, 'utf8')
const after = codebookText(before, readPackage(join(DATA_DIR, 'datapackage.json')).resources, loadData())
writeFileSync(path, after)
console.log(before === after ? 'data/README.md: generated parts already match the data' : 'data/README.md: generated parts rewritten')

// The test fixtures' analysis tables too (tests/fixtures/minimal and tests/fixtures/charts): each
// is read with the real datapackage.json, a table it lacks made empty (as the tests do), and its
// derived tables rewritten from its own faithful ones.
for (const name of ['minimal', 'charts']) {
  const fixture = join(PROJECT_ROOT, 'tests', 'fixtures', name)
  const dir = mkdtempSync(join(tmpdir(), 'nsk-fixture-'))
  try {
    cpSync(fixture, dir, { recursive: true })
    cpSync(join(DATA_DIR, 'datapackage.json'), join(dir, 'datapackage.json'))
    for (const r of readPackage(join(dir, 'datapackage.json')).resources) {
      if (!existsSync(join(dir, r.path))) writeFileSync(join(dir, r.path), r.schema.fields.map((f) => f.name).join(',') + '\n')
    }
    const { tables, problems } = checkData({ dataDir: dir, sourcesDir: join(dir, 'no-sources'), requireSources: false })
    const broken = problems.filter((p) => !derivedFiles.has(p.file.replace(/^.*\//, 'data/')))
    if (broken.length) throw new DataError(broken)
    for (const table of deriveTables(tables)) writeFileSync(join(fixture, `${table.name}.csv`), derivedCsv(table))
    console.log(`tests/fixtures/${name}: analysis tables rewritten from its faithful tables`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
