/**
 * The one clean-up a quotation gets before it is shown (scripts/site/cite.ts, joinLineBreaks): a
 * PDF's line-break hyphen is joined, a real hyphen is kept. Expected texts are written by hand.
 */
import { describe, expect, it } from 'vitest'
import { joinLineBreaks } from '../../scripts/site/cite.ts'

describe('joinLineBreaks', () => {
  it.each([
    ['der afsættes år- ligt 10 mio. kr.', 'der afsættes årligt 10 mio. kr.'],
    ['projektet In- sideOut', 'projektet InsideOut'],
    ['en SSP- konsulent', 'en SSP-konsulent'],
    ['efter- og videreuddannelse', 'efter- og videreuddannelse'],
    ['social- eller sundhedsfaglig', 'social- eller sundhedsfaglig'],
    ['børne- samt ungeområdet', 'børne- samt ungeområdet'],
    ['fra 2017- 2020', 'fra 2017- 2020'],
    ['æres- relaterede og over- greb', 'æresrelaterede og overgreb'],
    ['Høje-Taastrup Kommune', 'Høje-Taastrup Kommune'],
    ['ingen bindestreg her', 'ingen bindestreg her'],
    ['- en tankestreg', '- en tankestreg'],
    ['ord - Ord', 'ord - Ord'],
  ])('%s → %s', (raw, shown) => {
    expect(joinLineBreaks(raw)).toBe(shown)
  })
})
