import { verbsIn } from '../data/check-words.ts'
import type { Funding, Tables } from '../data/types.ts'
import { FORMATS, type Lang } from '../format/locale.ts'
import { citeIn } from './cite-in.ts'
import type { PageSources } from './refs.ts'
import type { Sentence } from './summary.ts'

/**
 * Exact words (issue 18 §2), one place for each kind of claim the site makes in its own words, in
 * both languages side by side: what a source's verb allows it to say of money, a conclusion of ours
 * with its basis, and a sum or difference of ours with its parts. The English says no more than the
 * Danish it stands beside.
 */

/** The English for what a money verb allows (data/verbs.csv's `allows`). */
const MONEY_EN: Record<string, string> = {
  afsat: 'set aside',
  'skal bruges': 'to be used',
  fordelt: 'split',
  udmøntet: 'distributed (udmøntet)',
  brugt: 'used',
}

/** The word the site uses of an amount: what the verb of its quote allows (data/verbs.csv), e.g. "afsat" / "set aside". */
export function moneyVerb(t: Tables, f: Funding, lang: Lang = 'da'): string {
  const v = verbsIn(f.quote, t.verbs.filter((x) => x.kind === 'money'))[0]
  if (!v) throw new Error(`${f.funding_id}: no money verb in its quote`) // the data check makes this unreachable
  if (lang === 'da') return v.allows
  const word = MONEY_EN[v.allows]
  if (!word) throw new Error(`${f.funding_id}: no English for the money verb "${v.allows}" (scripts/site/claims.ts)`)
  return word
}

/** The words that mark a conclusion as the site's own. */
export const CONCLUSION_LEADS: Record<Lang, string> = { da: 'Vores slutning:', en: 'Our inference:' }

/**
 * A conclusion row (data/conclusions.csv) as a sentence: marked as ours, with the sources of the
 * rows it rests on as its marks.
 */
export function conclusion(t: Tables, refs: PageSources, id: string, lang: Lang = 'da'): Sentence {
  const c = t.conclusions.find((x) => x.conclusion_id === id)
  if (!c) throw new Error(`no conclusion ${id}`)
  const cite = citeIn(lang)
  const marks = c.basis.split(/\s+/).flatMap((ref) => {
    const [table, key] = ref.split(':') as [keyof Tables, string]
    // Every table's key is its first column (the check resolves each reference against it).
    const rows = t[table] as unknown as Record<string, unknown>[]
    const idKey = Object.keys(rows[0] ?? {}).find((k) => k !== '_line')
    const row = idKey ? rows.find((r) => r[idKey] === key) : undefined
    return row && typeof row.quote === 'string' ? [refs.mark(cite(t, row as { source_id: string; locator: string; quote: string }))] : []
  })
  const text = lang === 'en' ? c.text_en : c.text
  return { text: `${CONCLUSION_LEADS[lang]} ${text.charAt(0).toLowerCase()}${text.slice(1)}`, marks }
}

/** The words that mark a sum as the site's own. */
export const SUM_LEADS: Record<Lang, string> = { da: 'lagt sammen af os', en: 'added up by us' }

/**
 * A sum no source states, in words a reader sees, with its parts: "2,0 mio. kr. om året (lagt
 * sammen af os: 0,5 + 0,2 + 0,5 + 0,6 + 0,2)". The parts are rows' amounts in the same basis.
 */
export function ourSum(parts: Funding[], per = '', lang: Lang = 'da'): { total: number; text: string } {
  const f = FORMATS[lang]
  const total = Math.round(parts.reduce((s, p) => s + p.amount_mio_dkk!, 0) * 1000) / 1000
  return { total, text: `${f.mio(total)}${per} (${SUM_LEADS[lang]}: ${parts.map((p) => f.number(p.amount_mio_dkk!)).join(' + ')})` }
}

/** The words that mark a count as the site's own (the source lists the things, it does not count them). */
export const COUNT_LEADS: Record<Lang, string> = { da: 'talt af os', en: 'counted by us' }

/** The words that mark a difference as the site's own. */
export const DIFF_LEADS: Record<Lang, string> = { da: 'regnet af os', en: 'worked out by us' }

/**
 * A difference no source states, in words a reader sees, with what it is the difference of:
 * "0,4 mio. kr. (regnet af os: 4 × 10 − 39,6)". `whole` is written as the source writes it.
 */
export function ourDifference(gap: number, whole: string, partsTotal: number, lang: Lang = 'da'): string {
  const f = FORMATS[lang]
  return `${f.mio(gap)} (${DIFF_LEADS[lang]}: ${whole} − ${f.number(partsTotal)})`
}
