import { FORMATS } from './locale.ts'

/**
 * Danish numbers and dates, the site's first language: the Danish locale of the one formatting
 * module (./locale.ts, which also holds English). Kept as named functions since most of the site
 * is Danish and reads them by these names.
 */
const da = FORMATS.da

/** 2000 → "2.000", 73.4 → "73,4", -1 → "−1". */
export const formatNumber = da.number

/** 73.4 → "73,4 mio. kr." */
export const formatMio = da.mio

/** A year range as Danish text: 2017–2020 (en dash), or one year. */
export const formatYears = da.years

/** ISO date of any precision → "30. august 2021", "juni 2021", "2018". */
export const formatDate = da.date

/** Danish words for small numbers, as sources write them ("fire nye", "ni millioner"); for one only the
 * accented forms, since "en"/"et" are also the articles. */
export const NUMBER_WORDS: Record<number, string[]> = {
  1: ['én', 'ét'], 2: ['to'], 3: ['tre'], 4: ['fire'], 5: ['fem'], 6: ['seks'], 7: ['syv'],
  8: ['otte'], 9: ['ni'], 10: ['ti'], 11: ['elleve'], 12: ['tolv'],
}
