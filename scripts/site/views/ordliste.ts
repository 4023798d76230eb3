import type { Tables } from '../../data/types.ts'
import { anchor } from '../anchors.ts'
import { cite } from '../cite.ts'
import { PageSources } from '../refs.ts'

/** The field's terms in Danish alphabetical order (æ, ø, å last). */
export function ordlisteView(t: Tables) {
  const refs = new PageSources()
  const terms = [...t.terms]
    .sort((a, b) => a.term.localeCompare(b.term, 'da'))
    .map((x) => ({ id: x.term_id, anchor: anchor.term(x), term: x.term, definition: x.definition, marks: [refs.mark(cite(t, x))] }))
  return { terms, sources: refs.list() }
}
export type OrdlisteView = ReturnType<typeof ordlisteView>
