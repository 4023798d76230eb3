/**
 * Lists of kommuner are in the reader's alphabet: Danish sorts "Aa" as "Å", at the end (Aalborg after
 * Vesthimmerland), English sorts it under A. Expected orders written by hand.
 */
import { describe, expect, it } from 'vitest'
import { builtHtml } from './built-site.ts'

const NORDJYLLAND = ['Brønderslev', 'Frederikshavn', 'Hjørring', 'Jammerbugt', 'Læsø', 'Mariagerfjord', 'Morsø', 'Rebild', 'Thisted', 'Vesthimmerlands']
/** The link texts of links to kommune pages, in page order, from the first one on. */
const kommuneLinks = (html: string) => [...html.matchAll(/<a href="\/kommuner\/(?!beredskaber)[a-z-]+"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!)

describe('kommuner in the reader’s alphabetical order', () => {
  it('the Danish finder lists Nordjylland’s kommuner with Aalborg last', () => {
    expect(kommuneLinks(builtHtml('kommuner/index.html')).slice(0, 11)).toEqual([...NORDJYLLAND, 'Aalborg'])
  })
  it('the English finder lists them with Aalborg first', () => {
    expect(kommuneLinks(builtHtml('en/kommuner/index.html')).slice(0, 11)).toEqual(['Aalborg', ...NORDJYLLAND].map((n) => `${n} Kommune`))
  })
  it('the English region page lists Midtjylland’s kommuner from Aarhus', () => {
    const html = builtHtml('en/regions/midtjylland.html')
    const list = kommuneLinks(html.slice(html.indexOf('id="kommuner"')))
    expect(list.slice(0, 3)).toEqual(['Aarhus Kommune', 'Favrskov Kommune', 'Hedensted Kommune'])
    expect(list.at(-1)).toBe('Viborg Kommune')
  })
})
