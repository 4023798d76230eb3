/**
 * language(lang) (scripts/site/language.ts): what a page's view chooses by language — the pair's
 * side, the `_en` column, formats, citer, anchors, source numbering and the site's words — against
 * texts written here by hand, in both languages. The rows are made up; a view that took the other
 * language's word, format or citation would show it on every page.
 */
import { describe, expect, it } from 'vitest'
import type { Funding, Indicator, Tables } from '../../scripts/data/types.ts'
import { language } from '../../scripts/site/language.ts'
import { anchorOf } from '../../scripts/site/anchors.ts'
import { collectMissingTranslations, documentNameEn, sourceLabelEn, titleNameEn, translationOf } from '../../scripts/site/en/cite.ts'

const da = language('da')
const en = language('en')

const letter = {
  source_id: 'brev', anchor: 'foelgebrev', anchor_en: 'cover-letter', kind: 'letter', date: '2020-11-04', date_note: null, date_note_en: null,
  sender: 'Udlændinge- og integrationsministeren (Mattias Tesfaye)', sender_en: 'The Minister for Immigration and Integration (Mattias Tesfaye)',
  title: 'Følgebrev', title_en: 'Cover letter', url: 'https://ft.dk/brev', reference: null, ocr: 'no',
}
const page = {
  ...letter, source_id: 'side', anchor: 'side', anchor_en: 'page', kind: 'web_page', date: null, date_note: 'Udateret side, læst 1. marts 2026.', date_note_en: 'Undated page, read 1 March 2026.',
  sender: 'Faaborg-Midtfyn Kommune', sender_en: 'Faaborg-Midtfyn Municipality', title: 'Negativ social kontrol', title_en: '[Negativ social kontrol] (page of Faaborg-Midtfyn Municipality)', url: 'https://fmk.dk/nsk',
}
const tables = {
  sources: [letter, page],
  archives: [
    { source_id: 'brev', url: 'https://ft.dk/brev', archive_url: 'https://web.archive.org/web/20201104/https://ft.dk/brev', archive_date: '2020-11-04' },
    { source_id: 'side', url: 'https://fmk.dk/anden', archive_url: 'https://web.archive.org/web/1/https://fmk.dk/anden', archive_date: '2026-01-02' },
  ],
  ocr_readings: [],
  quote_translations: [
    { source_id: 'brev', quote: 'der afsættes årligt 10 mio. kr.', quote_en: 'DKK 10 million is set aside each year' },
    { source_id: 'side', quote: 'der afsættes årligt 10 mio. kr.', quote_en: 'the wrong source' },
  ],
  verbs: [{ word: 'afsættes', kind: 'money', allows: 'afsættes' }, { word: 'afsat', kind: 'money', allows: 'afsat' }],
  conclusions: [{ conclusion_id: 'c1', text: 'Målet blev ikke nået.', text_en: 'The target was not met.', basis: 'funding:f1' }],
  funding: [{ funding_id: 'f1', source_id: 'brev', locator: 'Brevet, 1. afsnit', quote: 'der afsættes årligt 10 mio. kr.', _line: 2 }],
  // The records index (scripts/site/records.ts) indexes these too; empty here.
  ...Object.fromEntries(['plans', 'indicators', 'findings', 'events', 'initiatives', 'organisations', 'areas', 'links', 'kommuner', 'regions'].map((k) => [k, []])),
} as unknown as Tables

const funding = (over: Partial<Funding>): Funding => ({ funding_id: 'f', amount_mio_dkk: 10, basis: 'per_year', start_year: 2021, end_year: 2024, quote: 'der er afsat 10 mio. kr.', ...over }) as Funding
const indicator = (over: Partial<Indicator>): Indicator =>
  ({ kind: 'count', value: 450, value_qualifier: 'approx', unit: 'fagpersoner', unit_en: 'professionals', comparator: null, target: null, target_unit: null, ...over }) as Indicator
const row = { source_id: 'brev', locator: 'Brevet, 1. afsnit', quote: 'der afsættes år- ligt 10 mio. kr.' }

