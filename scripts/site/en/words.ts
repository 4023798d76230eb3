import type { Event, Funding, Indicator, Occurrence, Status } from '../../data/types.ts'
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
  to_be_offered: 'To be offered',
  established: 'Established',
  target_met: 'Target met',
  target_expected: 'Target expected to be met',
}

/** What an event was as of its source, where not "it happened" (the Danish OCCURRENCE_LABEL). */
export const OCCURRENCE_EN: Record<Occurrence, string | null> = {
  happened: null,
  planned: 'Planned',
  expected: 'Expected',
  unknown: null,
}

/** An event as a reader sees it: "Planned: The diploma module is offered …" where its source planned it. */
export function eventTitleEn(e: Pick<Event, 'title_en' | 'occurrence'>): string {
  const label = OCCURRENCE_EN[e.occurrence]
  return label ? `${label}: ${e.title_en}` : e.title_en
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
/** Units are stored in the plural; the ones the data counts as one read in the singular (as scripts/site/figure.ts does in Danish). */
const SINGULAR_EN: Record<string, string> = { initiatives: 'initiative', applications: 'application', courses: 'course', meetings: 'meeting', 'kommuner (municipalities)': 'kommune (municipality)' }

export function indicatorEn(i: Indicator): string {
  const unit = i.value === 1 ? (SINGULAR_EN[i.unit_en] ?? i.unit_en) : i.unit_en
  if (i.kind !== 'target_reached' || i.target === null) return `${valueEn(i)} ${unit}`
  if (i.value !== null && i.target_unit === null) return `${valueEn(i)} of ${targetEn(i)} ${unit}`
  // "target: at least 2,000 children and young people", but "target: at least 80% of children and young people".
  return `target: ${targetEn(i)} ${i.target_unit === 'pct' ? 'of ' : ''}${unit}`
}

const ORDINAL = ['first', 'second', 'third', 'fourth']
const SEASON = ['spring', 'summer', 'autumn', 'winter']
const UNIT_START: Record<'quarter' | 'half' | 'season', number[]> = { quarter: [1, 4, 7, 10], half: [1, 7], season: [3, 6, 9, 12] }

/**
 * A date in English at its own precision: the source's words in English where the row has them
 * (`date_text_en`), else made from the interval ("the third quarter of 2021", "autumn 2018",
 * "2021–2024", "from September 2021", "30 August 2021").
 */
export function dateWordsEn(r: { date: string; date_precision: string | null; date_start: string | null; date_end: string | null; date_text_en?: string | null }): string {
  if (r.date_text_en) return r.date_text_en
  const y = Number(r.date.slice(0, 4))
  const startMonth = r.date_start ? Number(r.date_start.slice(5, 7)) : 1
  const nth = (kind: 'quarter' | 'half' | 'season') => UNIT_START[kind].indexOf(startMonth)
  switch (r.date_precision) {
    case 'quarter':
      return `the ${ORDINAL[nth('quarter')]} quarter of ${y}`
    case 'half':
      return `the ${ORDINAL[nth('half')]} half of ${y}`
    case 'season':
      return `${SEASON[nth('season')]} ${y}`
    case 'from':
      return `from ${en.date(r.date)}`
    case 'range': {
      const end = r.date_end!
      const endIso = r.date.length === 4 ? end.slice(0, 4) : r.date.length === 7 ? end.slice(0, 7) : end
      return r.date.length === 4 ? `${r.date}–${endIso}` : `${en.date(r.date)} – ${en.date(endIso)}`
    }
    default:
      return en.date(r.date)
  }
}

/** "was" for one, "were" for more: English agrees the verb with the count the data gives. */
export const wasWere = (n: number | null): string => (n === 1 ? 'was' : 'were')
