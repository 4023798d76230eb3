/**
 * First contact: the questions anyone asks of this data, answered with the code anyone writes on
 * first contact, in every reader we publish for, on the downloads as the build writes them
 * (scripts/export/, the bytes /data/ serves and its checksums name):
 * - pandas (Debian's python3-pandas): `read_csv` and `read_excel` with their defaults, and
 *   `dtype=str` where codes are concerned (the one-line fix the codebook and the workbook give);
 * - DuckDB (@duckdb/node-api): `read_csv_auto`;
 * - LibreOffice Calc, headless, its locale set in a private profile: the .xlsx in a Danish and an
 *   English locale, the "CSV til Excel" in a Danish one and the canonical CSV in an English one,
 *   each with the import dialog's default options; the sums and counts are Calc's own: formulas a
 *   user would type (=SUM, =COUNTIF) are added below the data and Calc computes them on loading.
 * Every answer must be the truth, written here by hand from the sources (the issue states it).
 * The test writes each question, reader, code and answer to reports/first-contact.md.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/data/load-data.ts'
import { XLSX_NAME } from '../../scripts/export/export-files.ts'
import { SOFFICE } from './helpers.ts'
import { realExports } from './real-exports.ts'

if (!existsSync(SOFFICE)) throw new Error(`LibreOffice Calc is needed for this test: expected ${SOFFICE} (apt-get install libreoffice-calc)`)

// ---- The truth, by hand (mio. kr.; counts) -------------------------------------------------
/** FL21: 4 × 10 mio. kr., split 13 / 3,4 / 12,4 / 10,8 by area (1–4), and 0,4 no source explains. */
const FL21_BY_AREA = [13, 3.4, 12.4, 10.8, 0.4]
const FL21_TOTAL = 40
/** The 2017–2020 plan: 22 initiatives, 20 carried out as planned, 1 given up, 1 cancelled. */
const OUTCOMES = { carried_out: 20, given_up: 1, cancelled: 1 }
const LAUNCHED = 22
/** Københavns Kommune 2018: recommendation 5 "er opfyldt", the other five "forventes opfyldt". */
const VERDICTS = { target_met: 1, target_expected: 5 }
const REC6 = 'target_expected'
/** Kommuner involved: 93 (minister's letter) and 86 of 98 (press release): two readings, never 179. */
const READINGS = { earlier: 93, later: 86, of: 98 }
/** DAGI: kommuner per region, and the first code of each region as text. */
const REGIONS: Record<string, { count: number; first: string }> = {
  'Region Hovedstaden': { count: 29, first: '0101' },
  'Region Midtjylland': { count: 19, first: '0615' },
  'Region Nordjylland': { count: 11, first: '0773' },
  'Region Sjælland': { count: 17, first: '0253' },
  'Region Syddanmark': { count: 22, first: '0410' },
}

/**
 * Events in 2021 in time order: the events whose interval begins in 2021, oldest first by the
 * interval rule the codebook gives (first day, then last day, an open end last), read from the
 * canonical events.csv by this test. Sorting on `date` as text gives another order (checked below).
 */
function events2021(): { ids: string[]; byDateText: string[] } {
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'events.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data
  const in2021 = rows.filter((r) => r.date_start!.startsWith('2021-'))
  const ids = [...in2021].sort((a, b) => a.date_start!.localeCompare(b.date_start!) || (a.date_end || '9999').localeCompare(b.date_end || '9999')).map((r) => r.event_id!)
  const byDateText = [...in2021].sort((a, b) => a.date!.localeCompare(b.date!)).map((r) => r.event_id!)
  return { ids, byDateText }
}

const round1 = (n: number) => Math.round(n * 10) / 10
const dir = mkdtempSync(join(tmpdir(), 'nsk-first-contact-'))
const cleanups: (() => void)[] = []
afterAll(() => {
  for (const c of cleanups) c()
  rmSync(dir, { recursive: true, force: true })
})

