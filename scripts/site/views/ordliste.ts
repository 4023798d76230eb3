import type { Tables } from '../../data/types.ts'
import type { Lang } from '../../format/locale.ts'
import { language } from '../language.ts'

/**
 * Conclusions of ours (data/conclusions.csv) that a term's entry shows after its definition: the
 * definition says only what its source says, and what we infer about the term stands beside it,
 * marked as ours with its basis (FL21-rammen: that it is the finance act's frame is our conclusion).
 */
export const TERM_CONCLUSIONS: Record<string, string[]> = {
  'fl21-rammen': ['fl21-frame-is-finance-act-frame'],
}

/** The field's terms in Danish alphabetical order (æ, ø, å last) (/ordliste). */
export const ordlisteView = (t: Tables) => glossaryView(t, 'da')
export type OrdlisteView = ReturnType<typeof ordlisteView>

/** The same page in English (/en/glossary): each term with the Danish word it explains. */
export const glossaryViewEn = (t: Tables) => glossaryView(t, 'en')
export type GlossaryViewEn = ReturnType<typeof glossaryViewEn>

/** The glossary in `lang`, in that language's alphabetical order. */
export function glossaryView(t: Tables, lang: Lang) {
  const L = language(lang)
  const refs = L.refs()
  const terms = [...t.terms]
    .sort((a, b) => L.col(a, 'term').localeCompare(L.col(b, 'term'), lang))
    .map((x) => ({
      id: x.term_id,
      anchor: L.anchor.term(x),
      term: L.col(x, 'term'),
      /** The Danish word an English entry explains. */
      danish: L.say<string | null>({ da: null, en: x.term }),
      definition: L.col(x, 'definition'),
      marks: [refs.mark(L.cite(t, x))],
      conclusions: (TERM_CONCLUSIONS[x.term_id] ?? []).map((id) => L.conclusion(t, refs, id)),
    }))
  return { terms, sources: refs.list() }
}
