import type { Resource } from '../data/package-schema.ts'
import type { TypedRow } from '../data/check-table.ts'
import { plainDecimal, quoteCell } from './csv-cells.ts'

/**
 * "CSV til Excel": the same table in the dialect of a spreadsheet set up for Danish (da-DK):
 * UTF-8 with a byte-order mark (else Excel reads æøå as Windows-1252), `;` between cells, decimal
 * comma in number fields, CRLF between records. It is meant to be imported, with code columns set
 * to text; a double click lets the spreadsheet guess types (0101 becomes 101). The .xlsx is typed.
 */
export const EXCEL_DELIMITER = ';'
const BOM = '\uFEFF'

/**
 * Text that a spreadsheet would run as a formula (OWASP "CSV injection": a first character of
 * `=`, `+`, `-`, `@`, tab or CR) gets an apostrophe in front, which makes it plain text. Text
 * that already starts with an apostrophe gets one too, so the escape can always be undone by
 * removing exactly one leading apostrophe.
 */
const FORMULA_START = /^[=+\-@\t\r']/
export function inertText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** 73.4 → "73,4"; integers as they are. No thousands separator: "2.000" would read as 2. */
export function decimalComma(n: number): string {
  return plainDecimal(n).replace('.', ',')
}

/**
 * The table as Excel CSV text (without the byte-order mark). Text cells are always quoted, so a
 * program that imports quoted cells as text keeps codes such as "0101" and ISO dates as written.
 */
export function excelCsvText(resource: Resource, rows: readonly TypedRow[]): string {
  const fields = resource.schema.fields
  const lines = [fields.map((f) => quoteCell(inertText(f.name), EXCEL_DELIMITER, true)).join(EXCEL_DELIMITER)]
  for (const row of rows) {
    const cells = fields.map((f) => {
      const v = row[f.name]
      if (v === null) return ''
      if (f.type === 'integer' || f.type === 'number') {
        if (typeof v !== 'number') throw new Error(`${resource.name}.csv:${row._line}:${f.name}: expected a checked number, found ${JSON.stringify(v)}`)
        return decimalComma(v)
      }
      if (typeof v !== 'string') throw new Error(`${resource.name}.csv:${row._line}:${f.name}: expected checked text, found ${JSON.stringify(v)}`)
      return quoteCell(inertText(v), EXCEL_DELIMITER, true)
    })
    lines.push(cells.join(EXCEL_DELIMITER))
  }
  return lines.join('\r\n') + '\r\n'
}

/** The file's bytes: byte-order mark, then the text as UTF-8. */
export function excelCsv(resource: Resource, rows: readonly TypedRow[]): Uint8Array {
  return new TextEncoder().encode(BOM + excelCsvText(resource, rows))
}
