/**
 * A citation from the index (citer): the row's own source, its archive copy and its OCR reading,
 * on made-up tables, against a citation written by hand; an unknown source throws MissingRecord.
 */
import { describe, expect, it } from 'vitest'
import type { Tables } from '../../scripts/data/types.ts'
import { cite, citer } from '../../scripts/site/cite.ts'
import { MissingRecord } from '../../scripts/site/records.ts'

const tables = {
  sources: [
    { source_id: 'brev', anchor: 'foelgebrev', anchor_en: 'cover-letter', sender: 'Udlændinge- og integrationsministeren (Mattias Tesfaye)', kind: 'letter', date: '2020-11-04', date_note: null, title: 'Følgebrev', url: 'https://ft.dk/brev', reference: null, ocr: 'no' },
    { source_id: 'bilag', anchor: 'bilag-1', anchor_en: 'annex-1', sender: 'Københavns Kommune', kind: 'annex', date: '2018', date_note: null, title: 'Bilag 1', url: null, reference: null, ocr: 'yes' },
  ],
  archives: [
    { source_id: 'brev', url: 'https://ft.dk/anden', archive_url: 'https://web.archive.org/web/1/https://ft.dk/anden', archive_date: '2020-01-01' },
    { source_id: 'brev', url: 'https://ft.dk/brev', archive_url: 'https://web.archive.org/web/20201104/https://ft.dk/brev', archive_date: '2020-11-04' },
    { source_id: 'brev', url: 'https://ft.dk/brev', archive_url: 'https://web.archive.org/web/2/https://ft.dk/brev', archive_date: '2021-01-01' },
  ],
  ocr_readings: [
    { source_id: 'bilag', ocr_text: '@get samarbejde', reading: 'Øget samarbejde' },
    { source_id: 'bilag', ocr_text: '@get samarbejde', reading: 'Andet' },
  ],
} as unknown as Tables

describe('citer', () => {
  it('cites a row by its own source, with the source’s archive copy', () => {
    expect(citer(tables)({ source_id: 'brev', locator: 'Brevet, 1. afsnit', quote: 'der afsættes år- ligt 10 mio. kr.' })).toEqual({
      sourceId: 'brev',
      sourceAnchor: { anchor: 'foelgebrev', anchor_en: 'cover-letter' },
      label: 'Udlændinge- og integrationsministeren (Mattias Tesfaye), 4. november 2020',
      title: 'Følgebrev',
      document: 'Brev fra udlændinge- og integrationsministeren, 4. november 2020',
      url: 'https://ft.dk/brev',
      archive: { url: 'https://web.archive.org/web/20201104/https://ft.dk/brev', date: '4. november 2020' },
      locator: 'Brevet, 1. afsnit',
      quote: 'der afsættes årligt 10 mio. kr.',
      ocr: false,
      reading: null,
    })
  })
  it('gives an OCR passage its corrected reading, and none where the data has none', () => {
    const c = cite(tables, { source_id: 'bilag', locator: 'Bilag 1, s. 2', quote: '@get samarbejde' })
    expect([c.ocr, c.quote, c.reading, c.archive, c.document]).toEqual([true, '@get samarbejde', 'Øget samarbejde', null, 'Bilag fra Københavns Kommune, 2018'])
    expect(cite(tables, { source_id: 'bilag', locator: 'x', quote: 'ulæst' }).reading).toBeNull()
    expect(cite(tables, { source_id: 'bilag', locator: 'x', quote: 'andet' }, '@get samarbejde').reading).toBe('Øget samarbejde')
  })
  it('builds the index once per set of tables, and throws for a source the data lacks', () => {
    expect(citer(tables)).toBe(citer(tables))
    expect(() => citer(tables)({ source_id: 'ukendt', locator: '', quote: '' })).toThrow(MissingRecord)
    expect(() => citer(tables)({ source_id: 'ukendt', locator: '', quote: '' })).toThrow('data/sources.csv: no row with source_id "ukendt"')
  })
})

describe('documentNameEn', () => {
  // Written by hand: how the English edition names a document, with and without a date.
  const base = { date: null, kind: 'web_page', sender_en: 'Faaborg-Midtfyn Municipality', reference: null } as const
  it('names an undated page by its title, the Danish one where the English column keeps it in brackets', async () => {
    const { documentNameEn } = await import('../../scripts/site/en/cite.ts')
    const name = (s: object) => documentNameEn({ ...base, ...s } as never)
    expect(name({ title_en: '[Negativ social kontrol] (page of Faaborg-Midtfyn Municipality)' })).toBe('Web page from Faaborg-Midtfyn Municipality: Negativ social kontrol')
    expect(name({ title_en: 'Advice', sender_en: 'Ministry of Immigration and Integration' })).toBe('Web page from Ministry of Immigration and Integration: Advice')
    expect(name({ kind: 'answer', title_en: '[Answer to question no. 8 on bill L 126]', sender_en: 'The Minister for Immigration and Integration (Mattias Tesfaye)', reference: 'Spørgsmål nr. 8 til L 126' })).toBe(
      'Answer from the Minister for Immigration and Integration (Answer to question no. 8 on bill L 126)',
    )
    expect(name({ kind: 'letter', date: '2020-11-04', title_en: 'x', sender_en: 'The Minister for Immigration and Integration' })).toBe('Letter from the Minister for Immigration and Integration, 4 November 2020')
  })
})
