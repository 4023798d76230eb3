import type { Tables } from '../../data/types.ts'
import { anchor } from '../anchors.ts'
import { cite } from '../cite.ts'

/** The field's terms in Danish alphabetical order (æ, ø, å last). */
export function ordlisteView(t: Tables) {
  return {
    terms: [...t.terms]
      .sort((a, b) => a.term.localeCompare(b.term, 'da'))
      .map((x) => ({ id: x.term_id, anchor: anchor.term(x.term_id), term: x.term, definition: x.definition, citation: cite(t, x) })),
  }
}
export type OrdlisteView = ReturnType<typeof ordlisteView>
