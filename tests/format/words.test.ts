/**
 * The site's words for codes, dates, amounts and its own sums, in both languages, against texts
 * written here by hand: a changed word (udbydes → udbudt) must change a test too. The rows are made
 * up, so every branch is reached, not only those today's data uses.
 */
import { describe, expect, it } from 'vitest'
import { dateWords } from '../../scripts/data/dates.ts'
import { NUMBER_WORDS } from '../../scripts/format/danish.ts'
import { FORMATS } from '../../scripts/format/locale.ts'
import type { Funding, Indicator, Source, Tables } from '../../scripts/data/types.ts'
import { type Citation, citationLine, documentName, joinLineBreaks } from '../../scripts/site/cite.ts'
import { CONCLUSION_LEADS, conclusion, moneyVerb, ourDifference, ourSum, SUM_LEADS } from '../../scripts/site/claims.ts'
import { indicatorText, valueText } from '../../scripts/site/figure.ts'
import { PageSources } from '../../scripts/site/refs.ts'
import { amountEn, dateWordsEn, eventTitleEn, indicatorEn, STATUS_EN, targetEn, valueEn, wasWere } from '../../scripts/site/en/words.ts'
import { BEREDSKAB_KIND, eventTitle, MENTION_TOPIC, SOURCE_KIND, SOURCE_KIND_FROM, SOURCE_KIND_THE, STATUS_LABEL } from '../../scripts/site/vocabulary.ts'

describe('the words for codes (vocabulary.ts, en/words.ts)', () => {
  it('says each status in the source’s own word, Danish and English', () => {
    expect(STATUS_LABEL).toEqual({
      on_schedule: 'Følger tidsplanen',
      delayed: 'Forsinket',
      carried_out: 'Gennemført',
      established: 'Etableret',
      given_up: 'Opgivet',
      cancelled: 'Aflyst',
      to_be_offered: 'Skal udbydes',
      target_met: 'Målet er nået',
      target_expected: 'Målet forventes nået',
    })
    expect(STATUS_EN).toEqual({
      on_schedule: 'On schedule',
      delayed: 'Delayed',
      carried_out: 'Carried out',
      given_up: 'Given up',
      cancelled: 'Cancelled',
      to_be_offered: 'To be offered',
      established: 'Established',
      target_met: 'Target met',
      target_expected: 'Target expected to be met',
    })
  })

  it('names a source’s kind as a heading, before its sender and in running text', () => {
    expect(SOURCE_KIND).toEqual({ letter: 'Brev', answer: 'Svar på spørgsmål', annex: 'Bilag', press_release: 'Pressemeddelelse', news_article: 'Artikel', web_page: 'Webside', register: 'Register' })
    expect(SOURCE_KIND_FROM).toEqual({ letter: 'Brev fra', answer: 'Svar fra', annex: 'Bilag fra', press_release: 'Pressemeddelelse fra', news_article: 'Artikel fra', web_page: 'Webside fra', register: 'Register fra' })
    expect(SOURCE_KIND_THE).toEqual({ letter: 'brevet', answer: 'svaret', annex: 'bilaget', press_release: 'pressemeddelelsen', news_article: 'artiklen', web_page: 'siden', register: 'registret' })
  })

  it('heads what a source says of a kommune, and names a beredskab by the page’s own word', () => {
    expect(MENTION_TOPIC).toEqual({
      consultant_host: 'Sikkerhedskonsulenterne',
      consultant_contract: 'Resultatkontrakt om sikkerhedskonsulenterne',
      jobcenter_tools_test: 'Testkommune for værktøjer til jobcentre',
      civil_society: 'Samarbejde med civilsamfundet',
      municipal_plan: 'Kommunens egen plan',
      local_effort: 'Kommunens egen indsats',
    })
    expect(BEREDSKAB_KIND).toEqual({ beredskab: 'Beredskab', beredskabsplan: 'Beredskabsplan', handleguide: 'Handleguide', strategi: 'Strategi', indsats: 'Side om kommunens indsats', side: 'Side med råd og vejledning' })
  })
})

type Dated = Parameters<typeof dateWords>[0]
const dated = (date: string, date_precision: Dated['date_precision'], date_start: string, date_end: string | null, date_text: string | null = null): Dated => ({ date, date_precision, date_start, date_end, date_text })

