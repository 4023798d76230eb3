import type { Funding } from '../data/types.ts'
import { formatMio, formatNumber } from '../format/danish.ts'

/** How a funding row reads: "73,4 mio. kr." or "10 mio. kr. om året"; never a total the source does not state. */
export function amountText(f: Funding): string {
  if (f.amount === null) return 'Beløb ikke oplyst'
  const amount = f.unit === 'fte' ? `${formatNumber(f.amount)} årsværk` : formatMio(f.amount)
  return f.basis === 'per_year' ? `${amount} om året` : amount
}

/** The whole period's amount, for drawing only (a per-year amount times its years). */
export function periodAmount(f: Funding): number {
  if (f.amount === null) return 0
  return f.basis === 'per_year' ? f.amount * (f.end_year - f.start_year + 1) : f.amount
}
