/**
 * The check that a row's figure is written in its quote matches whole numbers only: a figure
 * inside a longer number, or the whole part of a fraction, is not the figure.
 */
import { describe, expect, it } from 'vitest'
import { quoteHasFigure } from '../../scripts/data/check-provenance.ts'

describe('a figure is found in a quote', () => {
  it.each([
    ['Indsatsen har samlet nået 980 børn', 980],
    ['minimum 2.000 børn', 2000],
    ['minimum 2000 børn', 2000],
    ['73,4 mio. kr.', 73.4],
    ['(80 pct.)', 80],
    ['fire nye exit-boliger', 4],
    ['i alt 3½ år', 3.5],
  ])('%s holds %d', (quote, n) => {
    expect(quoteHasFigure(quote, n)).toBe(true)
  })
})

describe('a figure is not found inside a longer number', () => {
  it.each([
    ['Indsatsen har samlet nået 980 børn', 80, 'the end of 980'],
    ['Indsatsen har samlet nået 980 børn', 98, 'the start of 980'],
    ['minimum 12.000 børn', 2000, 'the end of 12.000'],
    ['minimum 2.000 børn', 2, 'the thousands of 2.000'],
    ['173,4 mio. kr.', 73.4, 'the end of 173,4'],
    ['73,45 mio. kr.', 73.4, 'the start of 73,45'],
    ['i alt 1½ år', 1, 'the whole part of 1½'],
    ['80% af dem', 80, 'a share written 80%'],
    ['firemandsbolig', 4, 'a number word inside a longer word'],
  ])('%s does not hold %d (%s)', (quote, n) => {
    expect(quoteHasFigure(quote, n)).toBe(false)
  })
})