/** The report's lines: question, reader, code, answer. */
const report: { question: string; reader: string; code: string; answer: string }[] = []
const note = (question: string, reader: string, code: string, answer: unknown) => report.push({ question, reader, code, answer: typeof answer === 'string' ? answer : JSON.stringify(answer) })
afterAll(() => {
  const out = join(PROJECT_ROOT, 'reports')
  mkdirSync(out, { recursive: true })
  const lines = ['# First-contact analyses (written by tests/export/first-contact.test.ts)', '']
  for (const q of [...new Set(report.map((r) => r.question))]) {
    lines.push(`## ${q}`, '')
    for (const r of report.filter((x) => x.question === q)) lines.push(`- **${r.reader}**: \`${r.code.replaceAll('\n', ' ⏎ ')}\` → ${r.answer}`)
    lines.push('')
  }
  writeFileSync(join(out, 'first-contact.md'), lines.join('\n'))
})

beforeAll(async () => {
  const { exports } = await realExports()
  for (const f of exports.files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true })
    writeFileSync(join(dir, f.path), f.bytes)
  }
})

// ---- pandas ----------------------------------------------------------------------------------
const Q = {
  fl21: 'FL21 money per area and in total (mio. kr.)',
  outcomes: 'Outcomes of the 2017–2020 plan’s initiatives',
  targets: 'Københavns Kommune’s targets: verdicts, and recommendation 6',
  readings: 'Kommuner involved in the 2017–2020 plan',
  regions: 'Kommuner per region, with their codes intact',
  events: 'Events in 2021, in time order',
} as const

/** Each question's pandas code, as a user writes it; `read(name)` is read_csv or read_excel with defaults. */
const PANDAS: { key: string; question: string; code: string }[] = [
  { key: 'fl21_by_area', question: Q.fl21, code: 'df = read("fl21_split")\ndf.groupby("area_name", sort=False)["amount_mio_dkk"].sum().tolist()' },
  { key: 'fl21_total', question: Q.fl21, code: 'df = read("fl21_split")\ndf["amount_mio_dkk"].sum()' },
  { key: 'outcomes', question: Q.outcomes, code: 'df = read("initiative_outcomes")\ndict(zip(df["outcome"], df["initiatives"]))' },
  { key: 'outcomes_total', question: Q.outcomes, code: 'df = read("initiative_outcomes")\ndf["initiatives"].sum()' },
  { key: 'verdicts', question: Q.targets, code: 'df = read("targets")\ndf["verdict"].value_counts().to_dict()' },
  { key: 'rec6', question: Q.targets, code: 'df = read("targets")\ndf.loc[df["recommendation_number"] == 6, "verdict"].item()' },
  { key: 'readings', question: Q.readings, code: 'df = read("disputed_figures")\ndf[["earlier_value", "later_value", "later_of_total"]].iloc[0].tolist()' },
  { key: 'readings_sum', question: Q.readings, code: 'df = read("disputed_figures")\ndf["earlier_value"].sum()' },
  { key: 'regions', question: Q.regions, code: 'df = read("kommuner", dtype=str)\ndf.groupby("region")["kommunekode"].agg(["count", "min"]).reset_index().values.tolist()' },
  { key: 'codes_default', question: Q.regions, code: 'df = read("kommuner")\ndf["kommunekode"].iloc[0]' },
  { key: 'events', question: Q.events, code: 'df = read("events")\ne = df[(df["date_start"] >= "2021-01-01") & (df["date_start"] <= "2021-12-31")]\ne.sort_values(["date_start", "date_end"], na_position="last")["event_id"].tolist()' },
  { key: 'events_start_type', question: Q.events, code: 'df = read("events")\nstr(df["date_start"].dtype)' },
]

function runPandas(reader: 'read_csv' | 'read_excel'): Record<string, unknown> {
  const read =
    reader === 'read_csv'
      ? `def read(name, **kw):\n    return pd.read_csv(f"{DIR}/{name}.csv", **kw)\n`
      : `def read(name, **kw):\n    return pd.read_excel(f"{DIR}/${XLSX_NAME}", sheet_name=name, **kw)\n`
  const blocks = PANDAS.map(({ key, code }) => {
    const lines = code.split('\n')
    const last = lines.pop()!
    return `def q_${key}():\n${lines.map((l) => `    ${l}\n`).join('')}    return ${last}\nanswers[${JSON.stringify(key)}] = plain(q_${key}())\n`
  })
  const script = `import json, warnings
import pandas as pd
warnings.simplefilter("ignore")
DIR = ${JSON.stringify(dir)}
${read}
def plain(x):
    if hasattr(x, "item") and not isinstance(x, (list, dict)):
        return x.item()
    if isinstance(x, list):
        return [plain(v) for v in x]
    if isinstance(x, dict):
        return {str(k): plain(v) for k, v in x.items()}
    return x
answers = {}
${blocks.join('')}
print(json.dumps(answers))
`
  const path = join(dir, `${reader}.py`)
  writeFileSync(path, script)
  return JSON.parse(execFileSync('/usr/bin/python3', [path], { encoding: 'utf8', cwd: dir })) as Record<string, unknown>
}

