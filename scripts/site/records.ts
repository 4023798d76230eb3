import type { Problem } from '../data/problems.ts'
import type { Funding, Indicator, Plan, Tables } from '../data/types.ts'

/**
 * The records the pages name by id. `npm run check:data` (and the build) report a missing one by
 * its id, so a renamed or deleted row fails there, not as a TypeError deep in a loader bundle.
 * A view can only ask `records()` for an id listed here (the types see to it).
 */
export const NEEDED = {
  plans: { key: 'plan_id', ids: ['hp2016', 'hp2017', 'fl21', 'finanslov2021', 'kk2017'] },
  funding: { key: 'funding_id', ids: ['hp2017-satspulje', 'fl21-frame'] },
  indicators: {
    key: 'indicator_id',
    ids: [
      'hp2017-initiatives-launched',
      'hp2017-initiatives-carried-out',
      'hp2017-initiatives-given-up',
      'hp2017-initiatives-cancelled',
      'hp2017-kommuner-involved-93',
      'hp2017-kommuner-involved-86',
      'hp2017-kommuner-advised',
      'hp2017-kommuner-helped-plan',
      'kk2017-children-young-reached',
    ],
  },
} as const

type Needed = typeof NEEDED
type NeededTable = keyof Needed
export type PlanId = Needed['plans']['ids'][number]
export type FundingId = Needed['funding']['ids'][number]
export type IndicatorId = Needed['indicators']['ids'][number]

/** Thrown when a view asks for a record the data lacks (the data check reports it first). */
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

function finder<T>(table: NeededTable, rows: readonly T[], key: string) {
  const byId = new Map(rows.map((r) => [(r as Record<string, unknown>)[key], r]))
  return (id: string): T => {
    const row = byId.get(id)
    if (!row) throw new MissingRecord(table, key, id)
    return row
  }
}

/** Records by id, for views and charts. */
export function records(t: Tables) {
  return {
    plan: finder<Plan>('plans', t.plans, 'plan_id') as (id: PlanId) => Plan,
    funding: finder<Funding>('funding', t.funding, 'funding_id') as (id: FundingId) => Funding,
    indicator: finder<Indicator>('indicators', t.indicators, 'indicator_id') as (id: IndicatorId) => Indicator,
  }
}
