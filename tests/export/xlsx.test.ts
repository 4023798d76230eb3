/**
 * The workbook (negativ-social-kontrol-data.xlsx), read back with exceljs: a sheet of column
 * descriptions and one sheet per table, header frozen, codes as text, numbers as numbers,
 * the source's dates as ISO text and the intervals' days as dates, formula-like text as text. LibreOffice
 * opening it is tested in xlsx-calc.test.ts.
 */
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { TypedRow } from '../../scripts/data/check-table.ts'
import type { DataPackage } from '../../scripts/data/package-schema.ts'
import { XLSX_NAME } from '../../scripts/export/export-files.ts'
import { COLUMNS_SHEET, README_SHEET, xlsxWorkbook } from '../../scripts/export/xlsx-export.ts'
import { crafted } from './helpers.ts'
import { realExports } from './real-exports.ts'
import { column, expectEventDates } from './xlsx-dates.ts'

let wb: ExcelJS.Workbook
let pkg: DataPackage
let tables: Record<string, TypedRow[]>
beforeAll(async () => {
  const { exports, result } = await realExports()
  pkg = result.pkg
  tables = result.tables as unknown as Record<string, TypedRow[]>
  wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(exports.files.find((f) => f.path === XLSX_NAME)!.bytes) as never)
})

const header = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1)

describe('the workbook', () => {
  it('has a read-me sheet first, then the column descriptions, then one sheet per table, each table\'s header frozen', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([README_SHEET, COLUMNS_SHEET, ...pkg.resources.map((r) => r.name)])
    // The first sheet gives the one-line fix for codes and the interval rule for dates, before any table.
    const first = (wb.getWorksheet(README_SHEET)!.getColumn(1).values as unknown[]).join('\n')
    expect(first).toContain('dtype=str')
    expect(first).toMatch(/Sortér og filtrér på date_start og date_end/)
    for (const ws of wb.worksheets.slice(1)) expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 })
    const cols = wb.getWorksheet(COLUMNS_SHEET)!
    expect(cols.rowCount - 1).toBe(pkg.resources.reduce((n, r) => n + r.schema.fields.length, 0))
  })

  it('holds every table: header as the schema, one row per data row', () => {
    for (const r of pkg.resources) {
      const ws = wb.getWorksheet(r.name)!
      expect(header(ws), r.name).toEqual(r.schema.fields.map((f) => f.name))
      expect(ws.rowCount - 1, r.name).toBe(tables[r.name]!.length)
    }
  })

  it('keeps codes as text, numbers as numbers', () => {
    const k = wb.getWorksheet('kommuner')!
    const code = k.getRow(2).getCell(column(k, 'kommunekode'))
    expect(code.type).toBe(ExcelJS.ValueType.String)
    expect(code.value).toBe('0101')
    expect(k.getRow(2).getCell(column(k, 'regionskode')).value).toMatch(/^\d{4}$/)
    expect(k.getRow(2).getCell(column(k, 'visueltcenter_lon')).type).toBe(ExcelJS.ValueType.Number)
    const f = wb.getWorksheet('funding')!
    const row = tables.funding!.findIndex((x) => x.funding_id === 'fl21-exit') + 2
    expect(f.getRow(row).getCell(column(f, 'amount_mio_dkk')).value).toBe(12.4)
    expect(f.getRow(row).getCell(column(f, 'start_year')).value).toBe(2021)
  })

  it('keeps every date as the source gives it as ISO text, and the interval’s first and last day as dates', () => {
    expectEventDates(wb.getWorksheet('events')!, tables.events!)
  })

  it('stores text starting with =, +, - or @ as text, never as a formula', async () => {
    const small: DataPackage = { ...pkg, resources: [crafted.resource] }
    const bytes = await xlsxWorkbook(small, { [crafted.resource.name]: crafted.rows }, new Date('2026-01-01T00:00:00Z'))
    const back = new ExcelJS.Workbook()
    await back.xlsx.load(Buffer.from(bytes) as never)
    const ws = back.getWorksheet(crafted.resource.name)!
    const textCol = header(ws).indexOf('tekst') + 1
    crafted.rows.forEach((row, i) => {
      const cell = ws.getRow(i + 2).getCell(textCol)
      expect(cell.type, String(row.tekst)).toBe(ExcelJS.ValueType.String)
      // XML stores a lone CR as a line feed; the text is otherwise as written.
      expect(String(cell.value).replace(/\r\n?/g, '\n')).toBe(String(row.tekst).replace(/\r\n?/g, '\n'))
    })
    expect(crafted.rows.some((r) => String(r.tekst).startsWith('='))).toBe(true)
  })

  it('gives the same bytes for the same data', async () => {
    const date = new Date('2026-01-01T00:00:00Z')
    const a = await xlsxWorkbook(pkg, tables, date)
    const b = await xlsxWorkbook(pkg, tables, date)
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0)
  })
})
