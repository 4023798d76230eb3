import { plainDecimal, quoteCell } from '../export/csv-cells.ts'
import type { Funding, Indicator, Tables } from './types.ts'

/**
 * Analysis-ready tables: the faithful tables reshaped so that the obvious `sum`, `count` and
 * `groupby` give the right answer without reading a note (Our World in Data's rule: the file a
 * person downloads answers the obvious question with the obvious code). They are derived from the
 * checked faithful tables and nothing else, written to data/ by `npm run codebook`, and the data
 * check fails when a committed file differs from what this module derives (so they never go stale).
 * Every row keeps the provenance of the row it comes from.
 */
export type Value = string | number | null
export interface DerivedTable {
  name: string
  header: string[]
  rows: Value[][]
}

/** The names of the derived tables, in the order datapackage.json lists them. */
export const DERIVED_TABLES = ['money', 'fl21_split', 'initiative_outcomes', 'targets', 'disputed_figures'] as const
export type DerivedName = (typeof DERIVED_TABLES)[number]

/** The frame whose split `fl21_split` gives. */
const FL21_FRAME = 'fl21-frame'
/** The 2017–2020 plan's outcome counts, as the minister's letter gives them (their sum is the launched count). */
const OUTCOMES = [
  { outcome: 'carried_out', indicator: 'hp2017-initiatives-carried-out' },
  { outcome: 'given_up', indicator: 'hp2017-initiatives-given-up' },
  { outcome: 'cancelled', indicator: 'hp2017-initiatives-cancelled' },
] as const
const LAUNCHED = 'hp2017-initiatives-launched'
/** The source's own words for a verdict on a target: each must be in the status row's quote. */
const VERDICT_WORDS: Record<string, string> = { target_met: 'er opfyldt', target_expected: 'forventes opfyldt' }

export function deriveTables(t: Tables): DerivedTable[] {
  return [money(t), fl21Split(t), initiativeOutcomes(t), targets(t), disputedFigures(t)]
}

/** The table as canonical CSV: the package's dialect (comma, `.` decimals, LF, RFC 4180 quoting). */
export function derivedCsv(table: DerivedTable): string {
  const cell = (v: Value) => (v === null ? '' : typeof v === 'number' ? plainDecimal(v) : quoteCell(v, ','))
  return [table.header, ...table.rows].map((r) => r.map(cell).join(',')).join('\n') + '\n'
}

const fail = (message: string): never => {
  throw new Error(`Analysis tables: ${message}`)
}
const areaOf = (t: Tables, id: string | null) => (id ? t.areas.find((a) => a.area_id === id) ?? fail(`expected area ${id}, found none`) : null)

/**
 * `money`: one row per amount for the years it is given for. A yearly amount is one row per year;
 * a period total is one row for its period (no source splits it by year, so neither do we); the
 * unexplained gap of a frame is a row of its own. `counts_in_total` = yes on exactly the rows that
 * add up to a plan's money without counting anything twice or anything outside the plan.
 */
function money(t: Tables): DerivedTable {
  const header = ['money_id', 'funding_id', 'plan_id', 'area_id', 'area_number', 'purpose', 'purpose_en', 'start_year', 'end_year', 'amount_mio_dkk', 'amount_basis', 'counts_in_total', 'not_counted_because', 'instead_see', 'source_id', 'locator', 'quote']
  const rows: Value[][] = []
  const initiative = (id: string | null) => (id ? t.initiatives.find((i) => i.initiative_id === id) : undefined)
  for (const f of t.funding) {
    const reason = notCounted(f, initiative(f.initiative_id)?.naming === 'beside_plan')
    const area = areaOf(t, f.area_id)
    const row = (id: string, from: number, to: number, amount: number | null, basis: string): Value[] => [
      id, f.funding_id, f.plan_id, f.area_id, area?.number ?? null, f.purpose, f.purpose_en, from, to, amount, basis,
      reason ? 'no' : 'yes', reason?.because ?? null, reason?.see ?? null, f.source_id, f.locator, f.quote,
    ]
    if (f.basis === 'per_year') for (let y = f.start_year; y <= f.end_year; y++) rows.push(row(`${f.funding_id}-${y}`, y, y, f.amount_mio_dkk, 'per_year'))
    else rows.push(row(f.funding_id, f.start_year, f.end_year, f.amount_mio_dkk, f.basis))
    if (f.unexplained_gap_mio_dkk !== null) {
      if (f.unexplained_gap_basis !== 'period_total') fail(`expected the gap of ${f.funding_id} for the whole period, found ${f.unexplained_gap_basis}`)
      rows.push([
        `${f.funding_id}-gap`, f.funding_id, f.plan_id, null, null, 'Ikke forklaret i kilderne: rammen minus delene (lagt sammen af os)', 'Not explained by the sources: the frame less its parts (our arithmetic)',
        f.start_year, f.end_year, f.unexplained_gap_mio_dkk, 'frame_less_parts', 'yes', null, null, f.source_id, f.locator, f.quote,
      ])
    }
  }
  return { name: 'money', header, rows }
}