describe.each(['read_csv', 'read_excel'] as const)('pandas %s with its defaults', (reader) => {
  let a: Record<string, unknown>
  beforeAll(() => {
    a = runPandas(reader)
    for (const p of PANDAS) note(p.question, `pandas ${reader}`, p.code, a[p.key])
  })
  it('FL21: the split per area (the gap its own row) and the total of 40', () => {
    expect((a.fl21_by_area as number[]).map(round1)).toEqual(FL21_BY_AREA)
    expect(round1(a.fl21_total as number)).toBe(FL21_TOTAL)
  })
  it('outcomes: 20 / 1 / 1 of 22', () => {
    expect(a.outcomes).toEqual(OUTCOMES)
    expect(a.outcomes_total).toBe(LAUNCHED)
  })
  it('Copenhagen: one target met, five expected, recommendation 6 expected', () => {
    expect(a.verdicts).toEqual(VERDICTS)
    expect(a.rec6).toBe(REC6)
  })
  it('kommuner involved: 93 and 86 of 98 on one row, no sum of the two', () => {
    expect(a.readings).toEqual([READINGS.earlier, READINGS.later, READINGS.of])
    expect(a.readings_sum).toBe(READINGS.earlier)
  })
  it('events in 2021 in time order, by the interval', () => {
    const truth = events2021()
    expect(truth.byDateText, 'sorting on date as text would give another order').not.toEqual(truth.ids)
    expect(a.events).toEqual(truth.ids)
    // read_csv keeps the ISO days as text (they sort right); read_excel gets real dates from the workbook.
    expect(a.events_start_type).toBe(reader === 'read_csv' ? 'object' : 'datetime64[ns]')
  })
  it('kommuner per region with dtype=str keeps the codes; without it 0101 becomes 101 (why the fix is given)', () => {
    expect(a.regions).toEqual(Object.entries(REGIONS).map(([region, r]) => [region, r.count, r.first]))
    expect(a.codes_default).toBe(101)
  })
})

// ---- DuckDB ----------------------------------------------------------------------------------
const DUCK: { key: string; question: string; sql: string }[] = [
  { key: 'fl21_by_area', question: Q.fl21, sql: `SELECT area_name, sum(amount_mio_dkk) FROM read_csv_auto('fl21_split.csv') GROUP BY area_name, area_number ORDER BY area_number NULLS LAST` },
  { key: 'fl21_total', question: Q.fl21, sql: `SELECT sum(amount_mio_dkk) FROM read_csv_auto('fl21_split.csv')` },
  { key: 'outcomes', question: Q.outcomes, sql: `SELECT outcome, initiatives FROM read_csv_auto('initiative_outcomes.csv')` },
  { key: 'outcomes_total', question: Q.outcomes, sql: `SELECT sum(initiatives) FROM read_csv_auto('initiative_outcomes.csv')` },
  { key: 'verdicts', question: Q.targets, sql: `SELECT verdict, count(*) FROM read_csv_auto('targets.csv') GROUP BY verdict ORDER BY verdict` },
  { key: 'rec6', question: Q.targets, sql: `SELECT verdict FROM read_csv_auto('targets.csv') WHERE recommendation_number = 6` },
  { key: 'readings', question: Q.readings, sql: `SELECT earlier_value, later_value, later_of_total FROM read_csv_auto('disputed_figures.csv')` },
  { key: 'regions', question: Q.regions, sql: `SELECT region, count(*), min(kommunekode) FROM read_csv_auto('kommuner.csv') GROUP BY region ORDER BY region` },
  { key: 'events', question: Q.events, sql: `SELECT event_id FROM read_csv_auto('events.csv') WHERE year(date_start) = 2021 ORDER BY date_start, date_end NULLS LAST` },
]

