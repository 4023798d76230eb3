import { formatDate } from '../format/danish.ts'
import { shown } from './problems.ts'
import type { TypedRow } from './check-table.ts'

type At = (table: string, row: TypedRow, column: string, message: string) => void
const str = (v: unknown) => (typeof v === 'string' ? v : '')

/** The source says acute ("akut", "akutte"), and not "ikke akut". */
export const SAYS_ACUTE = /(?<!ikke )\bakut/iu
export const SAYS_NOT_ACUTE = /\bikke akut/iu
/** Words of advice: an offer that advises is never filed under acute danger. */
export const ADVISORY = /rådgiv|vejled|sparring/iu

/**
 * Who to call, and what stands under acute danger: 112 is acute because politi.dk says so; an
 * offer or number is filed under acute danger only when its own quote says acute, and never when
 * it advises (the security consultants give "gratis vejledende rådgivning", not an emergency service).
 */
export function checkHelpRules(tables: Map<string, TypedRow[]>, at: At): void {
  const rows = (name: string) => tables.get(name) ?? []
  for (const c of rows('contacts')) {
    const quote = str(c.quote)
    const number = str(c.number)
    if (number && !quote.replace(/\s+/g, '').includes(number.replace(/\s+/g, ''))) at('contacts', c, 'number', `expected a number that the quote gives, found ${shown(number)} not in ${shown(quote)}`)
    if (c.urgency === 'acute' && !SAYS_ACUTE.test(quote)) at('contacts', c, 'urgency', `expected a quote that says the number is for acute danger ("akut"), found none in ${shown(quote)}`)
    if (c.urgency === 'not_acute' && !SAYS_NOT_ACUTE.test(quote)) at('contacts', c, 'urgency', `expected a quote that says "ikke akut", found none in ${shown(quote)}`)
  }
  for (const name of ['offers', 'links']) {
    for (const r of rows(name)) {
      const column = r.need === 'acute' ? 'need' : r.also_need === 'acute' ? 'also_need' : null
      if (!column) continue
      const quote = str(r.quote)
      if (!SAYS_ACUTE.test(quote)) at(name, r, column, `expected acute only where the quote says acute danger ("akut"), found none in ${shown(quote)}`)
      const advice = [r.name, r.title, r.offers, quote].map(str).find((t) => ADVISORY.test(t))
      if (advice) at(name, r, column, `expected no advisory offer under acute danger, found advice in ${shown(advice)}`)
    }
  }
  checkBeredskaber(tables, at)
}

/** ISO date plus four years, at the same precision: "2024-06-24" → "2028-06-24", "2023-12" → "2027-12". */
export function plusFourYears(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 4}${iso.slice(4)}`
}
const PRECISION: Record<string, RegExp> = { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/ }

/**
 * Each kommune's published beredskab: one of its quotes names the kommune, its quotes come from its
 * own page, a date of adoption rests on a quote that gives it, and "revise by" is that date + 4 years.
 */
function checkBeredskaber(tables: Map<string, TypedRow[]>, at: At): void {
  const rows = (name: string) => tables.get(name) ?? []
  const kommune = new Map(rows('kommuner').map((k) => [k.kommunekode, str(k.kommune)]))
  const sources = new Map(rows('sources').map((s) => [s.source_id, s]))
  const quotes = rows('beredskab_quotes')
  for (const b of rows('beredskaber')) {
    const own = quotes.filter((q) => q.kommunekode === b.kommunekode)
    const name = kommune.get(b.kommunekode)
    if (!own.length) at('beredskaber', b, 'kommunekode', 'expected at least one beredskab_quotes row for this kommune, found none')
    else if (name && !own.some((q) => str(q.quote).toLowerCase().includes(name.toLowerCase()))) at('beredskaber', b, 'kommunekode', `expected a quote that names ${name}, found none of ${own.length} naming it`)
    for (const q of own) if (q.source_id !== b.source_id) at('beredskab_quotes', q, 'source_id', `expected the kommune's own page ${String(b.source_id)}, found ${shown(str(q.source_id))}`)
    const source = sources.get(b.source_id)
    if (source && typeof b.url === 'string' && source.url !== b.url) at('beredskaber', b, 'url', `expected the address of source ${String(b.source_id)} (${str(source.url) || 'none'}), found ${shown(b.url)}`)
    const date = str(b.adopted_date)
    const precision = str(b.adopted_precision)
    if (b.adopted_date === undefined || b.adopted_precision === undefined || b.revision_due === undefined) continue // reported by the schema check
    if (!date) {
      if (precision) at('beredskaber', b, 'adopted_precision', `expected no precision where adopted_date is empty, found ${shown(precision)}`)
      if (b.revision_due) at('beredskaber', b, 'revision_due', `expected no revision date where the page states no adoption date, found ${shown(str(b.revision_due))}`)
      continue
    }
    if (!PRECISION[precision]?.test(date)) {
      at('beredskaber', b, 'adopted_precision', `expected the precision adopted_date is written at (${date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'day or month'}), found ${shown(precision)}`)
      continue
    }
    const words = formatDate(date).toLowerCase()
    if (!own.some((q) => q.role === 'adoption' && str(q.quote).toLowerCase().includes(words))) at('beredskaber', b, 'adopted_date', `expected an adoption quote that gives the date (${shown(words)}), found none`)
    if (b.revision_due !== plusFourYears(date)) at('beredskaber', b, 'revision_due', `expected adopted_date + 4 years (${plusFourYears(date)}), found ${shown(str(b.revision_due))}`)
  }
}
