import { formatLocale } from 'd3-format'
import { timeFormatLocale } from 'd3-time-format'

/**
 * The one place numbers and dates are turned into Danish text. A fixed locale (not the
 * browser's) so that the server-rendered HTML and the hydrated page read the same.
 */
const numberLocale = formatLocale({ decimal: ',', thousands: '.', grouping: [3], currency: ['', ' kr.'], minus: '−' })
const dateLocale = timeFormatLocale({
  dateTime: '%A den %d. %B %Y %X',
  date: '%d.%m.%Y',
  time: '%H:%M:%S',
  periods: ['AM', 'PM'],
  days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  shortDays: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
  months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  shortMonths: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
})

const plain = numberLocale.format(',.2~f')
const dayMonthYear = dateLocale.utcFormat('%-d. %B %Y')
const monthYear = dateLocale.utcFormat('%B %Y')

/** 2000 → "2.000", 73.4 → "73,4", -1 → "−1". */
export function formatNumber(n: number): string {
  return plain(n)
}

/** 73.4 → "73,4 mio. kr." */
export function formatMio(n: number): string {
  return `${plain(n)} mio. kr.`
}

/** A year range as Danish text: 2017–2020 (en dash), or one year. */
export function formatYears(start: number, end: number): string {
  return start === end ? String(start) : `${start}–${end}`
}

/** ISO date of any precision → "30. august 2021", "juni 2021", "2018". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  if (m === undefined) return String(y)
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1))
  return d === undefined ? monthYear(date) : dayMonthYear(date)
}

/** Danish words for small numbers, as sources write them ("fire nye", "ni millioner"); for one only the
 * accented forms, since "en"/"et" are also the articles. */
export const NUMBER_WORDS: Record<number, string[]> = {
  1: ['én', 'ét'], 2: ['to'], 3: ['tre'], 4: ['fire'], 5: ['fem'], 6: ['seks'], 7: ['syv'],
  8: ['otte'], 9: ['ni'], 10: ['ti'], 11: ['elleve'], 12: ['tolv'],
}
