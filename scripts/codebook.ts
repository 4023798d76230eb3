import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DERIVED_TABLES, deriveTables, derivedCsv } from './data/analysis-tables.ts'
import { codebookText } from './data/codebook.ts'
import { checkData, DATA_DIR, loadData } from './data/load-data.ts'
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