describe('dates in words at their own precision', () => {
  it('in Danish', () => {
    expect(dateWords(dated('2021-08-30', 'day', '2021-08-30', '2021-08-30'))).toBe('30. august 2021')
    expect(dateWords(dated('2021-06', 'month', '2021-06-01', '2021-06-30'))).toBe('juni 2021')
    expect(dateWords(dated('2018', 'year', '2018-01-01', '2018-12-31'))).toBe('2018')
    expect(dateWords(dated('2021', 'quarter', '2021-01-01', '2021-03-31'))).toBe('1. kvartal 2021')
    expect(dateWords(dated('2021', 'quarter', '2021-07-01', '2021-09-30'))).toBe('3. kvartal 2021')
    expect(dateWords(dated('2021', 'quarter', '2021-10-01', '2021-12-31'))).toBe('4. kvartal 2021')
    expect(dateWords(dated('2019', 'half', '2019-01-01', '2019-06-30'))).toBe('1. halvår 2019')
    expect(dateWords(dated('2019', 'half', '2019-07-01', '2019-12-31'))).toBe('2. halvår 2019')
    expect(dateWords(dated('2018', 'season', '2018-03-01', '2018-05-31'))).toBe('foråret 2018')
    expect(dateWords(dated('2018', 'season', '2018-06-01', '2018-08-31'))).toBe('sommeren 2018')
    expect(dateWords(dated('2018', 'season', '2018-09-01', '2018-11-30'))).toBe('efteråret 2018')
    expect(dateWords(dated('2018', 'season', '2018-12-01', '2019-02-28'))).toBe('vinteren 2018')
    expect(dateWords(dated('2021-09', 'from', '2021-09-01', null))).toBe('fra september 2021')
    expect(dateWords(dated('2021', 'range', '2021-01-01', '2024-12-31'))).toBe('2021–2024')
    expect(dateWords(dated('2021-09', 'range', '2021-09-01', '2022-03-31'))).toBe('september 2021 – marts 2022')
    expect(dateWords(dated('2021-09-01', 'range', '2021-09-01', '2022-03-15'))).toBe('1. september 2021 – 15. marts 2022')
    // The source's own words win.
    expect(dateWords(dated('2018', 'season', '2018-09-01', '2018-11-30', 'i løbet af efteråret 2018'))).toBe('i løbet af efteråret 2018')
  })

  it('in English', () => {
    expect(dateWordsEn(dated('2021-08-30', 'day', '2021-08-30', '2021-08-30'))).toBe('30 August 2021')
    expect(dateWordsEn(dated('2021-06', 'month', '2021-06-01', '2021-06-30'))).toBe('June 2021')
    expect(dateWordsEn(dated('2018', 'year', '2018-01-01', '2018-12-31'))).toBe('2018')
    expect(dateWordsEn(dated('2021', 'quarter', '2021-01-01', '2021-03-31'))).toBe('the first quarter of 2021')
    expect(dateWordsEn(dated('2021', 'quarter', '2021-04-01', '2021-06-30'))).toBe('the second quarter of 2021')
    expect(dateWordsEn(dated('2021', 'quarter', '2021-07-01', '2021-09-30'))).toBe('the third quarter of 2021')
    expect(dateWordsEn(dated('2021', 'quarter', '2021-10-01', '2021-12-31'))).toBe('the fourth quarter of 2021')
    expect(dateWordsEn(dated('2019', 'half', '2019-01-01', '2019-06-30'))).toBe('the first half of 2019')
    expect(dateWordsEn(dated('2019', 'half', '2019-07-01', '2019-12-31'))).toBe('the second half of 2019')
    expect(dateWordsEn(dated('2018', 'season', '2018-03-01', '2018-05-31'))).toBe('spring 2018')
    expect(dateWordsEn(dated('2018', 'season', '2018-06-01', '2018-08-31'))).toBe('summer 2018')
    expect(dateWordsEn(dated('2018', 'season', '2018-09-01', '2018-11-30'))).toBe('autumn 2018')
    expect(dateWordsEn(dated('2018', 'season', '2018-12-01', '2019-02-28'))).toBe('winter 2018')
    expect(dateWordsEn(dated('2021-09', 'from', '2021-09-01', null))).toBe('from September 2021')
    expect(dateWordsEn(dated('2021', 'range', '2021-01-01', '2024-12-31'))).toBe('2021–2024')
    expect(dateWordsEn(dated('2021-09', 'range', '2021-09-01', '2022-03-31'))).toBe('September 2021 – March 2022')
    expect(dateWordsEn(dated('2021-09-01', 'range', '2021-09-01', '2022-03-15'))).toBe('1 September 2021 – 15 March 2022')
    expect(dateWordsEn({ ...dated('2018', 'season', '2018-09-01', '2018-11-30'), date_text_en: 'during autumn 2018' })).toBe('during autumn 2018')
  })
})

