import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import type { TypedRow } from '../data/check-table.ts'
import type { DataPackage, Field, Resource } from '../data/package-schema.ts'

/** The name of the sheet that describes every column; the tables' sheets carry their own names. */
export const COLUMNS_SHEET = 'kolonner'
/** The first sheet: how to read the workbook right, before any table. */
export const README_SHEET = 'læs mig'

/**
 * The first sheet's lines, Danish then English: the one-line fixes a reader needs (codes as text,
 * dates as intervals) and where the sums are right, so they stand beside the data itself.
 */
export const README_LINES = [
  'Læs mig først / Read me first',
  '',
  'Koder er tekst: kommunekode og regionskode skal læses som tekst, ellers bliver 0101 til 101. I pandas: pd.read_excel(fil, sheet_name="kommuner", dtype=str). I et regneark: kopiér cellerne, som de er (de er gemt som tekst).',
  'Codes are text: read kommunekode and regionskode as text, or 0101 becomes 101. In pandas: pd.read_excel(file, sheet_name="kommuner", dtype=str).',
  'Datoer: date er kildens datering som tekst (2018, 2021-04, 2021-08-30); date_start og date_end er første og sidste dag i det interval, den dækker, som datoer. Sortér og filtrér på date_start og date_end (en tom date_end sidst), aldrig på date.',
  'Dates: date is the source\'s dating as text; date_start and date_end are the first and last day of the interval it covers, as dates. Sort and filter on date_start and date_end (an empty date_end last), never on date.',
  'Summer: de analyseklare ark giver den rigtige sum med en almindelig SUM: money (kun rækker med counts_in_total = yes), fl21_split, initiative_outcomes; targets har kildens egen vurdering; disputed_figures har to kilders tal for samme forhold side om side. Læg ikke amount_mio_dkk i funding sammen ned ad kolonnen.',
  'Sums: the analysis-ready sheets give the right total with a plain SUM: money (only rows with counts_in_total = yes), fl21_split, initiative_outcomes; targets has the source\'s own verdict; disputed_figures has two sources\' figures for one fact side by side. Do not sum funding.amount_mio_dkk down the column.',
  'Arket "kolonner" beskriver hver kolonne. Kodebogen (README.md i ZIP-filen) forklarer resten. / The sheet "kolonner" describes every column; the codebook (README.md in the ZIP) explains the rest.',
]
const ISO_DAY_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * A column that only ever holds whole days (an interval's `date_start` and `date_end`, an archive
 * date): its cells are spreadsheet dates. A `date` column of mixed precision (2018, 2021-04,
 * 2021-08-30) stays ISO text in every row, one type per column: a reader that guesses types (pandas'
 * read_excel) would otherwise make a year 1 January, and sort dates and text apart.
 */
const isDayField = (f: Field) => f.type === 'string' && f.constraints?.pattern === ISO_DAY_PATTERN

/**
 * The whole package as one workbook (a real .xlsx, written with exceljs): a sheet of column
 * descriptions, then one sheet per table, its header row frozen. Text stays text (codes such as
 * 0101 keep their zero; text starting with =, +, - or @ is a text cell, never a formula), numbers
 * are numbers, the interval columns (date_start, date_end) are dates (shown YYYY-MM-DD), and a
 * date as the source gives it (`date`) stays ISO text in every row, since a spreadsheet date would
 * add a day the source never gave to a month or a year.
 */
export async function xlsxWorkbook(pkg: DataPackage, tables: Record<string, readonly TypedRow[] | undefined>, date: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook()
  wb.creator = pkg.title
  wb.created = date
  wb.modified = date

  const readme = wb.addWorksheet(README_SHEET)
  readme.getColumn(1).width = 120
  for (const line of README_LINES) readme.addRow([line]).getCell(1).alignment = { wrapText: true, vertical: 'top' }
  readme.getRow(1).font = { bold: true }

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
  const day = isDayField(f) ? DAY.exec(text) : null
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
