import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import type { Field, Resource } from '../data/package-schema.ts'

/**
 * Each table as Parquet, written by DuckDB from the canonical CSV with the schema's types: codes
 * and every other text as strings (VARCHAR, so 0101 stays 0101), integers as BIGINT, numbers as
 * DOUBLE, and columns that only hold whole days (date_start, date_end, archive_date) as DATE. A
 * `date` column of mixed precision stays a string: a Parquet date would give 2018 a day.
 */
const ISO_DAY = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
export const parquetName = (r: Resource) => `${r.name}.parquet`

function sqlType(f: Field): string {
  if (f.type === 'integer') return 'BIGINT'
  if (f.type === 'number') return 'DOUBLE'
  return f.constraints?.pattern === ISO_DAY ? 'DATE' : 'VARCHAR'
}
const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`

/** Every table's Parquet bytes, in the order given; one DuckDB instance, one thread (the same bytes every build). */
export async function parquetFiles(tables: { resource: Resource; csv: Uint8Array }[]): Promise<Uint8Array[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nsk-parquet-'))
  const db = await DuckDBInstance.create(':memory:', { threads: '1' })
  const c = await db.connect()
  try {
    const out: Uint8Array[] = []
    for (const { resource, csv } of tables) {
      const input = join(dir, `${resource.name}.csv`)
      const output = join(dir, parquetName(resource))
      writeFileSync(input, csv)
      const columns = resource.schema.fields.map((f) => `${sqlString(f.name)}: ${sqlString(sqlType(f))}`).join(', ')
      await c.run(
        `COPY (SELECT * FROM read_csv(${sqlString(input)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}})) TO ${sqlString(output)} (FORMAT PARQUET, COMPRESSION ZSTD)`,
      )
      out.push(new Uint8Array(readFileSync(output)))
    }
    return out
  } finally {
    c.closeSync()
    rmSync(dir, { recursive: true, force: true })
  }
}