describe('DuckDB read_csv_auto', () => {
  const a: Record<string, unknown[][]> = {}
  beforeAll(async () => {
    const db = await DuckDBInstance.create(':memory:')
    const c = await db.connect()
    try {
      await c.run(`SET file_search_path = '${dir.replaceAll("'", "''")}'`)
      for (const q of DUCK) {
        a[q.key] = (await c.runAndReadAll(q.sql)).getRowsJson() as unknown[][]
        note(q.question, 'DuckDB read_csv_auto', q.sql, a[q.key])
      }
    } finally {
      c.closeSync()
    }
  })
  const num = (rows: unknown[][], k = 0) => rows.map((r) => Number(r[k]))
  it('FL21: the split per area and the total of 40', () => {
    expect(num(a.fl21_by_area!, 1).map(round1)).toEqual(FL21_BY_AREA)
    expect(round1(Number(a.fl21_total![0]![0]))).toBe(FL21_TOTAL)
  })
  it('outcomes: 20 / 1 / 1 of 22', () => {
    expect(Object.fromEntries(a.outcomes!.map((r) => [r[0], Number(r[1])]))).toEqual(OUTCOMES)
    expect(Number(a.outcomes_total![0]![0])).toBe(LAUNCHED)
  })
  it('Copenhagen: one target met, five expected, recommendation 6 expected', () => {
    expect(Object.fromEntries(a.verdicts!.map((r) => [r[0], Number(r[1])]))).toEqual(VERDICTS)
    expect(a.rec6).toEqual([[REC6]])
  })
  it('kommuner involved: 93 and 86 of 98', () => {
    expect(a.readings![0]!.map(Number)).toEqual([READINGS.earlier, READINGS.later, READINGS.of])
  })
  it('events in 2021 in time order (date_start read as a DATE)', () => {
    expect(a.events!.map((r) => r[0])).toEqual(events2021().ids)
  })
  it('kommuner per region, the codes as text with their zero', () => {
    expect(a.regions!.map((r) => [r[0], Number(r[1]), r[2]])).toEqual(Object.entries(REGIONS).map(([region, r]) => [region, r.count, r.first]))
  })
})

// ---- LibreOffice Calc ------------------------------------------------------------------------
const LOCALES = { da: { tag: 'da-DK' }, en: { tag: 'en-US' } } as const

/**
 * Runs Calc once, headless, with its locale set in a private profile, over the given files, saving
 * each as .xlsx. A CSV is opened with the import dialog's defaults: its separator, `"`, UTF-8, from
 * line 1, the locale's number format (language left to the locale), quoted fields not forced to
 * text, special numbers not detected, formulas evaluated; `columnTypes` sets the dialog's column
 * type (the documented fix for codes). An .xlsx needs no options.
 */
function calc(locale: keyof typeof LOCALES, files: string[], csv?: { separator: number; columnTypes?: string }): string[] {
  const run = mkdtempSync(join(tmpdir(), `nsk-calc-${locale}-`))
  cleanups.push(() => rmSync(run, { recursive: true, force: true }))
  const user = join(run, 'profile', 'user')
  mkdirSync(user, { recursive: true })
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${LOCALES[locale].tag}</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>${LOCALES[locale].tag}</value></prop></item>
</oor:items>
`,
  )
  const filter = csv ? [`--infilter=CSV:${csv.separator},34,76,1,${csv.columnTypes ?? ''},,false,false,false,false,false,-1,true`] : []
  const out = join(run, 'out')
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(run, 'profile')}`, '--headless', '--norestore', ...filter, '--convert-to', 'xlsx', '--outdir', out, ...files], {
    env: { ...process.env, HOME: run },
    stdio: 'pipe',
    timeout: 300_000,
  })
  return files.map((f) => {
    const path = join(out, basename(f).replace(/\.(csv|xlsx)$/, '.xlsx'))
    if (!existsSync(path)) throw new Error(`LibreOffice wrote no ${path}`)
    return path
  })
}

