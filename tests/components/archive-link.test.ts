/**
 * The link to an archived copy of a source's page (the Internet Archive, near the source's date), as
 * the components that show one render it with Vue's server renderer, in each language: NskCitation
 * (every citation), NskLetterLinks (the minister's letter's links) and NskDirectory (the help
 * directory's cards). Its words come from the interface strings, so an English page shows English.
 * Every expected string is written by hand.
 */
import { describe, expect, it } from 'vitest'
import NskCitation from '../../components/NskCitation.vue'
import NskDirectory from '../../components/NskDirectory.vue'
import NskLetterLinks from '../../components/NskLetterLinks.vue'
import type { Citation } from '../../scripts/site/cite.ts'
import type { DirectoryEntry, HjaelpView, SourcedLink } from '../../scripts/site/views/hjaelp.ts'
import { render } from './ssr.ts'


const ARCHIVE = 'https://web.archive.org/web/20200629/https://uim.dk/a'
const citation: Citation = {
  sourceId: 'min-2020-06-29',
  sourceAnchor: { anchor: 'brev-2020', anchor_en: 'letter-2020' },
  label: 'Ministeren, 2020',
  title: 'Brev',
  document: 'Brevet',
  url: 'https://uim.dk/a',
  archive: { url: ARCHIVE, date: 'DATE' },
  locator: 'side 1',
  quote: 'x',
  ocr: false,
  reading: null,
}
const link: SourcedLink = { url: 'https://uim.dk/a', host: 'uim.dk', archiveUrl: ARCHIVE, archiveDate: 'DATE', title: 'Et tilbud', givenBy: 'brevet', citation }

/** The archive link's text, tags removed. */
function archiveText(html: string): string[] {
  return [...html.matchAll(new RegExp(`<a href="${ARCHIVE}"[^>]*>(.*?)</a>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''))
}

const WORDS = {
  da: 'Søg en arkiveret kopi nær DATE (Internet Archive)',
  en: 'Look for an archived copy near DATE (Internet Archive)',
} as const

describe('the archive link is in the page’s language', () => {
  it.each(['da', 'en'] as const)('%s: NskCitation', async (lang) => {
    expect(archiveText(await render(lang, NskCitation, { citation }))).toEqual([WORDS[lang]])
  })

  it.each(['da', 'en'] as const)('%s: NskLetterLinks', async (lang) => {
    const links: HjaelpView['letterLinks'] = [{ id: 'l1', title: 'Et tilbud', card: 'kort', link }]
    // The link's own archive link, then the one in its citation.
    expect(archiveText(await render(lang, NskLetterLinks, { links, date: '29. juni 2020' }))).toEqual([WORDS[lang], WORDS[lang]])
  })

  it.each(['da', 'en'] as const)('%s: NskDirectory', async (lang) => {
    const entry: DirectoryEntry = {
      id: 'o1',
      anchor: 'o1',
      name: 'Et andet navn',
      offers: 'Rådgivning',
      audience: 'Fagpersoner',
      need: 'advice',
      needs: ['advice'],
      needLabel: 'Rådgivning',
      audiences: ['professionals'],
      extremism: false,
      local: false,
      org: 'SIRI',
      dated: 'oplyst 2020',
      link,
      citation: { ...citation, archive: null },
    }
    const view = { needs: { advice: 'Rådgivning' }, audiences: { professionals: 'Fagpersoner og kommuner' }, entries: [entry] } as unknown as HjaelpView
    // The card's link, then the link's own citation (the card's citation has no archive copy here).
    expect(archiveText(await render(lang, NskDirectory, { view }))).toEqual([WORDS[lang], WORDS[lang]])
  })
})
