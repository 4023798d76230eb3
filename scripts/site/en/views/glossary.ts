import type { Tables } from '../../../data/types.ts'
import { PageSources } from '../../refs.ts'
import { TERM_CONCLUSIONS } from '../../views/ordliste.ts'
import { conclusionEn } from '../claims.ts'
import { citeEn } from '../cite.ts'
import { anchorEn } from '../../anchors.ts'

/** The field's terms in English, in English alphabetical order, each with the Danish word it explains (and, as on /ordliste, our conclusions about it). */
export function glossaryViewEn(t: Tables) {
  const refs = new PageSources('en')
  const terms = [...t.terms]
    .sort((a, b) => a.term_en.localeCompare(b.term_en, 'en'))
    .map((x) => ({
      id: x.term_id,
      anchor: anchorEn.term(x),
      term: x.term_en,
      danish: x.term,
      definition: x.definition_en,
      marks: [refs.mark(citeEn(t, x))],
      conclusions: (TERM_CONCLUSIONS[x.term_id] ?? []).map((id) => conclusionEn(t, refs, id)),
    }))
  return { terms, sources: refs.list() }
}
export type GlossaryViewEn = ReturnType<typeof glossaryViewEn>
