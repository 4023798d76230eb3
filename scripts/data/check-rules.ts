import { formatNumber } from '../format/danish.ts'
import type { Problem } from './problems.ts'
import type { TypedRow } from './check-table.ts'
import { checkKommuneRules } from './check-kommune.ts'
import { checkHelpRules } from './check-help.ts'
import { type DatedRow, dateProblems } from './dates.ts'

/** The 2017–2020 plan's outcome counts (indicator ids) that must add up: launched = the rest. */
export const OUTCOME_COUNTS = {
  launched: 'hp2017-initiatives-launched',
  carried_out: 'hp2017-initiatives-carried-out',
  given_up: 'hp2017-initiatives-given-up',
  cancelled: 'hp2017-initiatives-cancelled',
} as const

const EPS = 1e-9

/** True if any of the columns held an invalid cell (already reported); a rule then says nothing. */
const invalid = (row: TypedRow | undefined, ...columns: string[]) => !!row && columns.some((c) => row[c] === undefined)

/** Rules that span rows or tables, beyond what a Table Schema can say. */
export function checkRules(tables: Map<string, TypedRow[]>, fileOf: (name: string) => string, problems: Problem[]): void {
  const rows = (name: string) => tables.get(name) ?? []
  const at = (name: string, row: TypedRow, column: string, message: string) => problems.push({ file: fileOf(name), line: row._line, column, message })

  for (const name of ['plans', 'funding']) {
    for (const r of rows(name)) {
      if (typeof r.start_year === 'number' && typeof r.end_year === 'number' && r.end_year < r.start_year) {
        at(name, r, 'end_year', `expected a year ≥ start_year (${r.start_year}), found "${r.end_year}"`)
      }
    }
  }

  // A row that names a plan and also an area, initiative or parent must name one of that plan's.
  const planOf: Record<string, Map<unknown, unknown>> = {
    area_id: new Map(rows('areas').map((a) => [a.area_id, a.plan_id])),
    initiative_id: new Map(rows('initiatives').map((i) => [i.initiative_id, i.plan_id])),
    parent_id: new Map(rows('funding').map((f) => [f.funding_id, f.plan_id])),
  }
  for (const name of ['initiatives', 'funding', 'indicators', 'recommendations']) {
    for (const r of rows(name)) {
      if (r.plan_id === null || r.plan_id === undefined) continue
      for (const [column, plans] of Object.entries(planOf)) {
        if (!(column in r) || r[column] === null || r[column] === undefined) continue
        const plan = plans.get(r[column])
        if (plan !== undefined && plan !== null && plan !== r.plan_id) at(name, r, column, `expected one of plan ${r.plan_id}'s, found "${r[column]}" of plan ${plan}`)
      }
    }
  }

  checkOutcomeCounts(rows('indicators'), rows('initiatives'), rows('status_updates'), (row, column, message) => at('indicators', row, column, message))
  checkSplits(rows('funding'), (row, column, message) => at('funding', row, column, message))
  for (const name of ['sources', 'status_updates', 'indicators', 'events', 'consultant_coverage', 'help_facts', 'kommune_mentions']) checkDatePrecision(rows(name), (row, column, message) => at(name, row, column, message))
  checkLatestStatus(rows('initiatives'), rows('status_updates'), (row, column, message) => at('initiatives', row, column, message))
  checkTargets(rows('indicators'), (row, column, message) => at('indicators', row, column, message))
  checkDisagreements(rows('indicators'), (row, column, message) => at('indicators', row, column, message))
  checkKommuneRules(tables, at)
  checkHelpRules(tables, at)
}

type Report = (row: TypedRow, column: string, message: string) => void