/** The formulas a Calc user types below a table; `{col:name}` is the column's letter, `{last}` the last data row. */
const FORMULAS: { key: string; question: string; table: string; formula: string }[] = [
  { key: 'fl21_total', question: Q.fl21, table: 'fl21_split', formula: 'SUM({col:amount_mio_dkk}2:{col:amount_mio_dkk}{last})' },
  { key: 'outcomes_total', question: Q.outcomes, table: 'initiative_outcomes', formula: 'SUM({col:initiatives}2:{col:initiatives}{last})' },
  { key: 'met', question: Q.targets, table: 'targets', formula: 'COUNTIF({col:verdict}2:{col:verdict}{last},"target_met")' },
  { key: 'expected', question: Q.targets, table: 'targets', formula: 'COUNTIF({col:verdict}2:{col:verdict}{last},"target_expected")' },
  { key: 'readings_sum', question: Q.readings, table: 'disputed_figures', formula: 'SUM({col:earlier_value}2:{col:earlier_value}{last})' },
  ...Object.keys(REGIONS).map((region) => ({ key: `region:${region}`, question: Q.regions, table: 'kommuner', formula: `COUNTIF({col:region}2:{col:region}{last},"${region}")` })),
]
const TABLES = [...new Set([...FORMULAS.map((f) => f.table), 'events'])]
const letter = (k: number) => (k < 26 ? String.fromCharCode(65 + k) : String.fromCharCode(64 + Math.floor(k / 26)) + String.fromCharCode(65 + (k % 26)))
/** The formula with real cell references: `SUM(J2:J6)`; `sheet` qualifies them (`fl21_split!J2:J6`), `separator` separates arguments. */
const formulaFor = (f: (typeof FORMULAS)[number], header: string[], rows: number, sheet = '', separator = ',') =>
  f.formula
    .replace(/\{col:([a-z_0-9]+)\}/g, (_, name: string) => {
      const k = header.indexOf(name)
      if (k < 0) throw new Error(`${f.table}: no column ${name}`)
      return letter(k)
    })
    .replace(/\{last\}/g, String(rows + 1))
    .replace(/\b([A-Z]+\d+):([A-Z]+\d+)\b/g, sheet ? `${sheet}!$1:$2` : '$1:$2')
    .replace(/,/g, separator)

/** What a Calc user reads off the opened tables: cells by column name, and the formula results. */
interface CalcView {
  cell: (table: string, row: number, column: string) => ExcelJS.Cell
  rows: (table: string) => number
  result: (key: string) => unknown
  /** The formula as Calc saved it. */
  formula: (key: string) => string
}

const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1).map(String)
const formulaOf = (c: ExcelJS.Cell) => `=${(c.value as { formula?: string } | null)?.formula ?? '(no formula)'}`
const valueOf = (c: ExcelJS.Cell) => (c.value !== null && typeof c.value === 'object' && 'result' in c.value ? (c.value as { result: unknown }).result : c.value)

/** The workbook with an answers sheet of formulas that reference the tables' sheets, as a user would add it. */
async function workbookWithFormulas(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path)
  const answers = wb.addWorksheet('svar')
  FORMULAS.forEach((f, k) => {
    const ws = wb.getWorksheet(f.table)!
    answers.getCell(k + 1, 1).value = f.key
    answers.getCell(k + 1, 2).value = { formula: formulaFor(f, header(ws), ws.rowCount - 1, f.table) } as ExcelJS.CellFormulaValue
  })
  const out = join(dir, `with-formulas-${basename(path)}`)
  await wb.xlsx.writeFile(out)
  return out
}

async function xlsxView(calcOutput: string): Promise<CalcView> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(calcOutput)
  const answers = wb.getWorksheet('svar')!
  const results = new Map(FORMULAS.map((f, k) => [f.key, valueOf(answers.getCell(k + 1, 2))]))
  const formulas = new Map(FORMULAS.map((f, k) => [f.key, formulaOf(answers.getCell(k + 1, 2))]))
  return {
    cell: (table, row, column) => {
      const ws = wb.getWorksheet(table)!
      return ws.getCell(row + 1, header(ws).indexOf(column) + 1)
    },
    rows: (table) => wb.getWorksheet(table)!.rowCount - 1,
    result: (key) => results.get(key),
    formula: (key) => formulas.get(key) ?? '',
  }
}

