import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TypedRow } from '../../scripts/data/check-table.ts'
import type { Resource } from '../../scripts/data/package-schema.ts'
import { excelCsv, excelCsvText, inertText } from '../../scripts/export/excel-csv.ts'
import { excelName } from '../../scripts/export/export-files.ts'
import { calcCsvFilter, convertWithCalc, crafted, readXlsx, type Sheet, SOFFICE } from './helpers.ts'
import { realExports } from './real-exports.ts'

// LibreOffice Calc, headless, opens the "CSV til Excel" files with a Danish locale and `;`, and
// saves them as .xlsx; the tests read the cells it made. CI installs libreoffice-calc (.ci/run).
if (!existsSync(SOFFICE)) throw new Error(`LibreOffice Calc is needed for this test: expected ${SOFFICE} (apt-get install libreoffice-calc)`)

const dir = mkdtempSync(join(tmpdir(), 'nsk-sheet-'))
const cleanups: (() => void)[] = []
afterAll(() => {
  for (const c of cleanups) c()
  rmSync(dir, { recursive: true, force: true })
})

/** Cell (row, column) of a sheet; row 1 is the header. */
const cell = (sheet: Sheet, row: number, col: number) => sheet.get(row)?.get(col)
const noFormulas = (sheet: Sheet) => [...sheet.values()].flatMap((r) => [...r.values()]).filter((c) => c.formula !== null)

