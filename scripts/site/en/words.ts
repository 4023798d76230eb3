import type { Funding, Indicator, Status } from '../../data/types.ts'
import { FORMATS } from '../../format/locale.ts'

/**
 * The English edition's words for what the data says in codes: statuses, amounts, figures. Each
 * says no more than the Danish word it renders (udbudt → offered, forsinket → delayed).
 */
const en = FORMATS.en

export const STATUS_EN: Record<Status, string> = {
  on_schedule: 'On schedule',
  delayed: 'Delayed',
  carried_out: 'Carried out',
  given_up: 'Given up',
  cancelled: 'Cancelled',
  offered: 'Offered',
  target_met: 'Target met',
  target_expected: 'Target expected to be met',
}

/** "DKK 73.4 million" or "DKK 10 million a year"; never a total the source does not state. */
export function amountEn(f: Funding): string {
  if (f.amount_mio_dkk === null) return 'amount not given'
  const amount = en.mio(f.amount_mio_dkk)
  return f.basis === 'per_year' ? `${amount} a year` : amount
}

const QUALIFIER: Record<string, string> = { approx: 'about ', up_to: 'up to ', counted: '' }

/** "about 450", "up to 700", "980" */
export function valueEn(i: Indicator): string {
  return i.value === null ? 'not given' : `${QUALIFIER[i.value_qualifier ?? ''] ?? ''}${en.number(i.value)}`
}

const COMPARATOR: Record<string, string> = { '>=': 'at least', '<=': 'at most', '=': '' }

/** "at least 2,000", "at least 80%" */
export function targetEn(i: Indicator): string {
  const n = en.number(i.target!)
  return [COMPARATOR[i.comparator ?? '='], i.target_unit === 'pct' ? `${n}%` : n].filter(Boolean).join(' ')
}

/** A figure with its English unit: "about 450 professionals"; with a target, "980 of at least 2,000 children and young people". */
export function indicatorEn(i: Indicator): string {
  const unit = i.unit_en
  if (i.kind !== 'target_reached' || i.target === null) return `${valueEn(i)} ${unit}`
  if (i.value !== null && i.target_unit === null) return `${valueEn(i)} of ${targetEn(i)} ${unit}`
  return `target: ${targetEn(i)} of ${unit}`
}
