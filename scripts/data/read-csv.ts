import Papa from 'papaparse'
import { type Problem, shown } from './problems.ts'

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number
  cells: string[]
}
export interface CsvTable {
  header: string[]
  records: CsvRecord[]
}

/**
 * Reads one CSV file's bytes into header and records, reporting every way the bytes break the
 * project's CSV dialect (UTF-8 without BOM, LF, comma, RFC 4180 quoting). Records come back even
 * when there are problems, so the caller can go on and report cell problems too.
 */
export function readCsv(bytes: Uint8Array, file: string, problems: Problem[]): CsvTable | null {
  const at = (line: number, column: string, message: string) => problems.push({ file, line, column, message })
  if (bytes.length === 0) {
    at(1, '-', 'expected a header row, found an empty file')
    return null
  }
  // ignoreBOM keeps a BOM in the text, so that it can be reported rather than silently dropped.
  let text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes)
  if (text.charCodeAt(0) === 0xfeff) {
    at(1, '-', 'expected UTF-8 without a byte-order mark, found a BOM')
    text = text.slice(1)
  }
  const crlf = text.indexOf('\r')
  if (crlf >= 0) {
    at(lineOf(text, crlf), '-', 'expected LF line endings, found CR (CRLF)')
    text = text.replace(/\r\n?/g, '\n')
  }
  if (text.trim() === '') {
    at(1, '-', 'expected a header row, found an empty file')
    return null
  }
  if (!scanQuotes(text, (line, field, message) => at(line, `#${field}`, message))) {
    // Structure is broken; papaparse would guess. Name columns where the header allows.
    renameFieldRefs(problems, text, file)
    return null
  }
  const rows: CsvRecord[] = []
  // Each record's line, counted on from the record before (counting from the file's start at every
  // record made reading a table quadratic in its size: npm run bench:scale, bench/SCALE.md).
  let start = 0
  let line = 1
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      rows.push({ line, cells: result.data })
      // The cursor stands on the first character of the next record.
      const cursor = result.meta.cursor
      line += newlines(text, start, cursor)
      start = cursor
    },
  })
  // A final newline yields one empty record; blank lines elsewhere are problems.
  if (rows.length && isBlank(rows[rows.length - 1]!.cells)) rows.pop()
  const [head, ...records] = rows
  if (!head) {
    at(1, '-', 'expected a header row, found an empty file')
    return null
  }
  const header = head.cells
  for (const r of records) {
    if (isBlank(r.cells)) at(r.line, '-', 'expected a record, found an empty line')
    for (let i = 0; i < r.cells.length; i++) {
      if (r.cells[i]!.includes('\uFFFD')) at(r.line, header[i] ?? `#${i + 1}`, `expected UTF-8 text, found bytes that are not UTF-8 in ${shown(r.cells[i]!)}`)
    }
  }
  header.forEach((h, i) => {
    if (h.includes('\uFFFD')) at(1, `#${i + 1}`, `expected UTF-8 text, found bytes that are not UTF-8 in ${shown(h)}`)
  })
  return { header, records: records.filter((r) => !isBlank(r.cells)) }
}

function isBlank(cells: string[]): boolean {
  return cells.length === 1 && cells[0] === ''
}

export function lineOf(text: string, index: number): number {
  return 1 + newlines(text, 0, index)
}

/** How many line feeds text[from, to) holds. */
function newlines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to && i < text.length; i++) if (text.charCodeAt(i) === 10) n++
  return n
}

/**
 * Walks the text as RFC 4180 and reports quotes that break it: a quote inside an unquoted
 * field, text after a closing quote, a quote never closed. Returns false if any was found.
 */
function scanQuotes(text: string, report: (line: number, field: number, message: string) => void): boolean {
  let ok = true
  let line = 1
  let field = 1
  let i = 0
  let fieldStart = true
  while (i < text.length) {
    const c = text[i]
    if (fieldStart && c === '"') {
      const openLine = line
      i++
      let closed = false
      while (i < text.length) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') { i += 2; continue }
          closed = true
          i++
          break
        }
        if (text[i] === '\n') line++
        i++
      }
      if (!closed) {
        report(openLine, field, 'expected a closing quote for the quoted cell, found the end of the file')
        return false
      }
      const next = text[i]
      if (next !== undefined && next !== ',' && next !== '\n') {
        report(line, field, `expected a comma or line end after the closing quote, found ${shown(next)} (a stray quote)`)
        ok = false
        while (i < text.length && text[i] !== ',' && text[i] !== '\n') i++
      }
      fieldStart = false
      continue
    }
    if (c === ',') { field++; fieldStart = true; i++; continue }
    if (c === '\n') { line++; field = 1; fieldStart = true; i++; continue }
    if (c === '"') {
      report(line, field, 'expected no quote inside an unquoted cell, found a stray quote (quote the whole cell and double the quote)')
      ok = false
      while (i + 1 < text.length && text[i + 1] !== ',' && text[i + 1] !== '\n') i++ // once per cell
    }
    fieldStart = false
    i++
  }
  return ok
}

/** Turns `#3` column references into header names once the header is known. */
function renameFieldRefs(problems: Problem[], text: string, file: string): void {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0)
  const header = firstLine.includes('"') ? [] : firstLine.split(',')
  for (const p of problems) {
    if (p.file !== file || !p.column.startsWith('#')) continue
    const name = header[Number(p.column.slice(1)) - 1]
    if (name) p.column = name
  }
}