function checkOutcomeCounts(indicators: TypedRow[], initiatives: TypedRow[], updates: TypedRow[], report: Report): void {
  const byId = new Map(indicators.map((r) => [r.indicator_id, r]))
  const counts = Object.fromEntries(Object.entries(OUTCOME_COUNTS).map(([k, id]) => [k, byId.get(id)])) as Record<keyof typeof OUTCOME_COUNTS, TypedRow | undefined>
  if (!counts.launched) return // the table holds no 2017–2020 plan; nothing to add up
  if (Object.values(counts).some((r) => invalid(r, 'value'))) return
  const value = (r: TypedRow | undefined) => (typeof r?.value === 'number' ? r.value : NaN)
  const parts = [counts.carried_out, counts.given_up, counts.cancelled]
  const sum = parts.reduce((s, r) => s + value(r), 0)
  const empty = Object.values(counts).filter((r): r is TypedRow => !!r && r.value === null)
  for (const r of empty) report(r, 'value', 'expected a count to add up with the others, found an empty cell')
  if (empty.length) return
  if (parts.some((p) => !p)) {
    const missing = Object.entries(OUTCOME_COUNTS).filter(([k]) => !counts[k as keyof typeof counts]).map(([, id]) => id)
    report(counts.launched, 'indicator_id', `expected the outcome counts ${missing.join(', ')} beside it, found none`)
  } else if (!(Math.abs(sum - value(counts.launched)) <= EPS)) {
    report(counts.launched, 'value', `expected the initiatives launched to equal carried out + given up + cancelled (${parts.map(value).join(' + ')} = ${sum}), found "${value(counts.launched)}"`)
  }
  // Named initiatives cannot outnumber the counts of their outcome.
  const latest = new Map<unknown, TypedRow>()
  for (const u of [...updates].sort((a, b) => String(a.date).localeCompare(String(b.date)))) latest.set(u.initiative_id, u)
  const planOf = new Map(initiatives.map((i) => [i.initiative_id, i.plan_id]))
  for (const key of ['carried_out', 'given_up', 'cancelled'] as const) {
    const named = [...latest.values()].filter((u) => u.status === key && planOf.get(u.initiative_id) === 'hp2017')
    const count = counts[key]
    if (count && named.length > value(count)) report(count, 'value', `expected at least as many as the initiatives named with status ${key} (${named.length}), found "${value(count)}"`)
  }
}

/** A row's money for its whole period: a per-year amount counts once for each year. */
const periodTotal = (r: TypedRow) => {
  if (typeof r.amount_mio_dkk !== 'number') return NaN
  return r.basis === 'per_year' ? r.amount_mio_dkk * years(r) : r.amount_mio_dkk
}
const years = (r: TypedRow) => Number(r.end_year) - Number(r.start_year) + 1