const funding = (over: Partial<Funding>): Funding => ({ funding_id: 'f', amount_mio_dkk: 10, basis: 'per_year', start_year: 2021, end_year: 2024, quote: '', ...over }) as Funding
const indicator = (over: Partial<Indicator>): Indicator =>
  ({ kind: 'count', value: 450, value_qualifier: null, unit_en: 'professionals', comparator: null, target: null, target_unit: null, ...over }) as Indicator

describe('amounts and figures in English', () => {
  it('says "a year" for a yearly amount, and when the amount is not given', () => {
    expect(amountEn(funding({}))).toBe('DKK 10 million a year')
    expect(amountEn(funding({ amount_mio_dkk: 73.4, basis: 'period_total' }))).toBe('DKK 73.4 million')
    expect(amountEn(funding({ amount_mio_dkk: null, basis: 'none' }))).toBe('amount not given')
  })

  it('reads a value with its qualifier, a target with its comparator, a figure with its unit', () => {
    expect(valueEn(indicator({}))).toBe('450')
    expect(valueEn(indicator({ value_qualifier: 'approx' }))).toBe('about 450')
    expect(valueEn(indicator({ value: 700, value_qualifier: 'up_to' }))).toBe('up to 700')
    expect(valueEn(indicator({ value_qualifier: 'counted' }))).toBe('450')
    expect(valueEn(indicator({ value: null }))).toBe('not given')
    expect(targetEn(indicator({ target: 2000, comparator: '>=' }))).toBe('at least 2,000')
    expect(targetEn(indicator({ target: 10, comparator: '<=' }))).toBe('at most 10')
    expect(targetEn(indicator({ target: 80, comparator: '>=', target_unit: 'pct' }))).toBe('at least 80%')
    expect(targetEn(indicator({ target: 5, comparator: '=' }))).toBe('5')
    expect(indicatorEn(indicator({ value_qualifier: 'approx' }))).toBe('about 450 professionals')
    const target = { kind: 'target_reached' as const, target: 2000, comparator: '>=' as const, unit_en: 'children and young people' }
    expect(indicatorEn(indicator({ ...target, value: 980 }))).toBe('980 of at least 2,000 children and young people')
    expect(indicatorEn(indicator({ ...target, value: null }))).toBe('target: at least 2,000 children and young people')
    expect(indicatorEn(indicator({ ...target, target: 80, target_unit: 'pct', value: 75 }))).toBe('target: at least 80% of children and young people')
    expect(indicatorEn(indicator({ kind: 'target_reached', target: null, value: 12 }))).toBe('12 professionals')
    expect(indicatorEn(indicator({ value: 1, unit_en: 'initiatives' }))).toBe('1 initiative')
    expect(indicatorEn(indicator({ value: 1, unit_en: 'applications' }))).toBe('1 application')
    expect(indicatorEn(indicator({ value: 2, unit_en: 'initiatives' }))).toBe('2 initiatives')
    expect(wasWere(1)).toBe('was')
    expect(wasWere(2)).toBe('were')
    expect(wasWere(null)).toBe('were')
  })
})

