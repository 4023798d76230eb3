/** Cell-level text for the CSV files the exports write. */

/**
 * RFC 4180 quoting: a cell is wrapped in quotes when it holds the delimiter, a quote or a line
 * break (or always, when asked), and quotes inside are doubled.
 */
export function quoteCell(text: string, delimiter: string, always = false): string {
  if (always || text.includes(delimiter) || /["\r\n]/.test(text)) return `"${text.replaceAll('"', '""')}"`
  return text
}

/**
 * A number as plain decimal text with a point, never in exponent notation (JavaScript writes
 * 1e-7 and 1e21 that way; no spreadsheet reads them back as the same kind of figure).
 */
export function plainDecimal(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`expected a finite number, found ${n}`)
  const s = String(Object.is(n, -0) ? 0 : n)
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)
  if (!m) return s
  const [, sign, lead, frac = '', expText] = m
  const exp = Number(expText)
  const digits = lead! + frac
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`
  const point = 1 + exp
  return point >= digits.length ? `${sign}${digits}${'0'.repeat(point - digits.length)}` : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`
}
