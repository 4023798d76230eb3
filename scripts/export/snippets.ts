import type { DataPackage, Field } from '../data/package-schema.ts'

/**
 * Code that reads every table with the schema's types, for the Data page: pandas and DuckDB (run
 * by the test suite, which checks the types they produce) and R's readr. Each expects the ZIP
 * unpacked into the folder DIR. Codes stay text, integers and numbers are numbers, and a table
 * with `date_precision` gains `date_day`: the date as a date where it is given to the day, else
 * empty (a month or a year read as a date would add a day the source never gave).
 */
export const SNIPPET_DIR = 'negativ-social-kontrol-data'

export function pandasSnippet(dir = SNIPPET_DIR): string {
  return `import json
import pandas as pd

DIR = ${JSON.stringify(dir)}  # mappen, ZIP-filen er pakket ud i
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
    if "date_precision" in df:
        day = df["date_precision"] == "day"
        df["date_day"] = pd.to_datetime(df["date"].where(day), format="%Y-%m-%d")
    return df

tables = {r["name"]: read_table(r) for r in pkg["resources"]}
`
}

const DUCKDB_TYPES: Record<Field['type'], string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE' }
const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`

export function duckdbSnippet(pkg: DataPackage, dir = SNIPPET_DIR): string {
  const lines = [`-- DuckDB: kør i mappen, hvor ZIP-filen er pakket ud i mappen ${dir}/`]
  for (const r of pkg.resources) {
    const columns = r.schema.fields.map((f) => `${sqlString(f.name)}: ${sqlString(DUCKDB_TYPES[f.type])}`).join(', ')
    const day = r.schema.fields.some((f) => f.name === 'date_precision') ? `, CASE WHEN date_precision = 'day' THEN CAST("date" AS DATE) END AS date_day` : ''
    lines.push(`CREATE TABLE ${r.name} AS SELECT *${day} FROM read_csv(${sqlString(`${dir}/${r.path}`)}, header = true, auto_detect = false, delim = ',', quote = '"', columns = {${columns}});`)
  }
  return lines.join('\n') + '\n'
}

const READR_TYPES: Record<Field['type'], string> = { string: 'c', integer: 'i', number: 'd' }

export function readrSnippet(pkg: DataPackage, dir = SNIPPET_DIR): string {
  const lines = ['library(readr)', 'library(dplyr)', '', `dir <- ${JSON.stringify(dir)}  # mappen, ZIP-filen er pakket ud i`, '']
  for (const r of pkg.resources) {
    const types = r.schema.fields.map((f) => READR_TYPES[f.type]).join('')
    const day = r.schema.fields.some((f) => f.name === 'date_precision') ? ` |>\n  mutate(date_day = as.Date(if_else(date_precision == "day", date, NA_character_)))` : ''
    lines.push(`${r.name} <- read_csv(file.path(dir, ${JSON.stringify(r.path)}), col_types = ${JSON.stringify(types)}, na = "", locale = locale(encoding = "UTF-8"))${day}`)
  }
  return lines.join('\n') + '\n'
}
