/**
 * Finding one's way in English: a link from an English page to a Danish page that has an English
 * twin is a deliberate one (the language switch, or "the Danish page also has …") and says so with
 * hreflang="da"; otherwise it should lead to the twin. Lists of kommuner are in the reader's alphabet: Danish sorts "Aa" as "Å", at the end (Aalborg after
 * Vesthimmerland), English sorts it under A. Expected orders written by hand.
 */
import { describe, expect, it } from 'vitest'
import { TWINS_REQUIRED } from '../../.vitepress/pages.ts'
import { htmlFiles, NOT_FOUND_FILE } from '../../scripts/browser/site-pages.ts'
import { builtHtml, DIST } from './built-site.ts'

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

describe('English pages lead to English pages', () => {
  const twinned = (path: string) => TWINS_REQUIRED.some((r) => (r.includes('[') ? path.startsWith(r.slice(0, r.indexOf('['))) && path.length > r.indexOf('[') : path === r))
  const files = htmlFiles(DIST).filter((f) => f.startsWith('en/') && f !== NOT_FOUND_FILE)
  it('there are English pages to check', () => expect(files.length).toBeGreaterThan(10))
  it.each(files)('%s: every link to a twinned Danish page is marked hreflang="da"', (file) => {
    const bad = [...builtHtml(file).matchAll(/<a ([^>]*)>/g)]
      .map((m) => m[1]!)
      .filter((a) => {
        const href = /href="(\/[^"#]*)/.exec(a)?.[1]
        return href !== undefined && !href.startsWith('/en/') && twinned(href) && !a.includes('hreflang="da"')
      })
    expect(bad).toEqual([])
  })
})