describe('our own words (claims.ts)', () => {
  it('marks a sum as ours, with its parts in Danish format', () => {
    const parts = [0.5, 0.2, 0.5, 0.6, 0.2].map((a) => funding({ amount_mio_dkk: a }))
    expect(ourSum(parts, ' om året')).toEqual({ total: 2, text: '2 mio. kr. om året (lagt sammen af os: 0,5 + 0,2 + 0,5 + 0,6 + 0,2)' })
    expect(ourSum([funding({ amount_mio_dkk: 1.25 }), funding({ amount_mio_dkk: 2.5 })])).toEqual({ total: 3.75, text: '3,75 mio. kr. (lagt sammen af os: 1,25 + 2,5)' })
    expect(SUM_LEADS.da).toBe('lagt sammen af os')
    expect(CONCLUSION_LEADS.da).toBe('Vores slutning:')
  })

  it('says of money only what the verb of its quote allows', () => {
    const verbs = [
      { word: 'afsat', kind: 'money', allows: 'afsat' },
      { word: 'afsættes', kind: 'money', allows: 'afsættes' },
      { word: 'udbydes', kind: 'status', allows: 'udbydes' },
    ]
    const t = { verbs } as unknown as Tables
    expect(moneyVerb(t, funding({ quote: 'Der er afsat 10 mio. kr. årligt' }))).toBe('afsat')
    expect(moneyVerb(t, funding({ quote: 'Til indsatsen  AFSÆTTES i alt' }))).toBe('afsættes')
    expect(() => moneyVerb(t, funding({ funding_id: 'fl21-x', quote: 'Projektet udbydes' }))).toThrow('fl21-x: no money verb in its quote')
  })

  it('says it in English with no more than the Danish word allows, and marks its own conclusions in both languages', () => {
    // What each verb allows (data/verbs.csv's `allows` column) and the English the pages use for it.
    const ALLOWS_EN: [string, string][] = [
      ['afsat', 'set aside'],
      ['skal bruges', 'to be used'],
      ['fordelt', 'split'],
      ['udmøntet', 'distributed (udmøntet)'],
      ['brugt', 'used'],
    ]
    const t = { verbs: ALLOWS_EN.map(([allows]) => ({ word: `ord-${allows.replace(' ', '-')}`, kind: 'money', allows })) } as unknown as Tables
    for (const [allows, en] of ALLOWS_EN) {
      const f = funding({ quote: `Der er ord-${allows.replace(' ', '-')} 10 mio. kr.` })
      expect(moneyVerb(t, f), allows).toBe(allows)
      expect(moneyVerb(t, f, 'en'), allows).toBe(en)
    }
    const unknown = { verbs: [{ word: 'givet', kind: 'money', allows: 'givet' }] } as unknown as Tables
    expect(() => moneyVerb(unknown, funding({ funding_id: 'x-1', quote: 'Der er givet 1 mio. kr.' }), 'en')).toThrow('x-1: no English for the money verb "givet"')
    expect(CONCLUSION_LEADS).toEqual({ da: 'Vores slutning:', en: 'Our inference:' })
  })
})

describe('every month in English, at day and month precision', () => {
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  it.each(MONTHS.map((name, i) => [i + 1, name] as const))('month %i is %s', (m, name) => {
    const mm = String(m).padStart(2, '0')
    expect(FORMATS.en.date(`2021-${mm}-09`)).toBe(`9 ${name} 2021`)
    expect(FORMATS.en.date(`2017-${mm}`)).toBe(`${name} 2017`)
  })
})

describe('numbers in words, as the sources write them (the data check finds figures written so)', () => {
  it('knows one to twelve, and for one only the accented forms', () => {
    expect(NUMBER_WORDS).toEqual({
      1: ['én', 'ét'], 2: ['to'], 3: ['tre'], 4: ['fire'], 5: ['fem'], 6: ['seks'], 7: ['syv'],
      8: ['otte'], 9: ['ni'], 10: ['ti'], 11: ['elleve'], 12: ['tolv'],
    })
  })
})

// Cases added after the mutation run of 2026-12-03 (bench/MUTATION.md): each fails on a change
// to the code that would change what a reader sees.
const src = (over: Partial<Source>): Source =>
  ({ source_id: 's1', sender: 'Udlændinge- og integrationsministeren (Mattias Tesfaye), Udlændinge- og Integrationsministeriet', kind: 'letter', date: '2020-11-04', date_note: null, reference: null, title: 'Brev om evalueringen', url: null, ocr: 'no', ...over }) as Source

describe('citations: names, lines and passages', () => {
  it('writes the minister in lower case only when the sender is the minister, nothing before or after', () => {
    expect(documentName(src({}))).toBe('Brev fra udlændinge- og integrationsministeren, 4. november 2020')
    expect(documentName(src({ sender: 'Udlændinge- og integrationsministerens departement' }))).toBe('Brev fra Udlændinge- og integrationsministerens departement, 4. november 2020')
    expect(documentName(src({ sender: 'Fhv. Udlændinge- og integrationsministeren' }))).toBe('Brev fra Fhv. Udlændinge- og integrationsministeren, 4. november 2020')
  })

  it('writes a citation as one line for a data file: label, colon, title', () => {
    expect(citationLine({ label: 'Udlændinge- og integrationsministeren, 4. november 2020', title: 'Brev om evalueringen' } as Citation)).toBe('Udlændinge- og integrationsministeren, 4. november 2020: Brev om evalueringen')
  })

  it('joins a line-break hyphen before a word that only ends like og, eller, samt or til', () => {
    expect(joinLineBreaks('pro- katalog')).toBe('prokatalog')
    expect(joinLineBreaks('efter- og videreuddannelse')).toBe('efter- og videreuddannelse')
  })
})

