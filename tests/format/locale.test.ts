/** The formatting module's two locales; every expected string is written by hand. */
import { describe, expect, it } from 'vitest'
import { FORMATS, langOf } from '../../scripts/format/locale.ts'
import { formatDate, formatMio, formatNumber, formatYears } from '../../scripts/format/danish.ts'

describe('Danish', () => {
  const da = FORMATS.da
  it('numbers', () => {
    expect(da.number(2000)).toBe('2.000')
    expect(da.number(73.4)).toBe('73,4')
    expect(da.number(1234567.891)).toBe('1.234.567,89')
    expect(da.number(-1)).toBe('−1')
    expect(da.number(0)).toBe('0')
  })
  it('money in millions', () => {
    expect(da.mio(73.4)).toBe('73,4 mio. kr.')
    expect(da.mio(10)).toBe('10 mio. kr.')
  })
  it('dates at each precision', () => {
    expect(da.date('2021-08-30')).toBe('30. august 2021')
    expect(da.date('2021-01-05')).toBe('5. januar 2021')
    expect(da.date('2021-06')).toBe('juni 2021')
    expect(da.date('2018')).toBe('2018')
  })
  it('years', () => {
    expect(da.years(2017, 2020)).toBe('2017–2020')
    expect(da.years(2021, 2021)).toBe('2021')
  })
  it('the named Danish functions are the Danish locale', () => {
    expect(formatNumber(2000)).toBe('2.000')
    expect(formatMio(73.4)).toBe('73,4 mio. kr.')
    expect(formatDate('2021-08-30')).toBe('30. august 2021')
    expect(formatYears(2017, 2020)).toBe('2017–2020')
  })
})

describe('English', () => {
  const en = FORMATS.en
  it('numbers', () => {
    expect(en.number(2000)).toBe('2,000')
    expect(en.number(73.4)).toBe('73.4')
    expect(en.number(1234567.891)).toBe('1,234,567.89')
    expect(en.number(-1)).toBe('−1')
    expect(en.number(980)).toBe('980')
  })
  it('money in millions', () => {
    expect(en.mio(73.4)).toBe('DKK 73.4 million')
    expect(en.mio(10)).toBe('DKK 10 million')
    expect(en.mio(2.5)).toBe('DKK 2.5 million')
  })
  it('dates at each precision', () => {
    expect(en.date('2021-08-30')).toBe('30 August 2021')
    expect(en.date('2021-01-25')).toBe('25 January 2021')
    expect(en.date('2017-03-01')).toBe('1 March 2017')
    expect(en.date('2021-06')).toBe('June 2021')
    expect(en.date('2018')).toBe('2018')
  })
  it('years', () => {
    expect(en.years(2021, 2024)).toBe('2021–2024')
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