describe('language(lang): the side, the column and the formats', () => {
  it('names its language, takes its side of a pair and its column, and shows a one-language part only on its side', () => {
    expect([da.lang, en.lang]).toEqual(['da', 'en'])
    expect([da.say({ da: 'ja', en: 'yes' }), en.say({ da: 'ja', en: 'yes' })]).toEqual(['ja', 'yes'])
    const r = { name: 'Navnet', name_en: 'The name' }
    expect([da.col(r, 'name'), en.col(r, 'name')]).toEqual(['Navnet', 'The name'])
    expect([da.only('da', () => 'kun dansk'), da.only('en', () => 'English only')]).toEqual(['kun dansk', null])
    expect([en.only('da', () => 'kun dansk'), en.only('en', () => 'English only')]).toEqual([null, 'English only'])
  })

  it('formats numbers, money and dates in its language', () => {
    expect([da.f.number(2000), en.f.number(2000)]).toEqual(['2.000', '2,000'])
    expect([da.f.mio(73.4), en.f.mio(73.4)]).toEqual(['73,4 mio. kr.', 'DKK 73.4 million'])
    expect([da.f.date('2021-08-30'), en.f.date('2021-08-30')]).toEqual(['30. august 2021', '30 August 2021'])
  })

  it('joins a list with "og" or "and" before the last item only', () => {
    expect(da.list(['København', 'Aarhus', 'Odense'])).toBe('København, Aarhus og Odense')
    expect(en.list(['Copenhagen', 'Aarhus', 'Odense'])).toBe('Copenhagen, Aarhus and Odense')
    expect(da.list(['København', 'Aarhus'])).toBe('København og Aarhus')
    expect(en.list(['Aalborg'])).toBe('Aalborg')
  })
})

describe('language(lang): the site’s words for rows', () => {
  it('says an amount, a value, a figure, a date, an event and a status in its language', () => {
    expect([da.amount(funding({})), en.amount(funding({}))]).toEqual(['10 mio. kr. om året', 'DKK 10 million a year'])
    expect([da.value(indicator({})), en.value(indicator({}))]).toEqual(['ca. 450', 'about 450'])
    expect([da.indicator(indicator({})), en.indicator(indicator({}))]).toEqual(['ca. 450 fagpersoner', 'about 450 professionals'])
    const quarter = { date: '2021', date_precision: 'quarter', date_start: '2021-07-01', date_end: '2021-09-30', date_text: null, date_text_en: null } as const
    expect([da.dateWords(quarter), en.dateWords(quarter)]).toEqual(['3. kvartal 2021', 'the third quarter of 2021'])
    const event = { title: 'Møde i udvalget', title_en: 'Committee meeting', occurrence: 'planned' } as Tables['events'][number]
    expect([da.eventTitle(event), en.eventTitle(event)]).toEqual(['Planlagt: Møde i udvalget', 'Planned: Committee meeting'])
    expect([da.status.delayed, en.status.delayed]).toEqual(['Forsinket', 'Delayed'])
  })

  it('marks its own sums, differences, counts and conclusions in its language, and says money with its source’s verb', () => {
    const parts = [funding({ amount_mio_dkk: 1.25 }), funding({ amount_mio_dkk: 0.75 })]
    expect(da.ourSum(parts)).toEqual({ total: 2, text: '2 mio. kr. (lagt sammen af os: 1,25 + 0,75)' })
    expect(en.ourSum(parts, ' a year')).toEqual({ total: 2, text: 'DKK 2 million a year (added up by us: 1.25 + 0.75)' })
    expect(da.ourDifference(1.5, '10 mio. kr.', 8.5)).toBe('1,5 mio. kr. (regnet af os: 10 mio. kr. − 8,5)')
    expect(en.ourDifference(1.5, 'DKK 10 million', 8.5)).toBe('DKK 1.5 million (worked out by us: DKK 10 million − 8.5)')
    expect([da.countLead, en.countLead]).toEqual(['talt af os', 'counted by us'])
    expect([da.moneyVerb(tables, funding({})), en.moneyVerb(tables, funding({}))]).toEqual(['afsat', 'set aside'])
    const daRefs = da.refs()
    const enRefs = en.refs()
    expect(da.conclusion(tables, daRefs, 'c1').text).toBe('Vores slutning: målet blev ikke nået.')
    expect(en.conclusion(tables, enRefs, 'c1').text).toBe('Our inference: the target was not met.')
    // Each page numbers its sources with anchors in its own language; an English mark carries the translation.
    expect(daRefs.list()[0]!.entries.map((e) => e.markId)).toEqual(['henvisning-1'])
    expect(enRefs.list()[0]!.entries.map((e) => [e.markId, e.quotes[0]!.translation])).toEqual([['ref-1', 'DKK 10 million is set aside each year']])
  })
})

