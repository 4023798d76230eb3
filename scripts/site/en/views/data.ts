import { join } from 'node:path'
import type { Tables } from '../../../data/types.ts'
import { DATA_DIR } from '../../../data/load-data.ts'
import { readPackage } from '../../../data/package-schema.ts'
import { FORMATS } from '../../../format/locale.ts'

const en = FORMATS.en

/** The data page in English: the package and every table with its columns, in the descriptions' English (`description_en`). */
export function dataViewEn(t: Tables) {
  const pkg = readPackage(join(DATA_DIR, 'datapackage.json'))
  const licence = pkg.licenses[0]!
  const rowsOf = (name: string) => ((t as unknown as Record<string, unknown[]>)[name] ?? []).length
  const tables = pkg.resources
    .filter((r) => !r.name.startsWith('chart_'))
    .map((r) => ({
      name: r.name,
      description: r.description_en,
      rows: en.number(rowsOf(r.name)),
      count: `${en.number(rowsOf(r.name))} rows and ${en.number(r.schema.fields.length)} columns`,
      primaryKey: r.schema.primaryKey,
      columns: r.schema.fields.map((f) => ({ name: f.name, type: f.type, required: !!f.constraints?.required, description: f.description_en })),
      files: [
        { label: 'CSV', href: `/data/${r.name}.csv` },
        { label: 'JSON', href: `/data/${r.name}.json` },
        { label: 'Parquet', href: `/data/${r.name}.parquet` },
        { label: 'CSV for a Danish spreadsheet', href: `/data/${r.name}.excel.csv` },
      ],
    }))
  const totalRows = tables.reduce((s, x) => s + rowsOf(x.name), 0)
  return {
    title: pkg.title,
    description: pkg.description_en,
    version: pkg.version,
    licence: { title: licence.title, url: licence.path, short: licence.name.replace(/^CC-BY-/, 'CC BY ') },
    extent: `${en.number(tables.length)} tables with ${en.number(totalRows)} rows in all`,
    tables,
  }
}
export type DataViewEn = ReturnType<typeof dataViewEn>
