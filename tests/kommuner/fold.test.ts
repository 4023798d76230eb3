/** Danish letter folding for search and the kommune finder, against a table written by hand. */
import { describe, expect, it } from 'vitest'
import { fold } from '../../scripts/site/fold.ts'

// [typed, name]: each typed form must fold to the same as the name.
const SAME: [string, string][] = [
  ['tonder', 'Tønder'],
  ['toender', 'Tønder'],
  ['TØNDER', 'Tønder'],
  ['aeroe', 'Ærø'],
  ['aero', 'Ærø'],
  ['Kobenhavn', 'København'],
  ['koebenhavn', 'København'],
  ['aabenraa', 'Aabenraa'],
  ['åbenrå', 'Aabenraa'],
  ['abenra', 'Aabenraa'],
  ['hoeje-taastrup', 'Høje-Taastrup'],
  ['hoje taastrup', 'Høje-Taastrup'],
  ['bronderslev', 'Brønderslev'],
  ['Faaborg Midtfyn', 'Faaborg-Midtfyn'],
  ['lyngby-taarbaek', 'Lyngby-Taarbæk'],
  ['fanø', 'Fanø'],
  ['fanoe', 'Fanø'],
  ['ringkøbing-skjern', 'Ringkøbing-Skjern'],
  ['ringkobing skjern', 'Ringkøbing-Skjern'],
]
// Names that must stay apart.
const APART: [string, string][] = [
  ['Vejle', 'Vejen'],
  ['Odense', 'Odder'],
  ['Aarhus', 'Aabenraa'],
]

describe('fold', () => {
  it.each(SAME)('"%s" finds %s', (typed, name) => expect(fold(typed)).toBe(fold(name)))
  it.each(APART)('%s and %s stay apart', (a, b) => expect(fold(a)).not.toBe(fold(b)))
  it('gives the forms written by hand', () => {
    expect(fold('Tønder')).toBe('tonder')
    expect(fold('Ærø')).toBe('aro')
    expect(fold('København')).toBe('kobenhavn')
    expect(fold('Høje-Taastrup')).toBe('hoje tastrup')
    expect(fold('  Region   Sjælland ')).toBe('region sjalland')
  })
})
