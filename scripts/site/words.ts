import type { Tables } from '../data/types.ts'
import { anchor } from './anchors.ts'

/** The word a term is found by in running text: "Udslusningsbolig (exit-bolig)" → "udslusningsbolig", "SOF og BUF" → "SOF". */
const keyOf = (term: string) => term.split(/ \(| og | eller /)[0]!.replace(/-rammen$/, '').trim()

/**
 * The glossary terms a page uses, in the order of the glossary, each with its definition: shown
 * under the page's "Kort fortalt", so a term is explained before the page first uses it.
 * `texts` is everything the page shows (its view, as text).
 */
export function wordsOn(t: Tables, texts: string): { id: string; term: string; definition: string; href: string }[] {
  return [...t.terms]
    .sort((a, b) => a.term.localeCompare(b.term, 'da'))
    .filter((x) => {
      const key = keyOf(x.term)
      const re = new RegExp(`(?<![\\p{L}])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, key === key.toUpperCase() ? 'u' : 'iu')
      return re.test(texts)
    })
    .map((x) => ({ id: x.term_id, term: x.term, definition: x.definition, href: `/ordliste#${anchor.term(x.term_id)}` }))
}