/** Copies of the tables' CSV files with the user's formulas as extra rows below the data, in the file's own dialect. */
function csvsWithFormulas(kind: 'excel' | 'canonical'): string[] {
  const sep = kind === 'excel' ? ';' : ','
  const eol = kind === 'excel' ? '\r\n' : '\n'
  const paths: string[] = []
  for (const table of TABLES) {
    const name = kind === 'excel' ? `${table}.excel.csv` : `${table}.csv`
    const text = readFileSync(join(dir, name), 'utf8')
    const lines = text.replace(/^\uFEFF/, '').split(eol).filter(Boolean)
    const head = lines[0]!.split(sep).map((h) => h.replace(/^"|"$/g, ''))
    // Records may hold quoted line breaks; count rows by parsing would be overkill here: none of these tables has one.
    const rows = lines.length - 1
    // Typed as a user types them in Calc (';' between arguments works in every locale), each in the
    // second column (the first is imported as Text, so a formula there would stay text).
    const extra = FORMULAS.filter((f) => f.table === table).map((f) => `${sep}"=${formulaFor(f, head, rows, '', ';').replaceAll('"', '""')}"`)
    const out = join(dir, `${kind}-${table}.csv`)
    writeFileSync(out, text + extra.join(eol) + eol)
    paths.push(out)
  }
  return paths
}

async function csvView(calcOutputs: string[]): Promise<CalcView> {
  const books = new Map<string, ExcelJS.Worksheet>()
  for (const [k, table] of TABLES.entries()) {
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(calcOutputs[k]!)
    books.set(table, wb.worksheets[0]!)
  }
  const results = new Map<string, unknown>()
  const formulas = new Map<string, string>()
  for (const table of TABLES) {
    const ws = books.get(table)!
    const fs = FORMULAS.filter((f) => f.table === table)
    const first = ws.rowCount - fs.length + 1
    fs.forEach((f, k) => {
      results.set(f.key, valueOf(ws.getCell(first + k, 2)))
      formulas.set(f.key, `${table}: ${formulaOf(ws.getCell(first + k, 2))}`)
    })
  }
  return {
    cell: (table, row, column) => {
      const ws = books.get(table)!
      return ws.getCell(row + 1, header(ws).indexOf(column) + 1)
    },
    rows: (table) => books.get(table)!.rowCount - 1 - FORMULAS.filter((f) => f.table === table).length,
    result: (key) => results.get(key),
    formula: (key) => formulas.get(key) ?? '',
  }
}

