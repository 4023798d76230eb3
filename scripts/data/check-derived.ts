import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DERIVED_TABLES, deriveTables, derivedCsv } from './analysis-tables.ts'
import type { Resource } from './package-schema.ts'
import type { Problem } from './problems.ts'
import type { Tables } from './types.ts'

/** The message that marks a derived table as out of date; `npm run codebook` rewrites such files and only such. */
export const STALE = 'expected the rows `npm run codebook` derives from the faithful tables'

/**
 * Each analysis-ready table in the package (scripts/data/analysis-tables.ts) must be exactly what
 * the faithful tables give, so it never goes stale after a data change. Runs only on a package
 * whose faithful tables are free of problems (a derivation from broken rows says nothing).
 */
export function checkDerived(resources: readonly Resource[], tables: Tables, dataDir: string, fileOf: (name: string) => string, problems: Problem[]): void {
  const listed = new Set(resources.map((r) => r.name))
  if (!DERIVED_TABLES.some((n) => listed.has(n))) return // a package without them (test fixtures)
  let derived
  try {
    derived = deriveTables(tables)
  } catch (e) {
    problems.push({ file: fileOf(DERIVED_TABLES[0]), line: 1, column: '-', message: `expected the faithful tables to give the analysis tables, found ${(e as Error).message}` })
    return
  }
  for (const table of derived) {
    if (!listed.has(table.name)) {
      problems.push({ file: join(dataDir, 'datapackage.json'), line: 1, column: '-', message: `expected the analysis table ${table.name} among the resources, found none` })
      continue
    }
    const path = join(dataDir, `${table.name}.csv`)
    const want = derivedCsv(table).split('\n')
    const have = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : []
    const k = want.findIndex((line, i) => have[i] !== line)
    if (k >= 0 || have.length !== want.length) {
      const line = (k >= 0 ? k : Math.min(have.length, want.length)) + 1
      problems.push({ file: fileOf(table.name), line, column: '-', message: `${STALE} (run it), found a file that differs from line ${line}` })
    }
  }
}
