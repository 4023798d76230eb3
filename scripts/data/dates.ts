/**
 * Dates as intervals. A source dates a thing to a day, a month, a quarter, a half-year, a season,
 * a year, a span ("2021–2024") or from a point ("fra september 2021"); every dated row stores the
 * interval that wording covers in `date_start` and `date_end` (ISO days, `date_end` empty for
 * `from`). The rules below are the only place the intervals are defined: the check holds each
 * row to them, the codebook prints them, and lists sort by them.
 */

import { formatDate } from '../format/danish.ts'

export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'half', 'season', 'year', 'range', 'from'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

export interface Interval {
  start: string
  /** null: open (a `from` date). */
  end: string | null
}

const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()
/** The days from month `m0` of year `y` for `months` months (months past December run into the next year). */
function months(y: number, m0: number, count: number): Interval {
  const y1 = y + Math.floor((m0 + count - 2) / 12)
  const m1 = ((m0 + count - 2) % 12) + 1
  return { start: `${y}-${pad(m0)}-01`, end: `${y1}-${pad(m1)}-${pad(lastDay(y1, m1))}` }
}

/** The calendar units a quarter, half or season can be, by number, with their Danish words. */
export const UNITS = {
  quarter: [
    { n: 1, from: 1, words: ['1. kvartal', 'første kvartal'] },
    { n: 2, from: 4, words: ['2. kvartal', 'andet kvartal'] },
    { n: 3, from: 7, words: ['3. kvartal', 'tredje kvartal'] },
    { n: 4, from: 10, words: ['4. kvartal', 'fjerde kvartal'] },
  ],
  half: [
    { n: 1, from: 1, words: ['1. halvår', 'første halvår'] },
    { n: 2, from: 7, words: ['2. halvår', 'andet halvår'] },
  ],
  season: [
    { n: 1, from: 3, words: ['foråret', 'forår'] },
    { n: 2, from: 6, words: ['sommeren', 'sommer'] },
    { n: 3, from: 9, words: ['efteråret', 'efterår'] },
    { n: 4, from: 12, words: ['vinteren', 'vinter'] },
  ],
} as const
const LENGTH = { quarter: 3, half: 6, season: 3 } as const
type Unit = keyof typeof UNITS

/** The interval of quarter, half or season `n` of year `y` (winter: December of `y` to February). */
export function unitInterval(kind: Unit, y: number, n: number): Interval {
  const u = UNITS[kind].find((x) => x.n === n)!
  return months(y, u.from, LENGTH[kind])
}

/** The interval an ISO date covers at the precision it is written at (YYYY-MM-DD, YYYY-MM, YYYY). */
export function isoInterval(iso: string): Interval {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?]
  if (d !== undefined) return { start: iso, end: iso }
  if (m !== undefined) return months(y, m, 1)
  return months(y, 1, 12)
}

/** The rule of each precision, in words (English for the check's messages; Danish for the codebook). */
export const RULES: Record<DatePrecision, { date: string; en: string; da: string }> = {
  day: { date: 'YYYY-MM-DD', en: 'the day itself', da: 'dagen selv: start og slut er samme dag' },
  month: { date: 'YYYY-MM', en: 'first to last day of the month', da: 'månedens første til sidste dag' },
  quarter: { date: 'YYYY', en: 'a calendar quarter of the year', da: '1. kvartal 1. januar–31. marts, 2. kvartal 1. april–30. juni, 3. kvartal 1. juli–30. september, 4. kvartal 1. oktober–31. december' },
  half: { date: 'YYYY', en: 'a half of the year', da: '1. halvår 1. januar–30. juni, 2. halvår 1. juli–31. december' },
  season: { date: 'YYYY', en: 'a season of the year', da: 'forår 1. marts–31. maj, sommer 1. juni–31. august, efterår 1. september–30. november, vinter 1. december–28./29. februar (date er decembers år)' },
  year: { date: 'YYYY', en: '1 January to 31 December', da: '1. januar–31. december' },
  range: { date: 'its start: YYYY-MM-DD, YYYY-MM or YYYY', en: 'from the first day of date to the last day of the span', da: 'fra første dag af date (fx 2021 → 1. januar 2021) til spændets sidste dag (fx 2024 → 31. december 2024)' },
  from: { date: 'its start: YYYY-MM-DD, YYYY-MM or YYYY', en: 'from the first day of date, with no end', da: 'fra første dag af date; date_end er tom, for kilden giver intet slut' },
}

const DATE_LENGTHS: Record<DatePrecision, number[]> = { day: [10], month: [7], quarter: [4], half: [4], season: [4], year: [4], range: [4, 7, 10], from: [4, 7, 10] }
const PRECISION_OF_LENGTH: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' }

const MONTHS = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december'

/** What a date text (the source's words) says about the precision: the unit it names, if any. */
export function unitInText(text: string): { kind: Unit; n: number } | { kind: 'from' | 'range' } | null {
  const t = text.toLowerCase()
  // "fra efteråret 2022" is a start with no end, whatever unit it starts in.
  if (/^fra\s/.test(t)) return { kind: 'from' }
  for (const kind of ['quarter', 'half', 'season'] as const) {
    for (const u of UNITS[kind]) if (u.words.some((w) => new RegExp(`(^|[^\\p{L}])${w.replace('.', '\\.')}([^\\p{L}]|$)`, 'u').test(t))) return { kind, n: u.n }
  }
  // "2021–2024", "2017–18", "november 2017 – december 2018", "september–december 2021"
  if (/\d{4}\s*[–-]\s*(\d{2}|\d{4})(?!\d)/.test(t) || new RegExp(`(${MONTHS})(\\s+\\d{4})?\\s*[–-]\\s*(${MONTHS})\\s+\\d{4}`).test(t)) return { kind: 'range' }
  return null
}

