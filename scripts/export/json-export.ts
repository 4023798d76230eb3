import type { Resource } from '../data/package-schema.ts'
import type { TypedRow } from '../data/check-table.ts'

export type JsonValue = string | number | null
export type JsonRow = Record<string, JsonValue>

/** The rows as plain objects in the schema's column order: numbers as numbers, empty as null. */
export function jsonRows(resource: Resource, rows: readonly TypedRow[]): JsonRow[] {
  return rows.map((row) => {
    const out: JsonRow = {}
    for (const f of resource.schema.fields) {
      const v = row[f.name]
      // undefined marks a cell the checks rejected; exports are only written from checked data.
      if (v === undefined) throw new Error(`${resource.name}.csv:${row._line}:${f.name}: expected a checked value, found none`)
      out[f.name] = v
    }
    return out
  })
}

/** `<table>.json`: an array of row objects, two-space indented, with a final newline. */
export function jsonExport(resource: Resource, rows: readonly TypedRow[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(jsonRows(resource, rows), null, 2) + '\n')
}
