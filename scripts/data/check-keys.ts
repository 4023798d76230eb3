import type { Resource } from './package-schema.ts'
import { type Problem, shown } from './problems.ts'
import type { TypedRow } from './check-table.ts'

const keyOf = (row: TypedRow, fields: string[]) => fields.map((f) => String(row[f] ?? '')).join('\u0000')

/** Primary keys unique, `unique` fields unique, foreign keys resolving: across all tables. */
export function checkKeys(resources: Resource[], tables: Map<string, TypedRow[]>, fileOf: (name: string) => string, problems: Problem[]): void {
  for (const r of resources) {
    const rows = tables.get(r.name)
    if (!rows) continue
    const pk = r.schema.primaryKey
    const uniques = [pk, ...r.schema.fields.filter((f) => f.constraints?.unique).map((f) => [f.name])]
    for (const fields of uniques) {
      const first = new Map<string, number>()
      for (const row of rows) {
        if (fields.some((f) => row[f] === null || row[f] === undefined)) continue
        const k = keyOf(row, fields)
        const seen = first.get(k)
        if (seen !== undefined) {
          const column = fields[fields.length - 1]!
          const value = fields.map((f) => String(row[f])).join(', ')
          problems.push({ file: fileOf(r.name), line: row._line, column, message: `expected a unique ${fields.join(' + ')}, found ${shown(value)} again (first on line ${seen})` })
        } else first.set(k, row._line)
      }
    }
    for (const fk of r.schema.foreignKeys ?? []) {
      const target = fk.reference.resource === '' ? r.name : fk.reference.resource
      const targetRows = tables.get(target)
      if (!targetRows) continue
      const keys = new Set(targetRows.map((t) => keyOf(t, fk.reference.fields)))
      for (const row of rows) {
        if (fk.fields.some((f) => row[f] === null || row[f] === undefined)) continue
        if (!keys.has(keyOf(row, fk.fields))) {
          const value = fk.fields.map((f) => String(row[f])).join(', ')
          problems.push({ file: fileOf(r.name), line: row._line, column: fk.fields[fk.fields.length - 1]!, message: `expected an id of ${target}.csv (${fk.reference.fields.join(' + ')}), found ${shown(value)}` })
        }
      }
    }
  }
}