/** Why a funding row is left out of the totals, and the row to count instead; null when it counts. */
function notCounted(f: Funding, besidePlan: boolean): { because: string; see: string | null } | null {
  if (f.amount_mio_dkk === null) return { because: 'no_amount', see: null }
  if (f.level === 'frame') return { because: 'split_into_parts', see: null }
  if (f.same_money_as) return { because: 'same_money_as', see: f.same_money_as }
  if (f.may_be_part_of) return { because: 'may_be_part_of', see: f.may_be_part_of }
  if (besidePlan) return { because: 'beside_plan', see: null }
  return null
}

/** `fl21_split`: the FL21 frame's parts by area, and its unexplained gap as a row of its own; they add up to the frame. */
function fl21Split(t: Tables): DerivedTable {
  const header = ['split_id', 'funding_id', 'kind', 'area_id', 'area_number', 'area_name', 'area_name_en', 'purpose', 'purpose_en', 'amount_mio_dkk', 'start_year', 'end_year', 'source_id', 'locator', 'quote']
  const frame = t.funding.find((f) => f.funding_id === FL21_FRAME)
  // A package without the frame (a test fixture) has an empty split.
  if (!frame) return { name: 'fl21_split', header, rows: [] }
  const parts = t.funding
    .filter((f) => f.parent_id === frame.funding_id)
    .map((f) => ({ f, area: areaOf(t, f.area_id) ?? fail(`expected an area on ${f.funding_id}, found none`) }))
    .sort((a, b) => a.area.number - b.area.number)
  const rows: Value[][] = parts.map(({ f, area }) => {
    if (f.basis !== 'period_total') fail(`expected ${f.funding_id} as a period total, found ${f.basis}`)
    return [f.funding_id, f.funding_id, 'part', area.area_id, area.number, area.name, area.name_en, f.purpose, f.purpose_en, f.amount_mio_dkk, f.start_year, f.end_year, f.source_id, f.locator, f.quote]
  })
  if (frame.unexplained_gap_mio_dkk !== null) {
    // The gap has no area; its label in the area columns keeps it in a group-by on them (pandas drops empty groups).
    rows.push([`${frame.funding_id}-gap`, frame.funding_id, 'unexplained_gap', null, null, 'Ikke fordelt på et område i kilderne', 'Not assigned to an area by the sources', 'Ikke forklaret i kilderne: rammen minus delene (lagt sammen af os)', 'Not explained by the sources: the frame less its parts (our arithmetic)', frame.unexplained_gap_mio_dkk, frame.start_year, frame.end_year, frame.source_id, frame.locator, frame.quote])
  }
  return { name: 'fl21_split', header, rows }
}

/** `initiative_outcomes`: the 2017–2020 plan's initiatives counted by outcome, one row per outcome; the counts add up to those launched. */
function initiativeOutcomes(t: Tables): DerivedTable {
  const header = ['indicator_id', 'plan_id', 'outcome', 'initiatives', 'measure', 'measure_en', 'date', 'date_precision', 'date_start', 'date_end', 'source_id', 'locator', 'quote']
  const get = (id: string) => t.indicators.find((i) => i.indicator_id === id) ?? fail(`expected the indicator ${id}, found none`)
  // The data check keeps the four counts together; a package without them (a test fixture) has no rows.
  if (!t.indicators.some((i) => i.indicator_id === LAUNCHED)) return { name: 'initiative_outcomes', header, rows: [] }
  const rows = OUTCOMES.map(({ outcome, indicator }) => {
    const i = get(indicator)
    return [i.indicator_id, i.plan_id, outcome, i.value, i.measure, i.measure_en, i.date, i.date_precision, i.date_start, i.date_end, i.source_id, i.locator, i.quote]
  })
  const launched = get(LAUNCHED).value
  const sum = rows.reduce((s, r) => s + Number(r[3]), 0)
  if (sum !== launched) fail(`expected the outcomes to add up to the ${launched} initiatives launched, found ${sum}`)
  return { name: 'initiative_outcomes', header, rows }
}

