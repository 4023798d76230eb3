import type { Problem } from '../data/problems.ts'
import type { Area, Event, Finding, Funding, Indicator, Initiative, Kommune, Link, Organisation, Plan, Region, Source, Tables } from '../data/types.ts'

/**
 * The records the pages name by id. `npm run check:data` (and the build) report a missing one by
 * its id, so a renamed or deleted row fails there, not as a TypeError deep in a loader bundle.
 * `records()` looks rows up by key through one index per table and throws `MissingRecord` for an
 * id the data lacks; its lookups by a literal id accept only the ids listed here (the types see to
 * it), so every id a page names is checked before the build starts.
 */
export const NEEDED = {
  plans: { key: 'plan_id', ids: ['hp2016', 'hp2017', 'fl21', 'finanslov2021', 'kk2017'] },
  funding: { key: 'funding_id', ids: ['hp2017-satspulje', 'fl21-frame'] },
  indicators: {
    key: 'indicator_id',
    ids: [
      'hp2016-initiatives',
      'hp2017-areas',
      'hp2017-initiatives-launched',
      'hp2017-initiatives-carried-out',
      'hp2017-initiatives-given-up',
      'hp2017-initiatives-cancelled',
      'hp2017-kommuner-involved-93',
      'hp2017-kommuner-involved-86',
      'hp2017-kommuner-advised',
      'hp2017-kommuner-helped-plan',
      'kk2017-children-young-reached',
      'fl21-diploma-colleges-2022',
      'security-consultants-regions',
      'fl21-security-consultants-kommuner',
      'fl21-exit-homes-new',
      'exit-homes-existing-2021',
    ],
  },
  findings: { key: 'finding_id', ids: ['eval-purpose-met', 'minister-on-evaluation'] },
  events: {
    key: 'event_id',
    ids: ['2016-national-plan-adopted', '2020-11-04-evaluation-sent', '2020-06-29-letter-kommuner', '2021-01-25-agreement', '2021-08-30-status-letter', '2018-kk-status', '2022-autumn-diploma-offered'],
  },
} as const

type Needed = typeof NEEDED
type NeededTable = keyof Needed
export type PlanId = Needed['plans']['ids'][number]
export type FundingId = Needed['funding']['ids'][number]
export type IndicatorId = Needed['indicators']['ids'][number]
export type FindingId = Needed['findings']['ids'][number]
export type EventId = Needed['events']['ids'][number]

/** Thrown when a view asks for a record the data lacks (the data check reports a needed one first). */
export class MissingRecord extends Error {
  constructor(table: string, key: string, id: string) {
    super(`data/${table}.csv: no row with ${key} "${id}", which a page needs (listed in scripts/site/records.ts)`)
    this.name = 'MissingRecord'
  }
}

/** Every needed id the data lacks, as a problem on the table's header line. */
export function missingRecords(t: Tables): Problem[] {
  const problems: Problem[] = []
  for (const [table, { key, ids }] of Object.entries(NEEDED) as [NeededTable, Needed[NeededTable]][]) {
    const present = new Set((t[table] ?? []).map((r) => (r as unknown as Record<string, unknown>)[key]))
    for (const id of ids) {
      if (!present.has(id)) problems.push({ file: `data/${table}.csv`, line: 1, column: key, message: `expected a row with ${key} "${id}", which a page shows, found none` })
    }
  }
  return problems
}

/** A lookup by key over one table: built once, throws MissingRecord for an unknown id. */
function finder<T>(table: string, rows: readonly T[], key: keyof T & string) {
  const byId = new Map<unknown, T>()
  for (const r of rows) if (!byId.has(r[key])) byId.set(r[key], r)
  return (id: string): T => {
    const row = byId.get(id)
    if (!row) throw new MissingRecord(table, key, id)
    return row
  }
}

const indexes = new WeakMap<Tables, ReturnType<typeof build>>()

function build(t: Tables) {
  return {
    // Ids a page names itself: only those listed in NEEDED.
    plan: finder<Plan>('plans', t.plans, 'plan_id') as (id: PlanId) => Plan,
    funding: finder<Funding>('funding', t.funding, 'funding_id') as (id: FundingId) => Funding,
    indicator: finder<Indicator>('indicators', t.indicators, 'indicator_id') as (id: IndicatorId) => Indicator,
    finding: finder<Finding>('findings', t.findings, 'finding_id') as (id: FindingId) => Finding,
    event: finder<Event>('events', t.events, 'event_id') as (id: EventId) => Event,
    // Ids another row refers to (the data check's foreign keys guarantee them).
    planOf: finder<Plan>('plans', t.plans, 'plan_id'),
    fundingOf: finder<Funding>('funding', t.funding, 'funding_id'),
    initiative: finder<Initiative>('initiatives', t.initiatives, 'initiative_id'),
    source: finder<Source>('sources', t.sources, 'source_id'),
    organisation: finder<Organisation>('organisations', t.organisations, 'org_id'),
    area: finder<Area>('areas', t.areas, 'area_id'),
    link: finder<Link>('links', t.links, 'link_id'),
    kommune: finder<Kommune>('kommuner', t.kommuner, 'kommunekode'),
    region: finder<Region>('regions', t.regions, 'regionskode'),
  }
}

/** Records by key, for views and charts: one index per set of tables, built on first use. */
export function records(t: Tables): ReturnType<typeof build> {
  let r = indexes.get(t)
  if (!r) indexes.set(t, (r = build(t)))
  return r
}

/** The first row that matches, found by content rather than by key; throws, naming what was sought, when none does. */
export function firstWhere<T>(rows: readonly T[], matches: (row: T) => boolean, what: string): T {
  const row = rows.find(matches)
  if (row === undefined) throw new Error(`no row in the data is ${what}, which a page needs`)
  return row
}