describe('the crafted table in LibreOffice Calc (formulas evaluated, quoted cells not forced to text)', () => {
  let safe: Sheet
  let control: Sheet
  beforeAll(async () => {
    const safePath = join(dir, 'crafted.csv')
    writeFileSync(safePath, excelCsv(crafted.resource, crafted.rows))
    // The control: the same cells without the apostrophe, to show these settings do run formulas.
    const raw = '\uFEFF' + excelCsvText(crafted.resource, crafted.rows).replace(/"'/g, '"')
    const controlPath = join(dir, 'control.csv')
    writeFileSync(controlPath, raw)
    const run = convertWithCalc([safePath, controlPath], calcCsvFilter(false))
    cleanups.push(run.cleanup)
    safe = await readXlsx(run.files[0]!)
    control = await readXlsx(run.files[1]!)
  })

  it('runs an unescaped =1+1 as a formula (the control: these settings are dangerous)', () => {
    const c = cell(control, 2, 0)!
    expect(c.formula).toBe('1+1')
    expect(c.value).toBe(2)
  })

  it('keeps the escaped =1+1 as text, not 2; no cell of the file became a formula', () => {
    expect(cell(safe, 2, 0)).toMatchObject({ kind: 'string', text: "'=1+1", formula: null })
    expect(noFormulas(safe)).toEqual([])
    // Every crafted text cell is text, holding what the file holds.
    crafted.rows.forEach((row, i) => {
      const c = cell(safe, i + 2, 0)!
      expect(c.kind, String(row.tekst)).toBe('string')
      expect(c.text.replace(/\r\n?/g, '\n')).toBe(inertText(String(row.tekst)).replace(/\r\n?/g, '\n'))
    })
  })

  it('reads the numbers as numbers with their values, with æøå intact', () => {
    crafted.rows.forEach((row, i) => {
      for (const [k, name] of [[1, 'beloeb'], [2, 'antal']] as const) {
        const v = row[name]
        const c = cell(safe, i + 2, k)
        if (v === null) expect(c, `${name} row ${i + 2}`).toBeUndefined()
        else expect(c, `${name} row ${i + 2}`).toMatchObject({ kind: 'number', value: v })
      }
    })
    expect(cell(safe, 10, 0)!.text).toBe('Æblegrød; øl og "å" – ÆØÅ')
  })
})

describe('the real "CSV til Excel" files in LibreOffice Calc', () => {
  let resources: Resource[]
  let tables: Record<string, TypedRow[]>
  const sheets = { opened: new Map<string, Sheet>(), asText: new Map<string, Sheet>() }

  beforeAll(async () => {
    const real = await realExports()
    resources = real.result.pkg.resources
    tables = real.result.tables as unknown as Record<string, TypedRow[]>
    const paths = resources.map((r) => {
      const p = join(dir, excelName(r))
      writeFileSync(p, real.exports.files.find((f) => f.path === excelName(r))!.bytes)
      return p
    })
    // As opened with a double click (quoted cells may become numbers or dates), and as imported
    // with "quoted field as text", the setting for keeping codes such as 0101 as written.
    for (const [key, quotedAsText] of [['opened', false], ['asText', true]] as const) {
      const run = convertWithCalc(paths, calcCsvFilter(quotedAsText))
      cleanups.push(run.cleanup)
      for (let i = 0; i < resources.length; i++) sheets[key].set(resources[i]!.name, await readXlsx(run.files[i]!))
    }
  })

  it('reads every number as a number with its value, and runs no formula', () => {
    let numbers = 0
    for (const r of resources) {
      for (const key of ['opened', 'asText'] as const) {
        const sheet = sheets[key].get(r.name)!
        expect(noFormulas(sheet), `${r.name} (${key})`).toEqual([])
        r.schema.fields.forEach((f, k) => {
          if (f.type === 'string') return
          tables[r.name]!.forEach((row, i) => {
            const v = row[f.name]
            const c = cell(sheet, i + 2, k)
            if (v === null) return expect(c, `${r.name}.${f.name} row ${i + 2}`).toBeUndefined()
            expect(c, `${r.name}.${f.name} row ${i + 2} (${key})`).toMatchObject({ kind: 'number', value: v })
            numbers++
          })
        })
      }
    }
    expect(numbers).toBeGreaterThan(100)
  })

  it('keeps every text cell exactly, æøå intact, when quoted cells are imported as text', () => {
    let danish = 0
    for (const r of resources) {
      const sheet = sheets.asText.get(r.name)!
      r.schema.fields.forEach((f, k) => {
        expect(cell(sheet, 1, k)?.text, `${r.name} header`).toBe(f.name)
        if (f.type !== 'string') return
        tables[r.name]!.forEach((row, i) => {
          const v = row[f.name] as string | null
          const c = cell(sheet, i + 2, k)
          if (v === null) return expect(c, `${r.name}.${f.name} row ${i + 2}`).toBeUndefined()
          expect(c?.kind, `${r.name}.${f.name} row ${i + 2}`).toBe('string')
          expect(c?.text, `${r.name}.${f.name} row ${i + 2}`).toBe(inertText(v))
          if (/[æøåÆØÅ]/.test(v)) danish++
        })
      })
    }
    expect(danish).toBeGreaterThan(100)
  })

  it('keeps the text cell that starts with @ as text in both ways of opening', () => {
    const r = resources.find((x) => x.name === 'initiative_actors')!
    const k = r.schema.fields.findIndex((f) => f.name === 'quote')
    const i = tables[r.name]!.findIndex((row) => String(row.quote).startsWith('@'))
    expect(i).toBeGreaterThanOrEqual(0)
    for (const key of ['opened', 'asText'] as const) {
      expect(cell(sheets[key].get(r.name)!, i + 2, k)).toMatchObject({ kind: 'string', text: `'${String(tables[r.name]![i]!.quote)}`, formula: null })
    }
  })

  it('names the one thing a double click changes: text that looks like a number or date', () => {
    // Recorded, not hidden: opened without "quoted field as text", Calc (like Excel) turns codes
    // such as kommunekode 0101 into 101 and ISO dates into dates. The Data page says so.
    const sheet = sheets.opened.get('kommuner')!
    const r = resources.find((x) => x.name === 'kommuner')!
    const k = r.schema.fields.findIndex((f) => f.name === 'kommunekode')
    const i = tables.kommuner!.findIndex((row) => String(row.kommunekode).startsWith('0'))
    expect(cell(sheet, i + 2, k)).toMatchObject({ kind: 'number', value: Number(tables.kommuner![i]!.kommunekode) })
    expect(cell(sheets.asText.get('kommuner')!, i + 2, k)).toMatchObject({ kind: 'string', text: tables.kommuner![i]!.kommunekode })
  })
})
