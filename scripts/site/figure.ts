import type { Indicator } from '../data/types.ts'
import { formatNumber } from '../format/danish.ts'

const QUALIFIER: Record<string, string> = { approx: 'ca. ', up_to: 'op mod ', counted: '' }

/** Units are stored in the plural; the few that the data counts as one read in the singular. */
const SINGULAR: Record<string, string> = { initiativer: 'initiativ', ansøgninger: 'ansøgning', kommuner: 'kommune', kurser: 'kursus', møder: 'møde' }
const unitOf = (i: Indicator) => (i.value === 1 ? (SINGULAR[i.unit] ?? i.unit) : i.unit)

/** "ca. 450", "op mod 700", "980" */
export function valueText(i: Indicator): string {
  return i.value === null ? 'ikke oplyst' : `${QUALIFIER[i.value_qualifier ?? ''] ?? ''}${formatNumber(i.value)}`
}

const COMPARATOR: Record<string, string> = { '>=': 'mindst', '<=': 'højst', '=': '' }
const TARGET_UNIT: Record<string, string> = { pct: 'pct.' }
const MET: Record<string, string> = { yes: 'målet er nået', no: 'målet er ikke nået', expected: 'målet forventes nået' }

/** "mindst 2.000", "mindst 80 pct." */
export function targetText(i: Indicator): string {
  return [COMPARATOR[i.comparator ?? '='], formatNumber(i.target!), i.target_unit ? TARGET_UNIT[i.target_unit] ?? i.target_unit : ''].filter(Boolean).join(' ')
}

/**
 * A figure as a reader should see it: "ca. 450 fagpersoner"; with a target, "980 af mindst 2.000
 * børn og unge"; where only the target and the verdict are known, "mål: mindst 80 pct. af …".
 */
export function indicatorText(i: Indicator): string {
  if (i.kind !== 'target_reached' || i.target === null) return `${valueText(i)} ${unitOf(i)}`
  if (i.value !== null && i.target_unit === null) return `${valueText(i)} af ${targetText(i)} ${i.unit}`
  const verdict = i.met && i.met_basis === 'source' ? ` – ${MET[i.met]} ifølge kilden` : ''
  return `mål: ${targetText(i)} af ${i.unit}${verdict}`
}