export interface DatedRow {
  date?: unknown
  date_precision?: unknown
  date_start?: unknown
  date_end?: unknown
  date_text?: unknown
}

/**
 * Every problem with a row's date, as [column, message]: the precision fits how `date` is
 * written, the interval is the one the rule gives, and a date text agrees with the precision.
 */
export function dateProblems(r: DatedRow): [string, string][] {
  const out: [string, string][] = []
  const date = typeof r.date === 'string' ? r.date : null
  const p = typeof r.date_precision === 'string' ? (r.date_precision as DatePrecision) : null
  const start = typeof r.date_start === 'string' ? r.date_start : null
  const end = typeof r.date_end === 'string' ? r.date_end : null
  const shown = (v: string | null) => (v === null ? 'an empty cell' : `"${v}"`)
  if (date === null) {
    if (p !== null) out.push(['date_precision', `expected an empty cell where date is empty, found "${p}"`])
    if ('date_start' in r && start !== null) out.push(['date_start', `expected an empty cell where date is empty, found "${start}"`])
    if ('date_end' in r && end !== null) out.push(['date_end', `expected an empty cell where date is empty, found "${end}"`])
    return out
  }
  if (p === null || !DATE_LENGTHS[p].includes(date.length)) {
    const fits = PRECISION_OF_LENGTH[date.length]!
    const also = date.length === 4 ? ' (or quarter, half, season, range, from)' : ' (or range, from)'
    out.push(['date_precision', `expected "${fits}"${p === null || p === 'day' || p === 'month' || p === 'year' ? '' : also} (the precision of "${date}"), found ${shown(p)}`])
    return out
  }
  if (!('date_start' in r)) return out
  const own = isoInterval(date)
  const y = Number(date.slice(0, 4))
  const text = typeof r.date_text === 'string' ? r.date_text : null
  const named = text === null ? null : unitInText(text)
  let want: Interval | null = null
  if (p === 'quarter' || p === 'half' || p === 'season') {
    const unit = named && named.kind === p ? (named as { n: number }).n : null
    if (text !== null && unit === null) out.push(['date_text', `expected the ${p} of "${date}" in words (e.g. "${UNITS[p][0].words[0]} ${date}"), found "${text}"`])
    const candidates = UNITS[p].map((u) => unitInterval(p, y, u.n))
    want = unit !== null ? unitInterval(p, y, unit) : (candidates.find((c) => c.start === start && c.end === end) ?? null)
    if (want === null) {
      out.push(['date_start', `expected ${RULES[p].en} ${date} (e.g. ${candidates[0]!.start} to ${candidates[0]!.end}), found ${shown(start)} to ${shown(end)}`])
      return out
    }
  } else {
    if (named && named.kind !== p) out.push(['date_precision', `expected "${named.kind}" (date_text "${text}" names ${named.kind === 'range' ? 'a span' : named.kind === 'from' ? 'a start with no end' : `a ${named.kind}`}), found "${p}"`])
    if (p === 'range') {
      want = { start: own.start, end }
      if (end === null || end <= own.end!) {
        out.push(['date_end', `expected the last day of the span, after ${own.end} (the end of "${date}"), found ${shown(end)}`])
        return out
      }
    } else if (p === 'from') want = { start: own.start, end: null }
    else want = own
  }
  const rule = `the ${p} rule for "${date}"${text === null ? '' : ` ("${text}")`}: ${RULES[p].en}`
  if (start !== want.start) out.push(['date_start', `expected "${want.start}" (${rule}), found ${shown(start)}`])
  if (end !== want.end) out.push(['date_end', `expected ${want.end === null ? 'an empty cell' : `"${want.end}"`} (${rule}), found ${shown(end)}`])
  return out
}

/**
 * Oldest first, by interval: by first day, then by last day (the shorter one first; an open end
 * last). A day sorts before its month, the month before its quarter, the quarter before its year.
 */
export function byInterval(a: { date_start: string | null; date_end: string | null }, b: { date_start: string | null; date_end: string | null }): number {
  const s = (a.date_start ?? '').localeCompare(b.date_start ?? '')
  if (s) return s
  return (a.date_end ?? '9999').localeCompare(b.date_end ?? '9999')
}

/**
 * A date in Danish words at its own precision: the source's words where the row has them
 * (`date_text`), else made from the interval ("3. kvartal 2021", "efteråret 2018", "2021–2024",
 * "fra september 2021", "30. august 2021").
 */
export function dateWords(r: { date: string; date_precision: DatePrecision | null; date_start: string | null; date_end: string | null; date_text?: string | null }): string {
  if (r.date_text) return r.date_text
  const y = Number(r.date.slice(0, 4))
  const nOf = (kind: Unit) => UNITS[kind].find((u) => unitInterval(kind, y, u.n).start === r.date_start)?.n
  switch (r.date_precision) {
    case 'quarter':
      return `${nOf('quarter')}. kvartal ${y}`
    case 'half':
      return `${nOf('half')}. halvår ${y}`
    case 'season':
      return `${UNITS.season.find((u) => u.n === nOf('season'))!.words[0]} ${y}`
    case 'from':
      return `fra ${formatDate(r.date)}`
    case 'range': {
      const end = r.date_end!
      const endIso = r.date.length === 4 ? end.slice(0, 4) : r.date.length === 7 ? end.slice(0, 7) : end
      return r.date.length === 4 ? `${r.date}–${endIso}` : `${formatDate(r.date)} – ${formatDate(endIso)}`
    }
    default:
      return formatDate(r.date)
  }
}
