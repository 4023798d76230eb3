import type { Funding, Tables } from '../../data/types.ts'
import { FORMATS } from '../../format/locale.ts'
import { moneyVerb } from '../claims.ts'
import type { PageSources } from '../refs.ts'
import type { Sentence } from '../summary.ts'
import { citeEn } from './cite.ts'

/**
 * Exact words in English (issue 18 §2 for the English edition): the English for what a source's verb
 * allows of money, a conclusion of ours with its basis, and a sum of ours with its parts, each saying
 * no more than the Danish (scripts/site/claims.ts) it renders.
 */
const en = FORMATS.en

/** The English word for what a money verb allows (data/verbs.csv's `allows`). */
const MONEY_EN: Record<string, string> = {
  afsat: 'set aside',
  'skal bruges': 'to be used',
  fordelt: 'split',
  udmøntet: 'allocated (udmøntet)',
  brugt: 'used',
}
export function moneyVerbEn(t: Tables, f: Funding): string {
  const da = moneyVerb(t, f)
  const word = MONEY_EN[da]
  if (!word) throw new Error(`${f.funding_id}: no English for the money verb "${da}" (scripts/site/en/claims.ts)`)
  return word
}

/** The words that mark a conclusion as the site's own. */
export const CONCLUSION_LEAD_EN = 'Our conclusion:'

/** A conclusion row (data/conclusions.csv) in English, marked as ours, with the sources of the rows it rests on. */
export function conclusionEn(t: Tables, refs: PageSources, id: string): Sentence {
  const c = t.conclusions.find((x) => x.conclusion_id === id)
  if (!c) throw new Error(`no conclusion ${id}`)
  const marks = c.basis.split(/\s+/).flatMap((ref) => {
    const [table, key] = ref.split(':') as [keyof Tables, string]
    const rows = t[table] as unknown as Record<string, unknown>[]
    const idKey = Object.keys(rows[0] ?? {}).find((k) => k !== '_line')
    const row = idKey ? rows.find((r) => r[idKey] === key) : undefined
    return row && typeof row.quote === 'string' ? [refs.mark(citeEn(t, row as { source_id: string; locator: string; quote: string }))] : []
  })
  return { text: `${CONCLUSION_LEAD_EN} ${c.text_en.charAt(0).toLowerCase()}${c.text_en.slice(1)}`, marks }
}

/** The words that mark a sum as the site's own. */
export const SUM_LEAD_EN = 'added up by us'

/** A sum no source states, with its parts: "DKK 2 million a year (added up by us: 0.5 + 0.2 + 0.5 + 0.6 + 0.2)". */
export function ourSumEn(parts: Funding[], per = ''): { total: number; text: string } {
  const total = Math.round(parts.reduce((s, f) => s + f.amount_mio_dkk!, 0) * 1000) / 1000
  return { total, text: `${en.mio(total)}${per} (${SUM_LEAD_EN}: ${parts.map((f) => en.number(f.amount_mio_dkk!)).join(' + ')})` }
}

/** The words that mark a count as the site's own (the source lists the things, it does not count them). */
export const COUNT_LEAD_EN = 'counted by us'

/** The words that mark a difference as the site's own. */
export const DIFF_LEAD_EN = 'worked out by us'

/** A difference no source states, with what it is the difference of: "DKK 0.4 million (worked out by us: 4 × 10 − 39.6)". */
export function ourDifferenceEn(gap: number, whole: string, partsTotal: number): string {
  return `${en.mio(gap)} (${DIFF_LEAD_EN}: ${whole} − ${en.number(partsTotal)})`
}
