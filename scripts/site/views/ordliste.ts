import type { Tables } from '../../data/types.ts'
import { anchor } from '../anchors.ts'
import { cite } from '../cite.ts'
import { conclusion } from '../claims.ts'
import { PageSources } from '../refs.ts'

/**
 * Conclusions of ours (data/conclusions.csv) that a term's entry shows after its definition: the
 * definition says only what its source says, and what we infer about the term stands beside it,
 * marked as ours with its basis (FL21-rammen: that it is the finance act's frame is our conclusion).
 */
export const TERM_CONCLUSIONS: Record<string, string[]> = {
  'fl21-rammen': ['fl21-frame-is-finance-act-frame'],
}

/** The field's terms in Danish alphabetical order (æ, ø, å last). */
export function ordlisteView(t: Tables) {
  const refs = new PageSources()
  const terms = [...t.terms]
    .sort((a, b) => a.term.localeCompare(b.term, 'da'))
    .map((x) => ({
      id: x.term_id,
      anchor: anchor.term(x),
      term: x.term,
      definition: x.definition,
      marks: [refs.mark(cite(t, x))],
      conclusions: (TERM_CONCLUSIONS[x.term_id] ?? []).map((id) => conclusion(t, refs, id)),
    }))
  return { terms, sources: refs.list() }
}
export type OrdlisteView = ReturnType<typeof ordlisteView>