describe('language(lang): anchors and citations', () => {
  it('gives each kind of record its prefix and the anchor column of its language', () => {
    const r = { anchor: 'maerk', anchor_en: 'mark' }
    expect([da.anchor.initiative(r), da.anchor.recommendation(r), da.anchor.event(r), da.anchor.offer(r), da.anchor.term(r), da.anchor.link(r), da.anchor.source(r)]).toEqual([
      'initiativ-maerk', 'anbefaling-maerk', 'begivenhed-maerk', 'tilbud-maerk', 'begreb-maerk', 'link-maerk', 'kilde-maerk',
    ])
    expect([en.anchor.initiative(r), en.anchor.recommendation(r), en.anchor.event(r), en.anchor.offer(r), en.anchor.term(r), en.anchor.link(r), en.anchor.source(r)]).toEqual([
      'initiative-mark', 'recommendation-mark', 'event-mark', 'offer-mark', 'term-mark', 'link-mark', 'source-mark',
    ])
    expect([anchorOf('offer', r, 'da'), anchorOf('offer', r, 'en')]).toEqual(['tilbud-maerk', 'offer-mark'])
  })

  it('cites a row in Danish, or in English with the document named in English and the site’s translation', () => {
    const d = da.cite(tables, row)
    expect([d.document, d.label, d.archive?.date, d.quote, d.translation]).toEqual([
      'Brev fra udlændinge- og integrationsministeren, 4. november 2020',
      'Udlændinge- og integrationsministeren (Mattias Tesfaye), 4. november 2020',
      '4. november 2020',
      'der afsættes årligt 10 mio. kr.',
      undefined,
    ])
    const e = en.cite(tables, row, 'der afsættes årligt 10 mio. kr.')
    expect(e).toEqual({
      ...d,
      label: 'The Minister for Immigration and Integration, 4 November 2020',
      title: 'Cover letter',
      document: 'Letter from the Minister for Immigration and Integration, 4 November 2020',
      archive: { url: 'https://web.archive.org/web/20201104/https://ft.dk/brev', date: '4 November 2020' },
      translation: 'DKK 10 million is set aside each year',
    })
  })

  it('names an undated source by its note and title in English; a source whose archive is of another address has none', () => {
    const e = en.cite(tables, { source_id: 'side', locator: 'Siden', quote: 'der afsættes årligt 10 mio. kr.' })
    expect([e.label, e.document, e.title, e.archive, e.translation]).toEqual([
      'Faaborg-Midtfyn Municipality, Undated page, read 1 March 2026',
      'Web page from Faaborg-Midtfyn Municipality: Negativ social kontrol',
      '[Negativ social kontrol] (page of Faaborg-Midtfyn Municipality)',
      null,
      'the wrong source',
    ])
    expect(sourceLabelEn({ ...letter, sender_en: 'Københavns Kommune, Socialforvaltningen' } as never)).toBe('Københavns Kommune, 4 November 2020')
    expect(titleNameEn({ title_en: 'Cover letter' })).toBe('Cover letter')
    expect(titleNameEn({ title_en: '[Bilag 1] (annex)' })).toBe('Bilag 1')
  })

  it('finds a translation by source and exact words only; a missing one stops the page, or is collected once by the check', () => {
    expect(translationOf(tables, 'brev', 'der afsættes årligt 10 mio. kr.')).toBe('DKK 10 million is set aside each year')
    expect(translationOf(tables, 'brev', 'der afsættes årligt 10 mio.')).toBeNull()
    expect(translationOf(tables, 'ukendt', 'der afsættes årligt 10 mio. kr.')).toBeNull()
    const untranslated = { source_id: 'brev', locator: 'Brevet, 2. afsnit', quote: 'ingen oversættelse' }
    expect(() => en.cite(tables, untranslated)).toThrow(
      'data/quote_translations.csv: expected an English rendering of the passage an English page shows (source_id brev, Brevet, 2. afsnit), found none: "ingen oversættelse"',
    )
    const missing = collectMissingTranslations(() => {
      en.cite(tables, untranslated)
      en.cite(tables, { ...untranslated, locator: 'andet sted' })
    })
    expect(missing).toEqual([{ sourceId: 'brev', locator: 'Brevet, 2. afsnit', quote: 'ingen oversættelse' }])
    // After the check, a missing rendering stops the build again.
    expect(() => en.cite(tables, untranslated)).toThrow('found none')
  })
})