function checkSplits(funding: TypedRow[], report: Report): void {
  const fields = ['amount_mio_dkk', 'basis', 'start_year', 'end_year', 'level', 'parent_id', 'same_money_as', 'may_be_part_of', 'unexplained_gap_mio_dkk', 'unexplained_gap_basis']
  const byId = new Map(funding.map((f) => [f.funding_id, f]))
  for (const r of funding) {
    if (invalid(r, ...fields)) continue
    // An amount exactly when the basis says there is one.
    if (r.basis === 'none' && r.amount_mio_dkk !== null) report(r, 'amount_mio_dkk', `expected no amount where basis is none, found "${r.amount_mio_dkk}"`)
    if (r.basis !== 'none' && r.amount_mio_dkk === null) report(r, 'basis', `expected basis none where no amount is given, found "${r.basis}"`)
    // The level says what the keys say: a part has a parent, a frame has parts.
    const hasParts = funding.some((f) => f.parent_id === r.funding_id)
    const level = r.parent_id !== null ? 'part' : hasParts ? 'frame' : 'single'
    if (r.level !== level) report(r, 'level', `expected "${level}" (${level === 'part' ? 'it names a parent_id' : level === 'frame' ? 'rows name it as their parent_id' : 'it has no parent_id and no parts'}), found "${r.level}"`)
    for (const column of ['same_money_as', 'may_be_part_of'] as const) {
      if (r[column] === r.funding_id) report(r, column, `expected another row's funding_id, found the row's own "${r[column]}"`)
    }
    // The same money told by two sources: one amount, period and basis; the row it names is the one to count.
    const same = r.same_money_as !== null ? byId.get(r.same_money_as) : undefined
    if (same && same !== r && !invalid(same, ...fields)) {
      const differs = ['amount_mio_dkk', 'basis', 'start_year', 'end_year'].filter((c) => same[c] !== r[c])
      if (differs.length) report(r, 'same_money_as', `expected the same ${differs.join(', ')} as ${same.funding_id} (${differs.map((c) => same[c]).join(', ')}), found ${differs.map((c) => r[c]).join(', ')}`)
      if (same.same_money_as !== null) report(r, 'same_money_as', `expected a row that is itself counted (no same_money_as), found ${same.funding_id}, which names ${same.same_money_as}`)
      if (r.level !== 'single') report(r, 'same_money_as', `expected same_money_as only on a single row (no parent, no parts), found it on a ${r.level} row`)
    }
    if (r.may_be_part_of !== null && r.may_be_part_of === r.parent_id) report(r, 'may_be_part_of', `expected a row that is not its parent (a part is inside its parent for certain), found "${r.may_be_part_of}"`)
  }
  for (const parent of funding) {
    const parts = funding.filter((f) => f.parent_id === parent.funding_id)
    if (invalid(parent, ...fields) || parts.some((p) => invalid(p, ...fields))) continue
    if (parent.parent_id === parent.funding_id || inCycle(funding, parent)) {
      report(parent, 'parent_id', `expected a parent that is not the row itself or its own part, found "${parent.parent_id}"`)
      continue
    }
    const emptyAmount = [parent, ...parts].filter((r) => parts.length && r.amount_mio_dkk === null)
    for (const r of emptyAmount) report(r, 'amount_mio_dkk', 'expected an amount on a frame and on each of its parts, found an empty cell')
    if (emptyAmount.length) continue
    const gap = typeof parent.unexplained_gap_mio_dkk === 'number' ? parent.unexplained_gap_mio_dkk : null
    if ((gap === null) !== (parent.unexplained_gap_basis === null)) {
      report(parent, 'unexplained_gap_basis', gap === null ? `expected no gap basis without a gap, found "${parent.unexplained_gap_basis}"` : 'expected the basis of the gap (per_year or period_total), found an empty cell')
    }
    if (!parts.length) {
      if (gap !== null) report(parent, 'unexplained_gap_mio_dkk', `expected a gap only on a frame that has parts, found "${gap}"`)
      continue
    }
    for (const p of parts) {
      if (Number(p.start_year) < Number(parent.start_year) || Number(p.end_year) > Number(parent.end_year)) report(p, 'start_year', `expected years within its frame ${parent.funding_id} (${parent.start_year}–${parent.end_year}), found ${p.start_year}–${p.end_year}`)
    }
    const sum = parts.reduce((s, p) => s + periodTotal(p), 0)
    const diff = Math.round((periodTotal(parent) - sum) * 1e6) / 1e6
    if (Math.abs(diff) <= EPS && gap === null) continue
    if (gap === null) {
      report(parent, 'unexplained_gap_mio_dkk', `expected the gap stated where the parts (${formatNumber(sum)}) do not add up to the frame (${formatNumber(periodTotal(parent))}), found an empty cell`)
      continue
    }
    // The gap is stated per year or for the period; for the period it is what the sums leave.
    const gapTotal = parent.unexplained_gap_basis === 'per_year' ? gap * years(parent) : gap
    if (!(Math.abs(gapTotal - diff) <= EPS)) {
      const expected = parent.unexplained_gap_basis === 'per_year' ? `${Math.round((diff / years(parent)) * 1e6) / 1e6} per year` : String(diff)
      report(parent, 'unexplained_gap_mio_dkk', `expected ${expected} (the frame ${formatNumber(periodTotal(parent))} minus the parts ${formatNumber(sum)} for ${parent.start_year}–${parent.end_year}), found "${gap}"`)
    }
  }
}

/** True if following parent_id from this row comes back to it. */
function inCycle(funding: TypedRow[], row: TypedRow): boolean {
  const byId = new Map(funding.map((f) => [f.funding_id, f]))
  const seen = new Set<unknown>()
  for (let at: TypedRow | undefined = row; at && at.parent_id !== null && at.parent_id !== undefined; at = byId.get(at.parent_id)) {
    if (at.parent_id === row.funding_id || seen.has(at.parent_id)) return true
    seen.add(at.parent_id)
  }
  return false
}

