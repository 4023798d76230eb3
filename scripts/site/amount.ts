import type { Funding } from '../data/types.ts'
import { formatMio } from '../format/danish.ts'

/** How a funding row reads: "73,4 mio. kr." or "10 mio. kr. om året"; never a total the source does not state. */
export function amountText(f: Funding): string {
  if (f.amount_mio_dkk === null) return 'Beløb ikke oplyst'
  const amount = formatMio(f.amount_mio_dkk)
  return f.basis === 'per_year' ? `${amount} om året` : amount
}

/** The whole period's amount, for drawing only (a per-year amount times its years). */
export function periodAmount(f: Funding): number {
  if (f.amount_mio_dkk === null) return 0
  return f.basis === 'per_year' ? f.amount_mio_dkk * (f.end_year - f.start_year + 1) : f.amount_mio_dkk
}