// Cases added after the mutation run of 2026-12-04 (bench/MUTATION.md): each passes on the code as
// it is and fails on the surviving mutant named beside it.
describe('English source names: every kind and every branch', () => {
  const named = (s: object) => documentNameEn({ ...letter, ...s } as never)
  it('names each kind of document in English', () => {
    // KIND: each kind's word (the mutants emptied annex, press release, article, register)
    expect(named({ kind: 'letter' })).toBe('Letter from the Minister for Immigration and Integration, 4 November 2020')
    expect(named({ kind: 'answer' })).toBe('Answer from the Minister for Immigration and Integration, 4 November 2020')
    expect(named({ kind: 'annex', sender_en: 'Copenhagen Municipality' })).toBe('Annex from Copenhagen Municipality, 4 November 2020')
    expect(named({ kind: 'press_release', sender_en: 'The Ministry of Immigration and Integration' })).toBe('Press release from the Ministry of Immigration and Integration, 4 November 2020')
    expect(named({ kind: 'news_article', sender_en: 'Danish Broadcasting Corporation' })).toBe('Article from Danish Broadcasting Corporation, 4 November 2020')
    expect(named({ kind: 'web_page', sender_en: 'SIRI' })).toBe('Web page from SIRI, 4 November 2020')
    expect(named({ kind: 'register', sender_en: 'Statistics Denmark' })).toBe('Register from Statistics Denmark, 4 November 2020')
  })

  it('names an undated answer by its question only when it has a reference; lower-cases only a leading "The"', () => {
    const answer = { kind: 'answer', date: null, title_en: '[Answer to question no. 8]', reference: 'Spørgsmål nr. 8' }
    expect(named(answer)).toBe('Answer from the Minister for Immigration and Integration (Answer to question no. 8)')
    expect(named({ ...answer, reference: null })).toBe('Answer from the Minister for Immigration and Integration: Answer to question no. 8')
    expect(named({ ...answer, date: '2021-01-15' })).toBe('Answer from the Minister for Immigration and Integration, 15 January 2021')
    expect(named({ ...answer, kind: 'letter' })).toBe('Letter from the Minister for Immigration and Integration: Answer to question no. 8')
    expect(named({ sender_en: 'Office of The Ombudsman' })).toBe('Letter from Office of The Ombudsman, 4 November 2020')
  })

  it('labels a source without a date or note by its sender alone; keeps a dot inside the note', () => {
    expect(sourceLabelEn({ ...page, date_note_en: null } as never)).toBe('Faaborg-Midtfyn Municipality')
    expect(sourceLabelEn({ ...page, date_note_en: 'Undated page, read 1 Mar. 2026.' } as never)).toBe('Faaborg-Midtfyn Municipality, Undated page, read 1 Mar. 2026')
    expect(titleNameEn({ title_en: 'Cover letter [draft]' })).toBe('Cover letter [draft]')
  })

  it('dates an English archive copy by the row of this source and this address, not another’s', () => {
    const t = {
      ...tables,
      archives: [
        { source_id: 'andet', url: 'https://ft.dk/brev', archive_url: 'https://web.archive.org/web/1/https://ft.dk/brev', archive_date: '2019-01-01' },
        { source_id: 'brev', url: 'https://ft.dk/anden', archive_url: 'https://web.archive.org/web/2/https://ft.dk/anden', archive_date: '2019-02-01' },
        { source_id: 'brev', url: 'https://ft.dk/brev', archive_url: 'https://web.archive.org/web/3/https://ft.dk/brev', archive_date: '2020-12-01' },
      ],
    } as unknown as Tables
    expect(en.cite(t, row, 'der afsættes årligt 10 mio. kr.').archive).toEqual({ url: 'https://web.archive.org/web/3/https://ft.dk/brev', date: '1 December 2020' })
  })

  it('lists a missing translation once per source and words, and every other one', () => {
    const missing = collectMissingTranslations(() => {
      for (const [source_id, quote, locator] of [['brev', 'a', '1'], ['brev', 'a', '2'], ['brev', 'b', '3'], ['side', 'a', '4']]) en.cite(tables, { source_id: source_id!, locator: locator!, quote: quote! })
    })
    expect(missing).toEqual([
      { sourceId: 'brev', locator: '1', quote: 'a' },
      { sourceId: 'brev', locator: '3', quote: 'b' },
      { sourceId: 'side', locator: '4', quote: 'a' },
    ])
  })
})