function checkTargets(indicators: TypedRow[], report: Report): void {
  for (const r of indicators) {
    if (invalid(r, 'kind', 'comparator', 'target', 'target_unit', 'value', 'met', 'met_basis')) continue
    const hasTarget = r.target !== null
    if (r.kind === 'target_reached') {
      if (!hasTarget) report(r, 'target', 'expected a target on a target_reached row, found an empty cell')
      if (r.comparator === null) report(r, 'comparator', 'expected a comparator on a target_reached row, found an empty cell')
      if (r.met === null) report(r, 'met', 'expected whether the target was met on a target_reached row, found an empty cell')
    } else if (hasTarget || r.met !== null) {
      report(r, hasTarget ? 'target' : 'met', `expected a target and met only on target_reached rows, found them on a ${r.kind} row`)
    }
    if ((r.met === null) !== (r.met_basis === null)) report(r, 'met_basis', 'expected met and met_basis together, found one without the other')
    if (r.met_basis === 'computed') {
      if (typeof r.target !== 'number' || typeof r.value !== 'number' || r.target_unit !== null) {
        report(r, 'met_basis', 'expected a target and a value in the same unit to compute met from, found none')
        continue
      }
      const met = r.comparator === '>=' ? r.value >= r.target : r.comparator === '<=' ? r.value <= r.target : r.value === r.target
      const expected = met ? 'yes' : 'no'
      if (r.met !== expected) report(r, 'met', `expected "${expected}" (${r.value} ${r.comparator} ${r.target}), found "${r.met}"`)
    }
  }
}

/** A date's precision fits how it is written, and its interval is the one its precision's rule gives (scripts/data/dates.ts). */
function checkDatePrecision(rows: TypedRow[], report: Report): void {
  for (const r of rows) {
    if (!('date_precision' in r) || invalid(r, 'date', 'date_precision', 'date_start', 'date_end', 'date_text')) continue
    for (const [column, message] of dateProblems(r as DatedRow)) report(r, column, message)
  }
}

/** `initiatives.latest_status` is the status of the initiative's latest report, or not_reported. */
function checkLatestStatus(initiatives: TypedRow[], updates: TypedRow[], report: Report): void {
  if (updates.some((u) => invalid(u, 'initiative_id', 'date', 'status'))) return
  // A status row naming an unknown initiative is reported by the key check; the rest would follow from it.
  const known = new Set(initiatives.map((i) => i.initiative_id))
  if (updates.some((u) => !known.has(u.initiative_id))) return
  for (const i of initiatives) {
    if (!('latest_status' in i) || invalid(i, 'latest_status')) continue
    const mine = updates.filter((u) => u.initiative_id === i.initiative_id).sort((a, b) => String(a.date).localeCompare(String(b.date)))
    const last = mine.at(-1)
    const expected = last ? String(last.status) : 'not_reported'
    const tied = mine.filter((u) => last && u.date === last.date && u.status !== last.status)
    if (tied.length) report(i, 'latest_status', `expected one latest status, found "${last!.status}" and "${tied[0]!.status}" both dated ${last!.date}`)
    else if (i.latest_status !== expected) report(i, 'latest_status', `expected "${expected}" (${last ? `the status of ${last.update_id}, ${last.date}` : 'no status_updates row names it'}), found "${i.latest_status}"`)
  }
}

/** Two figures for one fact name each other, count the same unit, and come from two sources. */
function checkDisagreements(indicators: TypedRow[], report: Report): void {
  const byId = new Map(indicators.map((i) => [i.indicator_id, i]))
  for (const r of indicators) {
    if (invalid(r, 'disagrees_with') || r.disagrees_with === null) continue
    const other = byId.get(r.disagrees_with)
    if (!other || invalid(other, 'disagrees_with', 'unit', 'source_id')) continue // a dangling id is reported by the key check
    if (other === r) report(r, 'disagrees_with', `expected another indicator, found the row's own "${r.disagrees_with}"`)
    else if (other.disagrees_with !== r.indicator_id) report(r, 'disagrees_with', `expected ${other.indicator_id} to name ${r.indicator_id} back, found ${other.disagrees_with === null ? 'an empty cell' : `"${other.disagrees_with}"`}`)
    else if (other.unit !== r.unit) report(r, 'disagrees_with', `expected a figure in the same unit (${r.unit}), found ${other.indicator_id} in "${other.unit}"`)
    else if (other.source_id === r.source_id) report(r, 'disagrees_with', `expected a figure from another source, found ${other.indicator_id} from the same (${r.source_id})`)
  }
}
