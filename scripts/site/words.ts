import type { Tables } from '../data/types.ts'
import { anchor } from './anchors.ts'
import { termPattern } from './terms.ts'

/**
 * The glossary terms a page uses, in the order of the glossary, each with its definition: shown
 * under the page's "Kort fortalt", so a term is explained before the page first uses it.
 * `texts` is everything the page shows (its view, as text).
 */
export function wordsOn(t: Tables, texts: string): { id: string; term: string; definition: string; href: string }[] {
  return [...t.terms]
    .sort((a, b) => a.term.localeCompare(b.term, 'da'))
    .filter((x) => termPattern(x.term).test(texts))
    .map((x) => ({ id: x.term_id, term: x.term, definition: x.definition, href: `/ordliste#${anchor.term(x)}` }))
}

/** A page's view with the glossary terms that anything it shows uses (`words`, for the page's word list). */
export function withWords<V extends object>(t: Tables, view: V): V & { words: ReturnType<typeof wordsOn> } {
  return { ...view, words: wordsOn(t, JSON.stringify(view)) }
}