/** `targets`: each target with what was reached and the source's own verdict, one row per target. */
function targets(t: Tables): DerivedTable {
  const header = [
    'indicator_id', 'plan_id', 'initiative_id', 'recommendation_number', 'initiative_name', 'initiative_name_en', 'measure', 'measure_en',
    'comparator', 'target', 'target_unit', 'reached', 'reached_qualifier', 'unit', 'unit_en', 'date', 'date_precision', 'date_start', 'date_end',
    'verdict', 'verdict_words', 'verdict_update_id', 'verdict_quote', 'note', 'note_en', 'source_id', 'locator', 'quote', 'target_quote',
  ]
  const rows = t.indicators
    .filter((i): i is Indicator & { initiative_id: string } => i.kind === 'target_reached' && i.initiative_id !== null)
    .map((i) => {
      const initiative = t.initiatives.find((x) => x.initiative_id === i.initiative_id) ?? fail(`expected initiative ${i.initiative_id}, found none`)
      const verdict = t.status_updates.find((u) => u.initiative_id === i.initiative_id && u.date === i.date && u.status in VERDICT_WORDS)
      const words = verdict ? VERDICT_WORDS[verdict.status]! : null
      if (verdict && !verdict.quote.includes(words!)) fail(`expected the words "${words}" in the quote of ${verdict.update_id}, found ${JSON.stringify(verdict.quote)}`)
      return [
        i.indicator_id, i.plan_id, i.initiative_id, initiative.number, initiative.name, initiative.name_en, i.measure, i.measure_en,
        i.comparator, i.target, i.target_unit, i.value, i.value_qualifier, i.unit, i.unit_en, i.date, i.date_precision, i.date_start, i.date_end,
        verdict?.status ?? null, words, verdict?.update_id ?? null, verdict?.quote ?? null, i.note, i.note_en, i.source_id, i.locator, i.quote, i.target_quote,
      ]
    })
  return { name: 'targets', header, rows }
}

/**
 * `disputed_figures`: one row per fact that two sources give different figures for, with both
 * figures side by side (the earlier reading first). No column adds the two up.
 */
function disputedFigures(t: Tables): DerivedTable {
  const side = ['indicator_id', 'value', 'of_total', 'date', 'date_precision', 'date_start', 'date_end', 'source_id', 'locator', 'quote']
  const header = ['fact_id', 'measure', 'measure_en', 'unit', 'unit_en', ...side.map((c) => `earlier_${c}`), ...side.map((c) => `later_${c}`)]
  const rows: Value[][] = []
  const seen = new Set<string>()
  for (const a of t.indicators) {
    if (!a.disagrees_with || seen.has(a.indicator_id)) continue
    const b = t.indicators.find((i) => i.indicator_id === a.disagrees_with) ?? fail(`expected indicator ${a.disagrees_with}, found none`)
    seen.add(a.indicator_id).add(b.indicator_id)
    // Earlier by the interval the source's date covers (ISO days sort as text).
    const [earlier, later] = (a.date_start ?? '') <= (b.date_start ?? '') ? [a, b] : [b, a]
    const cells = (i: Indicator) => [i.indicator_id, i.value, i.of_total, i.date, i.date_precision, i.date_start, i.date_end, i.source_id, i.locator, i.quote]
    rows.push([commonId(a.indicator_id, b.indicator_id), earlier.measure, earlier.measure_en, earlier.unit, earlier.unit_en, ...cells(earlier), ...cells(later)])
  }
  return { name: 'disputed_figures', header, rows }
}

/**
 * The id two readings share: hp2017-kommuner-involved-93 and …-86 → hp2017-kommuner-involved. The
 * parts they share after where they differ are kept too (…-93-b and …-86-b → …-involved-b), so two
 * disputes told apart only by their ends do not get one id.
 */
function commonId(a: string, b: string): string {
  const x = a.split('-')
  const y = b.split('-')
  let n = 0
  while (n < x.length && x[n] === y[n]) n++
  let m = 0
  while (m < x.length - n && m < y.length - n && x[x.length - 1 - m] === y[y.length - 1 - m]) m++
  return n ? [...x.slice(0, n), ...x.slice(x.length - m)].join('-') : `${a}--${b}`
}
