import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { TypedRow } from '../data/check-table.ts'
import type { DataPackage, Field, Resource } from '../data/package-schema.ts'

/** The name of the sheet that describes every column; the tables' sheets carry their own names. */
export const COLUMNS_SHEET = 'kolonner'
const ISO_DATE_PATTERN = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A column holding ISO dates of any precision: its cells become dates where they name a day. */
const isDateField = (f: Field) => f.type === 'string' && (f.constraints?.pattern === ISO_DATE_PATTERN || /(^|_)date$/.test(f.name))

/**
 * The whole package as one workbook (a real .xlsx, written with exceljs): a sheet of column
 * descriptions, then one sheet per table, its header row frozen. Text stays text (codes such as
 * 0101 keep their zero; text starting with =, +, - or @ is a text cell, never a formula), numbers
 * are numbers, and a date given to the day is a date (shown YYYY-MM-DD); a date given only to the
 * month or year stays the ISO text, since a spreadsheet date would add a day the source never gave.
 */
export async function xlsxWorkbook(pkg: DataPackage, tables: Record<string, readonly TypedRow[] | undefined>, date: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = pkg.title
  wb.created = date
  wb.modified = date

  const cols = wb.addWorksheet(COLUMNS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] })
  cols.columns = [
    { header: 'tabel', key: 'table', width: 20 },
    { header: 'kolonne', key: 'column', width: 24 },
    { header: 'titel', key: 'title', width: 28 },
    { header: 'type', key: 'type', width: 10 },
    { header: 'påkrævet', key: 'required', width: 10 },
    { header: 'beskrivelse', key: 'description', width: 80 },
    { header: 'description (English)', key: 'description_en', width: 80 },
  ]
  for (const r of pkg.resources) {
    for (const f of r.schema.fields) {
      cols.addRow({ table: r.name, column: f.name, title: f.title, type: f.type, required: f.constraints?.required ? 'ja' : 'nej', description: f.description, description_en: f.description_en })
    }
  }
  cols.getRow(1).font = { bold: true }

  for (const r of pkg.resources) {
    const rows = tables[r.name]
    if (!rows) throw new Error(`Exports: expected checked rows of ${r.name}, found none`)
    addTableSheet(wb, r, rows)
  }
  const written = new Uint8Array(await wb.xlsx.writeBuffer())
  return fixZipDates(written, date)
}

function addTableSheet(wb: ExcelJS.Workbook, r: Resource, rows: readonly TypedRow[]): void {
  const ws = wb.addWorksheet(r.name, { views: [{ state: 'frozen', ySplit: 1 }] })
  const fields = r.schema.fields
  ws.columns = fields.map((f) => ({ header: f.name, key: f.name, width: Math.min(60, Math.max(10, f.name.length + 2)) }))
  ws.getRow(1).font = { bold: true }
  for (const row of rows) {
    const values = fields.map((f) => cellValue(r, row, f))
    const added = ws.addRow(values)
    fields.forEach((f, i) => {
      if (values[i] instanceof Date) added.getCell(i + 1).numFmt = 'yyyy-mm-dd'
    })
  }
}

function cellValue(r: Resource, row: TypedRow, f: Field): string | number | Date | null {
  const v = row[f.name]
  if (v === undefined) throw new Error(`${r.name}.csv:${row._line}:${f.name}: expected a checked value, found none`)
  if (v === null) return null
  if (f.type === 'integer' || f.type === 'number') {
    if (typeof v !== 'number') throw new Error(`${r.name}.csv:${row._line}:${f.name}: expected a checked number, found ${JSON.stringify(v)}`)
    return v
  }
  const text = String(v)
  const day = isDateField(f) ? DAY.exec(text) : null
  // Midnight UTC: exceljs turns a Date into the spreadsheet's day number from its UTC time.
  if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))
  return text
}

/** exceljs stamps each ZIP entry with the time of writing; the same data must give the same bytes. */
async function fixZipDates(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes)
  const out = new JSZip()
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue
    out.file(f.name, await f.async('uint8array'), { date, binary: true, createFolders: false })
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } })
}
