import { describe, expect, it } from 'vitest'
import type { TypedRow } from '../../scripts/data/check-table.ts'
import { plainDecimal, quoteCell } from '../../scripts/export/csv-cells.ts'
import { decimalComma, excelCsv, excelCsvText, inertText } from '../../scripts/export/excel-csv.ts'
import { jsonExport } from '../../scripts/export/json-export.ts'
import { crafted, parseExcelCsv, plainRows } from './helpers.ts'

describe('formula-safe text (OWASP CSV injection)', () => {
  it('puts an apostrophe before text starting with = + - @ tab CR or an apostrophe', () => {
    for (const s of ['=1+1', '+1', '-1+1', '@SUM(1)', '\t=1', '\r=1', "'x"]) expect(inertText(s)).toBe(`'${s}`)
  })
  it('leaves other text alone, also a = later in the text', () => {
    for (const s of ['Æblegrød', 'a=1+1', ' =1', '1-2', '', 'https://x.dk/?a=1']) expect(inertText(s)).toBe(s)
  })
})

describe('numbers', () => {
  it('are written with a decimal comma and no thousands separator', () => {
    expect(decimalComma(73.4)).toBe('73,4')
    expect(decimalComma(2000)).toBe('2000')
    expect(decimalComma(-2.5)).toBe('-2,5')
    expect(decimalComma(1234567.891)).toBe('1234567,891')
  })
  it('never in exponent notation', () => {
    expect(plainDecimal(1e-7)).toBe('0.0000001')
    expect(plainDecimal(-1.5e-7)).toBe('-0.00000015')
    expect(plainDecimal(1e21)).toBe('1000000000000000000000')
    expect(plainDecimal(1.25e22)).toBe('12500000000000000000000')
    expect(plainDecimal(-0)).toBe('0')
    expect(() => plainDecimal(Number.NaN)).toThrow(/finite/)
  })
})

describe('quoting', () => {
  it('quotes cells with the delimiter, quotes or line breaks, and doubles quotes', () => {
    expect(quoteCell('a;b', ';')).toBe('"a;b"')
    expect(quoteCell('a,b', ';')).toBe('a,b')
    expect(quoteCell('sagde "ja"', ',')).toBe('"sagde ""ja"""')
    expect(quoteCell('a\nb', ',')).toBe('"a\nb"')
    expect(quoteCell('x', ';', true)).toBe('"x"')
  })
})

describe('the Excel variant of the crafted table', () => {
  const bytes = excelCsv(crafted.resource, crafted.rows)
  const text = excelCsvText(crafted.resource, crafted.rows)

  it('is UTF-8 with a BOM, ; between cells, CRLF between records', () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.split('\r\n')[0]).toBe('"tekst";"beloeb";"antal"')
    expect(text.split('\r\n')[1]).toBe(`"'=1+1";73,4;2000`)
    expect(text).toContain(`"'\t=1+1";;\r\n`) // empty number cells stay empty
    expect(text).toContain('"Æblegrød; øl og ""å"" – ÆØÅ";55,69;4')
    expect(text).toContain(';0,0000001;5')
  })

  it('has no cell, quoted or not, that starts like a formula', () => {
    const cells = text.split(/;|\r\n/).map((c) => c.replace(/^"/, ''))
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-[^\d]/.test(c))).toEqual([])
  })

  it('reads back to exactly the rows it was written from', () => {
    const back = parseExcelCsv(bytes, crafted.resource)
    expect(back.header).toEqual(['tekst', 'beloeb', 'antal'])
    expect(back.rows).toEqual(plainRows(crafted.resource, crafted.rows))
  })

  it('refuses rows that were not checked (a text in a number column)', () => {
    const bad = [{ _line: 2, tekst: 'x', beloeb: '7,5', antal: 1 }] as TypedRow[]
    expect(() => excelCsvText(crafted.resource, bad)).toThrow(/crafted\.csv:2:beloeb: expected a checked number/)
  })
})

describe('the JSON of the crafted table', () => {
  it('holds numbers as numbers, empty as null, columns in schema order, no _line', () => {
    const rows = JSON.parse(new TextDecoder().decode(jsonExport(crafted.resource, crafted.rows))) as Record<string, unknown>[]
    expect(rows).toEqual(plainRows(crafted.resource, crafted.rows))
    expect(Object.keys(rows[0]!)).toEqual(['tekst', 'beloeb', 'antal'])
    expect(rows[4]).toEqual({ tekst: '\t=1+1', beloeb: null, antal: null })
  })
})