/** The same checks for every way Calc opens the data. */
function calcChecks(name: string, view: () => CalcView) {
  const record = (question: string, code: string, answer: unknown) => note(question, name, code, answer)
  it('FL21: every part a number, the split per area and =SUM of 40', () => {
    const v = view()
    const amounts = Array.from({ length: v.rows('fl21_split') }, (_, k) => v.cell('fl21_split', k + 1, 'amount_mio_dkk'))
    record(Q.fl21, 'the amount_mio_dkk cells of fl21_split', amounts.map((c) => c.value))
    for (const c of amounts) expect(c.type, 'an amount cell').toBe(ExcelJS.ValueType.Number)
    expect(amounts.map((c) => round1(Number(c.value)))).toEqual(FL21_BY_AREA)
    record(Q.fl21, v.formula('fl21_total'), v.result('fl21_total'))
    expect(round1(Number(v.result('fl21_total')))).toBe(FL21_TOTAL)
  })
  it('outcomes: =SUM of 22', () => {
    const v = view()
    record(Q.outcomes, v.formula('outcomes_total'), v.result('outcomes_total'))
    expect(v.result('outcomes_total')).toBe(LAUNCHED)
  })
  it('Copenhagen: =COUNTIF gives one met, five expected; recommendation 6 expected', () => {
    const v = view()
    record(Q.targets, `${v.formula('met')} and ${v.formula('expected')}`, [v.result('met'), v.result('expected')])
    expect([v.result('met'), v.result('expected')]).toEqual([VERDICTS.target_met, VERDICTS.target_expected])
    const rec6 = Array.from({ length: v.rows('targets') }, (_, k) => k + 1).find((r) => Number(v.cell('targets', r, 'recommendation_number').value) === 6)!
    expect(v.cell('targets', rec6, 'verdict').value).toBe(REC6)
  })
  it('kommuner involved: the two readings as numbers on one row; =SUM of a column is one reading', () => {
    const v = view()
    const row = [v.cell('disputed_figures', 1, 'earlier_value').value, v.cell('disputed_figures', 1, 'later_value').value, v.cell('disputed_figures', 1, 'later_of_total').value]
    record(Q.readings, 'the earlier_value, later_value, later_of_total cells', row)
    expect(row).toEqual([READINGS.earlier, READINGS.later, READINGS.of])
    record(Q.readings, v.formula('readings_sum'), v.result('readings_sum'))
    expect(v.result('readings_sum')).toBe(READINGS.earlier)
  })
  it('events in 2021 in time order: the interval columns are dates, and sorting on them gives the order', () => {
    const v = view()
    const rows = Array.from({ length: v.rows('events') }, (_, k) => k + 1).map((r) => ({
      id: String(v.cell('events', r, 'event_id').value),
      start: v.cell('events', r, 'date_start'),
      end: v.cell('events', r, 'date_end'),
    }))
    for (const r of rows) expect(r.start.type, `${r.id} date_start`).toBe(ExcelJS.ValueType.Date)
    // Data > Sort on date_start, then date_end (an empty end last), filtered to 2021, as a Calc user does.
    const time = (c: ExcelJS.Cell) => (c.value instanceof Date ? c.value.getTime() : Infinity)
    const order = rows
      .filter((r) => (r.start.value as Date).getUTCFullYear() === 2021)
      .sort((a, b) => time(a.start) - time(b.start) || time(a.end) - time(b.end))
      .map((r) => r.id)
    record(Q.events, 'sort by date_start, then date_end; keep the year 2021 of date_start (cells are dates)', order)
    expect(order).toEqual(events2021().ids)
  })
  it('kommuner per region by =COUNTIF; the codes stay text (0101)', () => {
    const v = view()
    const counts = Object.keys(REGIONS).map((r) => v.result(`region:${r}`))
    record(Q.regions, Object.keys(REGIONS).map((r) => v.formula(`region:${r}`)).join(' '), counts)
    expect(counts).toEqual(Object.values(REGIONS).map((r) => r.count))
    const code = v.cell('kommuner', 1, 'kommunekode')
    record(Q.regions, 'the first kommunekode cell', `${code.value} (${code.type === ExcelJS.ValueType.String ? 'text' : 'number'})`)
    expect([code.type, code.value]).toEqual([ExcelJS.ValueType.String, '0101'])
  })
}

describe('LibreOffice Calc', () => {
  const views: Record<string, CalcView> = {}
  beforeAll(async () => {
    const xlsx = await workbookWithFormulas(join(dir, XLSX_NAME))
    for (const locale of ['da', 'en'] as const) views[`xlsx-${locale}`] = await xlsxView(calc(locale, [xlsx])[0]!)
    // The CSVs with the import dialog's defaults and the documented fix for codes: column type Text (2)
    // for the first column (kommunekode in kommuner.csv; an id, text anyway, in the other tables).
    views['excel-da'] = await csvView(calc('da', csvsWithFormulas('excel'), { separator: 59, columnTypes: '1/2' }))
    views['csv-en'] = await csvView(calc('en', csvsWithFormulas('canonical'), { separator: 44, columnTypes: '1/2' }))
  }, 900_000)

  describe('the .xlsx in a Danish locale', () => calcChecks('Calc (da-DK), .xlsx', () => views['xlsx-da']!))
  describe('the .xlsx in an English locale', () => calcChecks('Calc (en-US), .xlsx', () => views['xlsx-en']!))
  describe('the .excel.csv in a Danish locale (import defaults, kommunekode as Text)', () => calcChecks('Calc (da-DK), .excel.csv, kommunekode imported as Text', () => views['excel-da']!))
  describe('the canonical CSV in an English locale (import defaults, kommunekode as Text)', () => calcChecks('Calc (en-US), .csv, kommunekode imported as Text', () => views['csv-en']!))
})