describe('figures: branches no row reaches today', () => {
  it('reads an unknown qualifier as none, in both languages', () => {
    const i = { kind: 'count', value: 450, value_qualifier: 'omtrent', unit: 'fagpersoner', unit_en: 'professionals', target: null } as unknown as Indicator
    expect(valueText(i)).toBe('450')
    expect(valueEn(i)).toBe('450')
  })

  it('reads a target row whose value is not given as the target alone', () => {
    const i = { kind: 'target_reached', value: null, value_qualifier: null, unit: 'børn og unge', comparator: '>=', target: 2000, target_unit: null, met: null, met_basis: null } as unknown as Indicator
    expect(indicatorText(i)).toBe('mål: mindst 2.000 af børn og unge')
  })
})

describe('our conclusions (claims.ts)', () => {
  it('marks a conclusion as ours, lower-cases its first letter, and cites the rows of its basis that have a quote', () => {
    const t = {
      conclusions: [{ conclusion_id: 'c1', text: 'Målet blev ikke nået ifølge kilderne.', basis: 'indicators:i1  funding:f1 indicators:ukendt conclusions:c1' }],
      indicators: [{ indicator_id: 'i1', source_id: 's1', locator: 's. 2', quote: 'målet er ikke nået', _line: 2 }],
      funding: [{ funding_id: 'f1', source_id: 's1', locator: 's. 3', quote: 'der afsættes 10 mio. kr.', _line: 2 }],
      sources: [src({})],
      archives: [],
      ocr_readings: [],
    } as unknown as Tables
    const refs = new PageSources()
    const s = conclusion(t, refs, 'c1')
    expect(s.text).toBe('Vores slutning: målet blev ikke nået ifølge kilderne.')
    expect(s.marks).toHaveLength(2)
    expect(refs.list().flatMap((g) => g.entries.map((e) => [g.sourceId, e.locator, e.quotes.map((q) => q.quote)]))).toEqual([
      ['s1', 's. 2', ['målet er ikke nået']],
      ['s1', 's. 3', ['der afsættes 10 mio. kr.']],
    ])
    expect(s.marks.map((m) => m.n)).toEqual([1, 2])
    expect(() => conclusion(t, refs, 'c2')).toThrow('no conclusion c2')
  })
})

// Cases added after the mutation run of 2026-12-04 (bench/MUTATION.md): each passes on the code as
// it is and fails on the surviving mutant named beside it.
describe('after the mutation run of 2026-12-04', () => {
  it('heads a planned and an expected event with its word, a past one with none (OCCURRENCE_LABEL, OCCURRENCE_EN)', () => {
    const e = { title: 'Lovforslag fremsættes', title_en: 'Bill to be introduced' }
    expect(eventTitle({ ...e, occurrence: 'expected' })).toBe('Forventet: Lovforslag fremsættes')
    expect(eventTitleEn({ ...e, occurrence: 'expected' })).toBe('Expected: Bill to be introduced')
    expect(eventTitle({ ...e, occurrence: 'planned' })).toBe('Planlagt: Lovforslag fremsættes')
    expect(eventTitleEn({ ...e, occurrence: 'happened' })).toBe('Bill to be introduced')
  })

  it('says one course, one meeting, one kommune in English (SINGULAR_EN)', () => {
    expect(indicatorEn(indicator({ value: 1, unit_en: 'courses' }))).toBe('1 course')
    expect(indicatorEn(indicator({ value: 1, unit_en: 'meetings' }))).toBe('1 meeting')
    expect(indicatorEn(indicator({ value: 1, unit_en: 'kommuner (municipalities)' }))).toBe('1 kommune (municipality)')
    expect(indicatorEn(indicator({ value: 3, unit_en: 'courses' }))).toBe('3 courses')
  })

  it('marks a difference as ours in Danish when no language is given', () => {
    expect(ourDifference(1.5, '10 mio. kr.', 8.5)).toBe('1,5 mio. kr. (regnet af os: 10 mio. kr. − 8,5)')
  })

  it('finds a conclusion’s rows by their key however the row’s fields are ordered (the line number first)', () => {
    const t = {
      conclusions: [{ conclusion_id: 'c1', text: 'Det skete.', basis: 'funding:f1' }],
      funding: [{ _line: 2, funding_id: 'f1', source_id: 's1', locator: 's. 3', quote: 'der afsættes 10 mio. kr.' }],
      sources: [src({})],
      archives: [],
      ocr_readings: [],
    } as unknown as Tables
    expect(conclusion(t, new PageSources(), 'c1').marks).toHaveLength(1)
  })
})
