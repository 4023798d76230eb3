/**
 * Danish formats, against expected outputs written by hand: every month at every precision (day,
 * month, year), first and last days, numbers with thousands and decimals. A formatter that is wrong
 * for a month no page uses today fails here.
 */
import { describe, expect, it } from 'vitest'
import { formatDate, formatMio, formatNumber, formatYears } from '../../scripts/format/danish.ts'

const DATES: [string, string][] = [
  ['2021-01-01', '1. januar 2021'],
  ['2021-02-28', '28. februar 2021'],
  ['2020-02-29', '29. februar 2020'],
  ['2021-03-15', '15. marts 2021'],
  ['2021-04-09', '9. april 2021'],
  ['2021-05-31', '31. maj 2021'],
  ['2021-06-30', '30. juni 2021'],
  ['2021-07-04', '4. juli 2021'],
  ['2021-08-30', '30. august 2021'],
  ['2021-09-01', '1. september 2021'],
  ['2021-10-11', '11. oktober 2021'],
  ['2020-11-04', '4. november 2020'],
  ['2021-12-31', '31. december 2021'],
  ['2017-01', 'januar 2017'],
  ['2017-02', 'februar 2017'],
  ['2017-03', 'marts 2017'],
  ['2017-04', 'april 2017'],
  ['2017-05', 'maj 2017'],
  ['2017-06', 'juni 2017'],
  ['2017-07', 'juli 2017'],
  ['2017-08', 'august 2017'],
  ['2017-09', 'september 2017'],
  ['2017-10', 'oktober 2017'],
  ['2017-11', 'november 2017'],
  ['2017-12', 'december 2017'],
  ['2016', '2016'],
  ['2024', '2024'],
]

describe('formatDate', () => {
  it.each(DATES)('%s → %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected)
  })
})

describe('numbers', () => {
  it.each([
    [0, '0'], [7, '7'], [93, '93'], [980, '980'], [1000, '1.000'], [2000, '2.000'], [12345, '12.345'], [1234567, '1.234.567'],
    [73.4, '73,4'], [0.5, '0,5'], [12.25, '12,25'], [3.333, '3,33'], [10.8, '10,8'], [-1, '−1'],
  ])('formatNumber(%s) → %s', (n, expected) => {
    expect(formatNumber(n)).toBe(expected)
  })
  it('writes millions of kroner and year ranges the Danish way', () => {
    expect(formatMio(73.4)).toBe('73,4 mio. kr.')
    expect(formatMio(40)).toBe('40 mio. kr.')
    expect(formatMio(0.4)).toBe('0,4 mio. kr.')
    expect(formatYears(2017, 2020)).toBe('2017–2020')
    expect(formatYears(2021, 2021)).toBe('2021')
  })
})
