/** The formatting module's two locales; every expected string is written by hand. */
import { describe, expect, it } from 'vitest'
import { FORMATS, langOf } from '../../scripts/format/locale.ts'
import { formatDate, formatMio, formatNumber, formatYears } from '../../scripts/format/danish.ts'

// One table per format, a language column in each row.
describe('numbers', () => {
  it.each([
    ['da', 2000, '2.000'],
    ['da', 73.4, '73,4'],
    ['da', 1234567.891, '1.234.567,89'],
    ['da', -1, '−1'],
    ['da', 0, '0'],
    ['en', 2000, '2,000'],
    ['en', 73.4, '73.4'],
    ['en', 1234567.891, '1,234,567.89'],
    ['en', -1, '−1'],
    ['en', 980, '980'],
  ] as const)('%s: %s is "%s"', (lang, n, text) => {
    expect(FORMATS[lang].number(n)).toBe(text)
  })
})

describe('money in millions', () => {
  it.each([
    ['da', 73.4, '73,4 mio. kr.'],
    ['da', 10, '10 mio. kr.'],
    ['da', 2.5, '2,5 mio. kr.'],
    ['en', 73.4, 'DKK 73.4 million'],
    ['en', 10, 'DKK 10 million'],
    ['en', 2.5, 'DKK 2.5 million'],
  ] as const)('%s: %s is "%s"', (lang, n, text) => {
    expect(FORMATS[lang].mio(n)).toBe(text)
  })
})

describe('dates at each precision, every month', () => {
  it.each([
    // day
    ['da', '2021-01-05', '5. januar 2021'],
    ['da', '2020-02-29', '29. februar 2020'],
    ['da', '2017-03-01', '1. marts 2017'],
    ['da', '2019-04-10', '10. april 2019'],
    ['da', '2018-05-31', '31. maj 2018'],
    ['da', '2020-06-29', '29. juni 2020'],
    ['da', '2024-07-02', '2. juli 2024'],
    ['da', '2021-08-30', '30. august 2021'],
    ['da', '2022-09-09', '9. september 2022'],
    ['da', '2023-10-15', '15. oktober 2023'],
    ['da', '2019-11-20', '20. november 2019'],
    ['da', '2026-12-02', '2. december 2026'],
    ['en', '2021-01-25', '25 January 2021'],
    ['en', '2020-02-29', '29 February 2020'],
    ['en', '2017-03-01', '1 March 2017'],
    ['en', '2019-04-10', '10 April 2019'],
    ['en', '2018-05-31', '31 May 2018'],
    ['en', '2020-06-29', '29 June 2020'],
    ['en', '2024-07-02', '2 July 2024'],
    ['en', '2021-08-30', '30 August 2021'],
    ['en', '2022-09-09', '9 September 2022'],
    ['en', '2023-10-15', '15 October 2023'],
    ['en', '2019-11-20', '20 November 2019'],
    ['en', '2026-12-02', '2 December 2026'],
    // month
    ['da', '2021-01', 'januar 2021'],
    ['da', '2021-02', 'februar 2021'],
    ['da', '2021-03', 'marts 2021'],
    ['da', '2021-04', 'april 2021'],
    ['da', '2021-05', 'maj 2021'],
    ['da', '2021-06', 'juni 2021'],
    ['da', '2021-07', 'juli 2021'],
    ['da', '2021-08', 'august 2021'],
    ['da', '2021-09', 'september 2021'],
    ['da', '2021-10', 'oktober 2021'],
    ['da', '2021-11', 'november 2021'],
    ['da', '2021-12', 'december 2021'],
    ['en', '2021-01', 'January 2021'],
    ['en', '2021-02', 'February 2021'],
    ['en', '2021-03', 'March 2021'],
    ['en', '2021-04', 'April 2021'],
    ['en', '2021-05', 'May 2021'],
    ['en', '2021-06', 'June 2021'],
    ['en', '2021-07', 'July 2021'],
    ['en', '2021-08', 'August 2021'],
    ['en', '2021-09', 'September 2021'],
    ['en', '2021-10', 'October 2021'],
    ['en', '2021-11', 'November 2021'],
    ['en', '2021-12', 'December 2021'],
    // year
    ['da', '2018', '2018'],
    ['en', '2018', '2018'],
  ] as const)('%s: %s is "%s"', (lang, iso, text) => {
    expect(FORMATS[lang].date(iso)).toBe(text)
  })
})

describe('years', () => {
  it.each([
    ['da', 2017, 2020, '2017–2020'],
    ['da', 2021, 2021, '2021'],
    ['en', 2021, 2024, '2021–2024'],
    ['en', 2021, 2021, '2021'],
  ] as const)('%s: %s to %s is "%s"', (lang, start, end, text) => {
    expect(FORMATS[lang].years(start, end)).toBe(text)
  })
})

describe('the named Danish functions', () => {
  it('are the Danish locale', () => {
    expect(formatNumber(2000)).toBe('2.000')
    expect(formatMio(73.4)).toBe('73,4 mio. kr.')
    expect(formatDate('2021-08-30')).toBe('30. august 2021')
    expect(formatYears(2017, 2020)).toBe('2017–2020')
  })
})

describe('langOf', () => {
  it('reads a page language', () => {
    expect(langOf('en')).toBe('en')
    expect(langOf('en-GB')).toBe('en')
    expect(langOf('da-DK')).toBe('da')
    expect(langOf(undefined)).toBe('da')
  })
})
