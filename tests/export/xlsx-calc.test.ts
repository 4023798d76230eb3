/**
 * The workbook as LibreOffice Calc opens it: Calc loads negativ-social-kontrol-data.xlsx (and a
 * workbook of the crafted formula-like table) and saves it again; what it saved is read back.
 * Codes stay text, numbers numbers, the intervals' days dates, the source's dates ISO text, and no text became a formula.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TypedRow } from '../../scripts/data/check-table.ts'
import type { DataPackage } from '../../scripts/data/package-schema.ts'
import { XLSX_NAME } from '../../scripts/export/export-files.ts'
import { xlsxWorkbook } from '../../scripts/export/xlsx-export.ts'
import { convertWithCalc, crafted, SOFFICE } from './helpers.ts'
import { realExports } from './real-exports.ts'
import { column, expectEventDates } from './xlsx-dates.ts'

if (!existsSync(SOFFICE)) throw new Error(`LibreOffice Calc is needed for this test: expected ${SOFFICE} (apt-get install libreoffice-calc)`)

const dir = mkdtempSync(join(tmpdir(), 'nsk-xlsx-calc-'))
let cleanup = () => {}
afterAll(() => {
  cleanup()
  rmSync(dir, { recursive: true, force: true })
})

let real: ExcelJS.Workbook
let craftedBook: ExcelJS.Workbook
let tables: Record<string, TypedRow[]>
beforeAll(async () => {
  const { exports, result } = await realExports()
  tables = result.tables as unknown as Record<string, TypedRow[]>
  const realPath = join(dir, XLSX_NAME)
  writeFileSync(realPath, exports.files.find((f) => f.path === XLSX_NAME)!.bytes)
  const small: DataPackage = { ...result.pkg, resources: [crafted.resource] }
  const craftedPath = join(dir, 'crafted.xlsx')
  writeFileSync(craftedPath, await xlsxWorkbook(small, { [crafted.resource.name]: crafted.rows }, new Date('2026-01-01T00:00:00Z')))
  const run = convertWithCalc([realPath, craftedPath], 'Calc MS Excel 2007 XML')
  cleanup = run.cleanup
  real = new ExcelJS.Workbook()
  await real.xlsx.readFile(run.files[0]!)
  craftedBook = new ExcelJS.Workbook()
  await craftedBook.xlsx.readFile(run.files[1]!)
}, 300_000)

describe('the workbook, opened and saved by LibreOffice Calc', () => {
  it('keeps every sheet', () => {
    for (const name of Object.keys(tables)) expect(real.getWorksheet(name), name).toBeDefined()
  })

  it('keeps codes as text (0101, not 101) and numbers as numbers', () => {
    const k = real.getWorksheet('kommuner')!
    const code = k.getRow(2).getCell(column(k, 'kommunekode'))
    expect(code.type).toBe(ExcelJS.ValueType.String)
    expect(code.value).toBe('0101')
    expect(k.getRow(2).getCell(column(k, 'visueltcenter_lon')).type).toBe(ExcelJS.ValueType.Number)
    const f = real.getWorksheet('funding')!
    const row = tables.funding!.findIndex((x) => x.funding_id === 'fl21-exit') + 2
    expect(f.getRow(row).getCell(column(f, 'amount_mio_dkk')).value).toBe(12.4)
  })

  it('keeps every date as the source gives it as ISO text, and the interval’s first and last day as dates', () => {
    expectEventDates(real.getWorksheet('events')!, tables.events!)
  })

  it('made no formula of text that starts with =, +, - or @', () => {
    const ws = craftedBook.getWorksheet(crafted.resource.name)!
    const textCol = column(ws, 'tekst')
    crafted.rows.forEach((row, i) => {
      const cell = ws.getRow(i + 2).getCell(textCol)
      expect(cell.type, String(row.tekst)).toBe(ExcelJS.ValueType.String)
      expect(String(cell.value).replace(/\r\n?/g, '\n')).toBe(String(row.tekst).replace(/\r\n?/g, '\n'))
    })
  })
})
