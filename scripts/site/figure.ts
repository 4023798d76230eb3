import type { Indicator } from '../data/types.ts'
import { formatNumber } from '../format/danish.ts'

const QUALIFIER: Record<string, string> = { approx: 'ca. ', up_to: 'op mod ', counted: '' }

/** "ca. 450", "op mod 700", "980" */
export function valueText(i: Indicator): string {
  return i.value === null ? 'ikke oplyst' : `${QUALIFIER[i.value_qualifier ?? ''] ?? ''}${formatNumber(i.value)}`
}

/** "ca. 450 fagpersoner" */
export function indicatorText(i: Indicator): string {
  return `${valueText(i)} ${i.unit}`
}
