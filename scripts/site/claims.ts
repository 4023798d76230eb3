import { verbsIn } from '../data/check-words.ts'
import type { Funding, Tables } from '../data/types.ts'
import { formatMio } from '../format/danish.ts'
import { cite } from './cite.ts'
import type { PageSources } from './refs.ts'
import type { Sentence } from './summary.ts'

/**
 * Exact words (issue 18 §2), one place for each kind of claim the site makes in its own words:
 * what a source's verb allows it to say of money, a conclusion of ours with its basis, and a sum
 * of ours with its parts.
 */

/** The word the site uses of an amount: what the verb of its quote allows (data/verbs.csv), e.g. "afsat". */
export function moneyVerb(t: Tables, f: Funding): string {
  const v = verbsIn(f.quote, t.verbs.filter((x) => x.kind === 'money'))[0]
  if (!v) throw new Error(`${f.funding_id}: no money verb in its quote`) // the data check makes this unreachable
  return v.allows
}

/** The words that mark a conclusion as the site's own. */
export const CONCLUSION_LEAD = 'Vores slutning:'

/**
 * A conclusion row (data/conclusions.csv) as a sentence: marked as ours, with the sources of the
 * rows it rests on as its marks.
 */
export function conclusion(t: Tables, refs: PageSources, id: string): Sentence {
  const c = t.conclusions.find((x) => x.conclusion_id === id)
  if (!c) throw new Error(`no conclusion ${id}`)
  const marks = c.basis.split(/\s+/).flatMap((ref) => {
    const [table, key] = ref.split(':') as [keyof Tables, string]
    // Every table's key is its first column (the check resolves each reference against it).
    const rows = t[table] as unknown as Record<string, unknown>[]
    const idKey = Object.keys(rows[0] ?? {}).find((k) => k !== '_line')
    const row = idKey ? rows.find((r) => r[idKey] === key) : undefined
    return row && typeof row.quote === 'string' ? [refs.mark(cite(t, row as { source_id: string; locator: string; quote: string }))] : []
  })
  return { text: `${CONCLUSION_LEAD} ${c.text.charAt(0).toLowerCase()}${c.text.slice(1)}`, marks }
}

/** The words that mark a sum as the site's own. */
export const SUM_LEAD = 'lagt sammen af os'

/**
 * A sum no source states, in words a reader sees, with its parts: "2,0 mio. kr. om året (lagt
 * sammen af os: 0,5 + 0,2 + 0,5 + 0,6 + 0,2)". The parts are rows' amounts in the same basis.
 */
export function ourSum(parts: Funding[], per = ''): { total: number; text: string } {
  const total = Math.round(parts.reduce((s, f) => s + f.amount_mio_dkk!, 0) * 1000) / 1000
  const numbers = parts.map((f) => formatMio(f.amount_mio_dkk!).replace(/ mio\. kr\.$/, ''))
  return { total, text: `${formatMio(total)}${per} (${SUM_LEAD}: ${numbers.join(' + ')})` }
}

/** The words that mark a count as the site's own (the source lists the things, it does not count them). */
export const COUNT_LEAD = 'talt af os'

/** The words that mark a difference as the site's own. */
export const DIFF_LEAD = 'regnet af os'

/**
 * A difference no source states, in words a reader sees, with what it is the difference of:
 * "0,4 mio. kr. (regnet af os: 4 × 10 − 39,6)". `whole` is written as the source writes it.
 */
export function ourDifference(gap: number, whole: string, partsTotal: number): string {
  return `${formatMio(gap)} (${DIFF_LEAD}: ${whole} − ${formatMio(partsTotal).replace(/ mio\. kr\.$/, '')})`
}
