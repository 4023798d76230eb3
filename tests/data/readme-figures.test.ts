import { describe, expect, it } from 'vitest'
import { listItems, quoteHasFigure } from '../../scripts/data/check-provenance.ts'
import { formatProblem } from '../../scripts/data/problems.ts'
import type { TableName, Tables } from '../../scripts/data/types.ts'
import { formatDate } from '../../scripts/format/danish.ts'
import { checkDataOnly } from './data-only.ts'

// Every figure of the "figures it holds" column of ../shared/sources/README.md, and the figures
// of ../shared/sources/supplementary.md, is a row of data/ whose quote writes it. The list is
// written out here, so this test reads only data/ and runs where ../shared is absent.

const result = checkDataOnly()
const tables = result.tables

type Row<T extends TableName> = Tables[T][number]
interface Expectation<T extends TableName> {
  /** The figure as the sources' README states it. */
  what: string
  table: T
  where: (row: Row<T>) => boolean
  /** How many rows must match; default: exactly one. */
  rows?: number
  /** Words the quote must hold besides the row's figures (dates, names). */
  quoteHas?: (row: Row<T>) => string[]
}
const figure = <T extends TableName>(e: Expectation<T>) => e as unknown as Expectation<TableName>

/** The figures a row states, each with the passage that must write it. */
function figuresOf(table: TableName, row: Record<string, unknown>): { column: string; n: number; passage: string; counted: boolean }[] {
  const quote = String(row.quote)
  const out: { column: string; n: number; passage: string; counted: boolean }[] = []
  const add = (column: string, passage: string) => {
    const n = row[column]
    if (typeof n === 'number') out.push({ column, n, passage, counted: column === 'value' && row.value_qualifier === 'counted' })
  }
  if (table === 'indicators') {
    add('value', quote)
    add('target', typeof row.target_quote === 'string' ? row.target_quote : quote)
    add('of_total', quote)
  }
  if (table === 'funding') add('amount_mio_dkk', quote)
  return out
}

const hp2017Statuses = (status: string) => (u: Row<'status_updates'>) => u.initiative_id.startsWith('hp2017-') && u.status === status

