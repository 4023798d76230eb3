import type { DataPackage, Field } from '../data/package-schema.ts'

/**
 * Code that reads every table with the schema's types, for the Data page: pandas and DuckDB (run
 * by the test suite, which checks the types they produce) and R's readr. Each expects the ZIP
 * unpacked into the folder DIR. Codes stay text, integers and numbers are numbers, and the columns
 * that only hold whole days (the intervals' `date_start` and `date_end`) are dates; `date`, the
 * source's own dating at its precision, stays text (a month or a year read as a date would add a
 * day the source never gave).
 */
export const SNIPPET_DIR = 'negativ-social-kontrol-data'
/** The pattern of a column that only holds whole days: read as a date by every snippet. */
export const ISO_DAY = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
const isDay = (f: Field) => f.type === 'string' && f.constraints?.pattern === ISO_DAY

export function pandasSnippet(dir = SNIPPET_DIR): string {
  return `import json
import pandas as pd

DIR = ${JSON.stringify(dir)}  # mappen, ZIP-filen er pakket ud i
ISO_DAY = ${JSON.stringify(ISO_DAY)}
pkg = json.load(open(f"{DIR}/datapackage.json", encoding="utf-8"))

def read_table(resource):
    # Alt som tekst først (koder som 0101 beholder deres nul); kun tomme celler er tomme.
    df = pd.read_csv(f"{DIR}/{resource['path']}", dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    for field in resource["schema"]["fields"]:
        name = field["name"]
        if field["type"] == "integer":
            df[name] = pd.to_numeric(df[name]).astype("Int64")
        elif field["type"] == "number":
            df[name] = pd.to_numeric(df[name]).astype("float64")
        elif field.get("constraints", {}).get("pattern") == ISO_DAY:
            # Hele dage (date_start, date_end) som datoer; date er kildens egen datering og forbliver tekst.
            df[name] = pd.to_datetime(df[name], format="%Y-%m-%d")
    return df

tables = {r["name"]: read_table(r) for r in pkg["resources"]}
`
}

const DUCKDB_TYPES: Record<Field['type'], string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE' }
const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`

export function duckdbSnippet(pkg: DataPackage, dir = SNIPPET_DIR): string {
  const lines = [`-- DuckDB: kør i mappen, hvor ZIP-filen er pakket ud i mappen ${dir}/`]
  for (const r of pkg.resources) {
    const columns = r.schema.fields.map((f) => `${sqlString(f.name)}: ${sqlString(isDay(f) ? 'DATE' : DUCKDB_TYPES[f.type])}`).join(', ')
    lines.push(`CREATE TABLE ${r.name} AS SELECT * FROM read_csv(${sqlString(`${dir}/${r.path}`)}, header = true, auto_detect = false, delim = ',', quote = '"', columns = {${columns}});`)
  }
  return lines.join('\n') + '\n'
}

const READR_TYPES: Record<Field['type'], string> = { string: 'c', integer: 'i', number: 'd' }

export function readrSnippet(pkg: DataPackage, dir = SNIPPET_DIR): string {
  const lines = ['library(readr)', 'library(dplyr)', '', `dir <- ${JSON.stringify(dir)}  # mappen, ZIP-filen er pakket ud i`, '']
  for (const r of pkg.resources) {
    const types = r.schema.fields.map((f) => (isDay(f) ? 'D' : READR_TYPES[f.type])).join('')
    lines.push(`${r.name} <- read_csv(file.path(dir, ${JSON.stringify(r.path)}), col_types = ${JSON.stringify(types)}, na = "", locale = locale(encoding = "UTF-8"))`)
  }
  return lines.join('\n') + '\n'
}
