/**
 * A passage from a source as the components show it (components/NskPassage.vue, used by NskCitation,
 * NskCitations and NskSourceList), rendered with Vue's server renderer as VitePress does, in each
 * language: the source's words in »…«; an OCR passage with a corrected reading shows the reading and,
 * labelled, the machine-read text as the source has it. Every expected string is written by hand.
 */
import { describe, expect, it } from 'vitest'
import NskCitation from '../../components/NskCitation.vue'
import NskPassage from '../../components/NskPassage.vue'
import type { Citation } from '../../scripts/site/cite.ts'
import { render } from './ssr.ts'


const RAW = '@get samarbejde'
const READING = 'Øget samarbejde'

describe('a passage as a block', () => {
  it.each([
    ['da', null, '<blockquote data-source="kk-2018"><p>»Øget samarbejde«</p></blockquote>'],
    ['en', null, '<blockquote lang="da" data-source="kk-2018"><p>»Øget samarbejde«</p></blockquote>'],
    [
      'da',
      READING,
      '<blockquote data-source="kk-2018" data-ocr-reading><p>»Øget samarbejde«</p></blockquote><p class="ocr-raw">(rettet for OCR-fejl) Den maskinlæste tekst, som den står i kilden: <q data-source="kk-2018">@get samarbejde</q></p>',
    ],
    [
      'en',
      READING,
      '<blockquote lang="da" data-source="kk-2018" data-ocr-reading><p>»Øget samarbejde«</p></blockquote><p class="ocr-raw">(corrected for OCR errors) The machine-read text as it stands in the source: <q lang="da" data-source="kk-2018">@get samarbejde</q></p>',
    ],
  ] as const)('%s, reading %s', async (lang, reading, html) => {
    expect(await render(lang, NskPassage, { quote: reading ? RAW : READING, reading, sourceId: 'kk-2018' })).toBe(html)
  })

  it('names its source document by address where it has one (cite)', async () => {
    expect(await render('da', NskPassage, { quote: 'x', reading: null, sourceId: 's', cite: 'https://example.dk/a' })).toBe('<blockquote cite="https://example.dk/a" data-source="s"><p>»x«</p></blockquote>')
  })
})

describe('a passage inline, in a sentence', () => {
  it.each([
    ['da', null, '<q data-source="kk-2018">Øget samarbejde</q>'],
    ['da', READING, '<q data-ocr-reading data-source="kk-2018">Øget samarbejde</q> (rettet for OCR-fejl; i den maskinlæste tekst: <q data-source="kk-2018">@get samarbejde</q>)'],
    ['en', READING, '<q data-ocr-reading data-source="kk-2018" lang="da">Øget samarbejde</q> (corrected for OCR errors; in the machine-read text: <q data-source="kk-2018" lang="da">@get samarbejde</q>)'],
  ] as const)('%s, reading %s', async (lang, reading, html) => {
    expect(await render(lang, NskPassage, { inline: true, quote: reading ? RAW : READING, reading, sourceId: 'kk-2018' })).toBe(html)
  })
})

describe('a citation (NskCitation) in each language', () => {
  const citation: Citation = {
    sourceId: 'kk-2018',
    sourceAnchor: { anchor: 'kk-bilag-2018', anchor_en: 'cph-annex-2018' },
    label: 'Københavns Kommune, 2018',
    title: 'Bilag 1',
    document: 'Bilag fra Københavns Kommune, 2018',
    url: null,
    archive: null,
    locator: 'side 3',
    quote: RAW,
    ocr: true,
    reading: READING,
  }
  it.each([
    ['da', 'Kilde', '(rettet for OCR-fejl) Den maskinlæste tekst, som den står i kilden:', 'Om kilden', '/kilder#kilde-kk-bilag-2018'],
    ['en', 'Source', '(corrected for OCR errors) The machine-read text as it stands in the source:', 'About the source', '/en/sources#source-cph-annex-2018'],
  ] as const)('%s: its summary, the OCR label and the link to the source', async (lang, summary, label, about, href) => {
    const html = await render(lang, NskCitation, { citation })
    expect(html).toContain(`<summary>${summary}</summary>`)
    expect(html).toContain(`<p class="ocr-raw">${label} <q`)
    expect(html).toContain(`<a class="all" href="${href}">${about}</a>`)
  })
  it.each([
    ['da', 'Citatet er gengivet som i den maskinlæste (OCR) tekst.'],
    ['en', 'The quotation is given as in the machine-read (OCR) text.'],
  ] as const)('%s: an OCR passage without a reading says it is as the machine read it', async (lang, note) => {
    const html = await render(lang, NskCitation, { citation: { ...citation, reading: null } })
    expect(html).toContain(`<span class="ocr">${note}</span>`)
    expect(html).not.toContain('ocr-raw')
  })
})