const EXPECTATIONS: Expectation<TableName>[] = [
  // 000: status of 30 Aug 2021 on the agreement of 25 Jan 2021 (FL21).
  figure({ what: '4 × 10 mio. kr., 2021–2024', table: 'funding', where: (f) => f.funding_id === 'fl21-frame' && f.amount_mio_dkk === 10 && f.basis === 'per_year' && f.start_year === 2021 && f.end_year === 2024 && f.source_id === 'min-2021-08-30', quoteHas: () => ['4 x 10 mio. kr.'] }),
  figure({ what: 'agreement of 25 Jan 2021', table: 'events', where: (e) => e.date === '2021-01-25' && e.source_id === 'min-2021-08-30', quoteHas: (e) => [formatDate(e.date)] }),
  figure({ what: 'contract with SVK, 12 Apr 2021', table: 'events', where: (e) => e.date === '2021-04-12' && e.source_id === 'min-2021-08-30', quoteHas: (e) => [formatDate(e.date), 'resultatkontrakt'] }),
  figure({ what: 'contract with Danner, April 2021', table: 'events', where: (e) => e.date === '2021-04' && e.source_id === 'min-2021-08-30', quoteHas: (e) => [formatDate(e.date), 'resultatkontrakt med Dannerstiftelsen'] }),
  figure({ what: 'contract with RED Center, May 2021', table: 'events', where: (e) => e.date === '2021-05' && e.source_id === 'min-2021-08-30', quoteHas: (e) => [formatDate(e.date), 'resultatkontrakt med RED Center'] }),
  figure({ what: 'security-consultant contracts, 2nd quarter 2021', table: 'events', where: (e) => e.date === '2021' && e.date_text === 'Andet kvartal 2021' && e.source_id === 'min-2021-08-30', quoteHas: () => ['andet kvartal af 2021'] }),
  figure({ what: 'status meeting with SVK, 8 Jun 2021', table: 'events', where: (e) => e.date === '2021-06-08' && e.source_id === 'min-2021-08-30', quoteHas: (e) => [formatDate(e.date), 'statusmøde'] }),
  figure({ what: 'status meeting with Danner, June 2021', table: 'events', where: (e) => e.date === '2021-06' && e.event_id.includes('danner') && e.source_id === 'min-2021-08-30', quoteHas: (e) => [formatDate(e.date), 'statusmøde'] }),
  figure({ what: 'deadline of the transition-places pool, 7 Jun 2021', table: 'events', where: (e) => e.date === '2021-06-07' && e.source_id === 'min-2021-08-30', quoteHas: (e) => [formatDate(e.date)] }),
  figure({ what: 'new deadline, 23 Jun 2021', table: 'events', where: (e) => e.date === '2021-06-23' && e.source_id === 'min-2021-08-30', quoteHas: (e) => [formatDate(e.date)] }),
  figure({ what: 'the status letter itself, 30 Aug 2021', table: 'events', where: (e) => e.date === '2021-08-30' && e.source_id === 'min-2021-08-30', quoteHas: () => ['status på udmøntningen'] }),
  figure({ what: '4 areas of the agreement', table: 'indicators', where: (i) => i.indicator_id === 'fl21-areas' && i.value === 4 }),
  figure({ what: '3 test kommuner', table: 'indicators', where: (i) => i.value === 3 && i.initiative_id === 'fl21-jobcenter' && i.source_id === 'min-2021-08-30', quoteHas: () => ['København, Aarhus og Odense'] }),
  figure({ what: '11 young people offered group courses', table: 'indicators', where: (i) => i.value === 11 && i.initiative_id === 'fl21-red' && i.source_id === 'min-2021-08-30' }),
  figure({ what: '4 counselling languages (counted)', table: 'indicators', where: (i) => i.value === 4 && i.value_qualifier === 'counted' && i.initiative_id === 'fl21-danner', quoteHas: () => ['dansk', 'engelsk', 'arabisk', 'urdu'] }),
  figure({ what: '4 kommuner in the security-consultant scheme', table: 'indicators', where: (i) => i.value === 4 && i.initiative_id === 'fl21-security-consultants' && i.source_id === 'min-2021-08-30', quoteHas: () => ['Aalborg', 'Aarhus', 'København', 'Odense'] }),
  figure({ what: '1 application by 7 Jun 2021', table: 'indicators', where: (i) => i.value === 1 && i.initiative_id === 'fl21-transition-places' && i.source_id === 'min-2021-08-30' }),
  figure({ what: 'then 6 applications', table: 'indicators', where: (i) => i.value === 6 && i.initiative_id === 'fl21-transition-places' && i.source_id === 'min-2021-08-30' }),
  figure({ what: 'three initiatives delayed on 30 Aug 2021', table: 'status_updates', rows: 3, where: (u) => u.status === 'delayed' && u.date === '2021-08-30' && u.source_id === 'min-2021-08-30', quoteHas: () => ['overgangspladser', 'diplommodul', 'Mærk', 'forsinkede'] }),

  // 001: cover letter of 4 Nov 2020 for the evaluation of the 2017–2020 plan.
  figure({ what: '73,4 mio. kr. (satspulje 2017)', table: 'funding', where: (f) => f.amount_mio_dkk === 73.4 && f.basis === 'period_total' && f.plan_id === 'hp2017' && f.source_id === 'min-2020-11-04', quoteHas: () => ['satspuljeaftalen for 2017'] }),
  figure({ what: '4 areas of the plan', table: 'indicators', where: (i) => i.indicator_id === 'hp2017-areas' && i.value === 4 && i.source_id === 'min-2020-11-04' }),
  figure({ what: 'the 4 areas, one row each', table: 'areas', rows: 4, where: (a) => a.plan_id === 'hp2017' && a.source_id === 'min-2020-11-04' }),
  figure({ what: '22 initiatives launched', table: 'indicators', where: (i) => i.indicator_id === 'hp2017-initiatives-launched' && i.value === 22 }),
  figure({ what: '20 carried out as planned', table: 'indicators', where: (i) => i.indicator_id === 'hp2017-initiatives-carried-out' && i.value === 20 }),
  figure({ what: '1 given up (exit support / mentor scheme)', table: 'indicators', where: (i) => i.indicator_id === 'hp2017-initiatives-given-up' && i.value === 1, quoteHas: () => ['mentorordning', 'opgivet'] }),
  figure({ what: '1 cancelled (regional network meetings, Covid-19)', table: 'indicators', where: (i) => i.indicator_id === 'hp2017-initiatives-cancelled' && i.value === 1, quoteHas: () => ['regionale netværksmøder', 'aflyst', 'Covid-19'] }),
  figure({ what: 'the initiative given up, by name', table: 'status_updates', where: hp2017Statuses('given_up'), quoteHas: () => ['mentorordning'] }),
  figure({ what: 'the initiative cancelled, by name', table: 'status_updates', where: hp2017Statuses('cancelled'), quoteHas: () => ['regionale netværksmøder'] }),
  figure({ what: '93 kommuner involved (minister)', table: 'indicators', where: (i) => i.value === 93 && i.source_id === 'min-2020-11-04' && (i.note ?? '').includes('86') }),
  figure({ what: 'SIRI advised 44 kommuner', table: 'indicators', where: (i) => i.value === 44 && i.source_id === 'min-2020-11-04' }),
  figure({ what: 'SIRI helped 12 kommuner to a beredskabs- or handleplan', table: 'indicators', where: (i) => i.value === 12 && i.source_id === 'min-2020-11-04', quoteHas: () => ['beredskabs- eller handleplan'] }),
  figure({ what: "the evaluation's four recommendations", table: 'recommendations', rows: 4, where: (r) => r.plan_id === 'hp2017' && r.source_id === 'min-2020-11-04' }),
  figure({ what: 'recommendation: more acute help', table: 'recommendations', where: (r) => r.source_id === 'min-2020-11-04' && r.quote.includes('akuthjælp') }),
  figure({ what: 'recommendation: family treatment', table: 'recommendations', where: (r) => r.source_id === 'min-2020-11-04' && r.quote.includes('familiebehandling') }),
  figure({ what: 'recommendation: psychologist support', table: 'recommendations', where: (r) => r.source_id === 'min-2020-11-04' && r.quote.includes('psykologstøtte') }),
  figure({ what: 'recommendation: more knowledge', table: 'recommendations', where: (r) => r.source_id === 'min-2020-11-04' && r.quote.includes('øget viden') }),

  // 002: answer to question no. 8 on L 126.
  figure({ what: 'Baba 3 mio. kr. a year 2021–2022', table: 'funding', where: (f) => f.amount_mio_dkk === 3 && f.basis === 'per_year' && f.start_year === 2021 && f.end_year === 2022 && f.recipient_org_id === 'baba' && f.source_id === 'min-l126-spm8' }),
  figure({ what: 'Bydelsmødre 2,8 mio. kr. a year 2021–2022', table: 'funding', where: (f) => f.amount_mio_dkk === 2.8 && f.basis === 'per_year' && f.start_year === 2021 && f.end_year === 2022 && f.recipient_org_id === 'bydelsmoedre' && f.source_id === 'min-l126-spm8' }),
  figure({ what: '10 mio. kr. a year 2021–2024', table: 'funding', where: (f) => f.amount_mio_dkk === 10 && f.basis === 'per_year' && f.start_year === 2021 && f.end_year === 2024 && f.source_id === 'min-l126-spm8' }),
  figure({ what: 'security consultants in the five regions', table: 'indicators', where: (i) => i.value === 5 && i.unit === 'regioner' && i.source_id === 'min-l126-spm8' }),
  figure({ what: 'state operating support from 2022 (SVK, InsideOut)', table: 'events', where: (e) => e.date === '2022' && e.source_id === 'min-l126-spm8', quoteHas: () => ['Søstre mod vold og kontrol (ydes driftsstøtte fra 2022)', 'sideOut (ydes driftsstøtte fra 2022)'] }),
  figure({ what: 'the organisations SIRI names', table: 'organisations', rows: 4, where: (o) => ['red', 'svk', 'sabaah', 'insideout'].includes(o.org_id) }),

  // 003: Københavns Kommune, Bilag 1 (OCR; quotes as the OCR has them).
  figure({ what: '980 of ≥ 2.000 children and young people', table: 'indicators', where: (i) => i.value === 980 && i.target === 2000 && i.comparator === '>=' && i.source_id === 'kk-2018-bilag1' }),
  figure({ what: '3 of ≥ 5 free schools', table: 'indicators', where: (i) => i.value === 3 && i.target === 5 && i.comparator === '>=' && i.source_id === 'kk-2018-bilag1' }),
  figure({ what: '240 of ≥ 500 parents', table: 'indicators', where: (i) => i.value === 240 && i.target === 500 && i.comparator === '>=' && i.source_id === 'kk-2018-bilag1' }),
  figure({ what: 'about 450 of ≥ 500 professionals', table: 'indicators', where: (i) => i.value === 450 && i.value_qualifier === 'approx' && i.target === 500 && i.comparator === '>=' && i.source_id === 'kk-2018-bilag1', quoteHas: () => ['ca. 450'] }),
  figure({ what: '30 support contact persons trained', table: 'indicators', where: (i) => i.value === 30 && i.kind === 'count' && i.initiative_id === 'kk2017-5' && i.source_id === 'kk-2018-bilag1' }),
  figure({ what: 'target ≥ 80 % met', table: 'indicators', where: (i) => i.target === 80 && i.target_unit === 'pct' && i.comparator === '>=' && i.met === 'yes' && i.met_basis === 'source' && i.source_id === 'kk-2018-bilag1', quoteHas: () => ['indfriet'] }),
  figure({ what: '4 of ≥ 4 steering-group meetings', table: 'indicators', where: (i) => i.value === 4 && i.target === 4 && i.comparator === '>=' && i.met === 'expected' && i.met_basis === 'source' && i.source_id === 'kk-2018-bilag1' }),
  figure({ what: 'money for recommendation 1: 0,5 mio. kr. a year 2017–18', table: 'funding', where: (f) => f.initiative_id === 'kk2017-1' && f.amount_mio_dkk === 0.5 && f.basis === 'per_year' && f.start_year === 2017 && f.end_year === 2018 }),
  figure({ what: 'money for recommendation 2: 0,2 mio. kr. a year 2017–18', table: 'funding', where: (f) => f.initiative_id === 'kk2017-2' && f.amount_mio_dkk === 0.2 && f.basis === 'per_year' && f.start_year === 2017 && f.end_year === 2018 }),
  figure({ what: 'money for recommendation 3: 0,5 mio. kr. a year 2017–18', table: 'funding', where: (f) => f.initiative_id === 'kk2017-3' && f.amount_mio_dkk === 0.5 && f.basis === 'per_year' && f.start_year === 2017 && f.end_year === 2018 }),
  figure({ what: 'money for recommendation 4: 0,6 mio. kr. a year 2017–18', table: 'funding', where: (f) => f.initiative_id === 'kk2017-4' && f.amount_mio_dkk === 0.6 && f.basis === 'per_year' && f.start_year === 2017 && f.end_year === 2018 }),
  figure({ what: 'money for recommendation 5: 0,2 mio. kr. a year 2017–18', table: 'funding', where: (f) => f.initiative_id === 'kk2017-5' && f.amount_mio_dkk === 0.2 && f.basis === 'per_year' && f.start_year === 2017 && f.end_year === 2018 }),
  figure({ what: 'money for recommendation 6: within the existing frame', table: 'funding', where: (f) => f.initiative_id === 'kk2017-6' && f.amount_mio_dkk === null && f.basis === 'none', quoteHas: () => ['eksisterende ramme'] }),
  figure({ what: "the municipality's six recommendations", table: 'recommendations', rows: 6, where: (r) => r.plan_id === 'kk2017' && r.source_id === 'kk-2018-bilag1' }),

  // 004: letter of 29 Jun 2020 to all kommuner, eight links.
  figure({ what: 'eight links', table: 'links', rows: 8, where: (l) => l.source_id === 'min-2020-06-29' }),
  ...[
    'https://uim.dk/arbejdsomrader/aeresrelaterede-konflikter-og-negativ-social-kontrol/tilbud-og-vaerktojer-til-fagfolk/copy_of_radgivning-og-kurser',
    'https://stopekstremisme.dk/tilbud-og-vaerktojer/radgivning',
    'https://uim.dk/arbejdsomrader/aeresrelaterede-konflikter-og-negativ-social-kontrol/tilbud-og-vaerktojer-til-fagfolk/kurser',
    'https://www.stopekstremisme.dk/@@search?SearchableText=kursuskatalog',
    'https://uim.dk/filer/integration/aere_haendbog_endelig_070618.pdf',
    'https://stopekstremisme.dk/tilbud-og-vaerktojer/lovgivning-1/handbog-til-kommuner',
    'https://red-center.dk/',
    'https://uim.dk/arbejdsomrader/aeresrelaterede-konflikter-og-negativ-social-kontrol/tilbud-og-vaerktojer-til-fagfolk/sikkerhedskonsulenterne',
  ].map((url) => figure({ what: `link ${url}`, table: 'links', where: (l) => l.url === url && l.source_id === 'min-2020-06-29', quoteHas: (l) => [l.title] })),

  // supplementary.md: the public pages.
  figure({ what: '86 of 98 kommuner (press release)', table: 'indicators', where: (i) => i.value === 86 && i.of_total === 98 && i.source_id === 'uim-2021-01-15' && (i.note ?? '').includes('93') }),
  // The count of 10 conclusions is only in supplementary.md's English description of the press
  // release, in no verbatim passage of it; a row's quote must be the source's own words, so data/
  // leaves it out (the pages say the press release lists more conclusions than can be read).
  figure({ what: 'the first five conclusions, numbered', table: 'findings', rows: 5, where: (f) => f.source_id === 'uim-2021-01-15' && f.number !== null && f.number >= 1 && f.number <= 5 }),
  figure({ what: 'FL21 split: 13 mio. kr. to education and up-skilling', table: 'funding', where: (f) => f.amount_mio_dkk === 13 && f.parent_id === 'fl21-frame' && f.source_id === 'kd-2021-01' }),
  figure({ what: 'FL21 split: 12,4 mio. kr. to stronger exit', table: 'funding', where: (f) => f.amount_mio_dkk === 12.4 && f.parent_id === 'fl21-frame' && f.source_id === 'kd-2021-01' }),
  figure({ what: 'FL21 split: 3,4 mio. kr. to civil society', table: 'funding', where: (f) => f.amount_mio_dkk === 3.4 && f.parent_id === 'fl21-frame' && f.source_id === 'kd-2021-01' }),
  figure({ what: 'FL21 split: 10,8 mio. kr. to the security-consultant scheme', table: 'funding', where: (f) => f.amount_mio_dkk === 10.8 && f.parent_id === 'fl21-frame' && f.source_id === 'kd-2021-01' }),
  figure({ what: 'the unexplained 0,4 mio. kr.', table: 'funding', where: (f) => f.funding_id === 'fl21-frame' && f.unexplained_gap_mio_dkk === 0.4 }),
  figure({ what: '4 new exit homes', table: 'indicators', where: (i) => i.value === 4 && i.source_id === 'kd-2021-01', quoteHas: () => ['exit-boliger'] }),
  figure({ what: '5 existing exit homes', table: 'indicators', where: (i) => i.value === 5 && i.source_id === 'kd-2021-01', quoteHas: () => ['I forvejen'] }),
  figure({ what: '9 mio. kr. for the diploma module, 2021–2024', table: 'funding', where: (f) => f.amount_mio_dkk === 9 && f.basis === 'period_total' && f.start_year === 2021 && f.end_year === 2024 && f.source_id === 'uim-2021-06-23', quoteHas: () => ['diplommodul'] }),
  figure({ what: 'at least two professionshøjskoler (2021)', table: 'indicators', where: (i) => i.value === 2 && i.source_id === 'uim-2021-06-23' }),
  figure({ what: 'five professionshøjskoler from autumn 2022', table: 'indicators', where: (i) => i.value === 5 && i.source_id === 'uim-2022-04-30', quoteHas: () => ['efteråret 2022'] }),
  figure({ what: 'the five professionshøjskoler, by name', table: 'initiative_actors', rows: 5, where: (a) => a.initiative_id === 'fl21-diploma' && a.role === 'to_offer' && a.source_id === 'siri-2022-05-03' }),
  figure({ what: 'diploma module offered from autumn 2022 (status)', table: 'status_updates', where: (u) => u.initiative_id === 'fl21-diploma' && u.status === 'to_be_offered' && u.source_id === 'uim-2022-04-30' }),
  figure({ what: 'up to 700 teachers and pedagogues', table: 'indicators', where: (i) => i.value === 700 && i.value_qualifier === 'up_to' && i.source_id === 'uim-2022-04-30', quoteHas: () => ['op mod 700'] }),
  figure({ what: 'the 14 initiatives of 2016', table: 'indicators', where: (i) => i.value === 14 && i.plan_id === 'hp2016' && i.source_id === 'uim-2016-handlingsplan' }),
  figure({ what: 'the 14 initiatives of 2016, one row each', table: 'initiatives', rows: 14, where: (i) => i.plan_id === 'hp2016' && i.source_id === 'uim-2016-handlingsplan', quoteHas: (i) => [i.name] }),
  figure({ what: 'COWI carried out the evaluation', table: 'organisations', where: (o) => o.org_id === 'cowi' && o.source_id === 'uim-2021-01-15', quoteHas: () => ['COWI'] }),
]

describe('every figure of the sources is findable in data/ with its quote', () => {
  it('the data package loads without problems', () => {
    expect(result.problems.map(formatProblem)).toEqual([])
  })

  for (const e of EXPECTATIONS) {
    it(e.what, () => {
      const rows = (tables[e.table] as Row<TableName>[]).filter((r) => e.where(r))
      expect(rows.length, `rows of ${e.table} matching "${e.what}"`).toBe(e.rows ?? 1)
      for (const row of rows) {
        const r = row as unknown as Record<string, unknown>
        expect(typeof r.quote, `${e.table} row on line ${row._line} has a quote`).toBe('string')
        for (const f of figuresOf(e.table, r)) {
          if (f.counted) expect(listItems(f.passage), `${e.table}:${row._line}: items listed in the quote`).toHaveLength(f.n)
          else expect(quoteHasFigure(f.passage, f.n), `${e.table}:${row._line}: ${f.column} ${f.n} written in "${f.passage}"`).toBe(true)
        }
        for (const words of e.quoteHas?.(row) ?? []) expect(String(r.quote), `${e.table}:${row._line}`).toContain(words)
      }
    })
  }
})
