import { formatLocale } from 'd3-format'
import { timeFormatLocale, type TimeLocaleDefinition } from 'd3-time-format'

/**
 * The one place numbers and dates are turned into text, in the site's two languages. Fixed locales
 * (not the browser's), so that the server-rendered HTML and the hydrated page read the same.
 * Danish: 2.000 · 73,4 mio. kr. · 30. august 2021. English: 2,000 · DKK 73.4 million · 30 August 2021.
 */
export type Lang = 'da' | 'en'
export const LANGS: Lang[] = ['da', 'en']

export interface Formats {
  /** 2000 → "2.000" / "2,000"; −1 with a true minus sign. */
  number: (n: number) => string
  /** Millions of kroner: "73,4 mio. kr." / "DKK 73.4 million". */
  mio: (n: number) => string
  /** A year range with an en dash, or one year. */
  years: (start: number, end: number) => string
  /** An ISO date of any precision: "30. august 2021" / "30 August 2021", "juni 2021" / "June 2021", "2018". */
  date: (iso: string) => string
}

/** What differs between the two languages. Grouping by three and a true minus sign are shared. */
interface LocaleSettings {
  decimal: string
  thousands: string
  months: TimeLocaleDefinition['months']
  /** d3's pattern of a whole date: "30. august 2021" / "30 August 2021". */
  day: string
  /** Millions of kroner around a number already formatted. */
  mio: (n: string) => string
  // d3's locales need every field; the site's formats (',.2~f', the day pattern, '%B %Y') read only the
  // separators, the minus sign and the month names. The fields below are read by no format.
  currency: [string, string]
  dateTime: string
  date: string
  days: TimeLocaleDefinition['days']
  shortDays: TimeLocaleDefinition['shortDays']
  shortMonths: TimeLocaleDefinition['shortMonths']
}

// The unread fields are marked for StrykerJS (npm run mutate): a change there shows nowhere, so it is
// not counted (bench/MUTATION.md).
const SETTINGS: Record<Lang, LocaleSettings> = {
  da: {
    decimal: ',',
    thousands: '.',
    months: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    day: '%-d. %B %Y',
    mio: (n) => `${n} mio. kr.`,
    // Stryker disable all: fields no format of the site reads
    currency: ['', ' kr.'],
    dateTime: '%A den %d. %B %Y %X',
    date: '%d.%m.%Y',
    days: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
    shortDays: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
    shortMonths: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    // Stryker restore all
  },
  en: {
    decimal: '.',
    thousands: ',',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    day: '%-d %B %Y',
    mio: (n) => `DKK ${n} million`,
    // Stryker disable all: fields no format of the site reads
    currency: ['DKK ', ''],
    dateTime: '%A %-d %B %Y %X',
    date: '%d/%m/%Y',
    days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    // Stryker restore all
  },
}

function formats(s: LocaleSettings): Formats {
  const numbers = formatLocale({
    decimal: s.decimal,
    thousands: s.thousands,
    grouping: [3],
    minus: '−',
    // Stryker disable next-line all: no format reads the currency
    currency: s.currency,
  })
  const dates = timeFormatLocale({
    months: s.months,
    // Stryker disable all: fields no format of the site reads
    dateTime: s.dateTime,
    date: s.date,
    days: s.days,
    shortDays: s.shortDays,
    shortMonths: s.shortMonths,
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    // Stryker restore all
  })
  const plain = numbers.format(',.2~f')
  const day = dates.utcFormat(s.day)
  const month = dates.utcFormat('%B %Y')
  return {
    number: (n) => plain(n),
    mio: (n) => s.mio(plain(n)),
    years: (start, end) => (start === end ? String(start) : `${start}–${end}`),
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number)
      if (m === undefined) return String(y)
      const date = new Date(Date.UTC(y!, m - 1, d ?? 1))
      return d === undefined ? month(date) : day(date)
    },
  }
}

export const FORMATS: Record<Lang, Formats> = { da: formats(SETTINGS.da), en: formats(SETTINGS.en) }

/** The site's language of an HTML `lang` value or a locale: "en", "en-GB" → en; anything else → da. */
export const langOf = (lang: string | undefined): Lang => (lang?.toLowerCase().startsWith('en') ? 'en' : 'da')
