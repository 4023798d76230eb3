import type { Lang } from '../format/locale.ts'

/**
 * Element ids of records on the pages, in the page's language: "#initiativ-maerk" on a Danish page,
 * "#initiative-maerk" on an English one. The key after the prefix is written by hand in the row's
 * `anchor` (Danish) or `anchor_en` (English) column, so it never shows a data id and never moves
 * when a name is corrected; `npm run check:data` requires it, its form and its uniqueness per table.
 * Each kind has its own prefix per language, so keys unique per table stay unique on a page.
 * Every link to a record goes through here (search hits, /kilder, source lists, kommune pages).
 */
export interface Anchored {
  anchor: string
  anchor_en: string
}

const PREFIX = {
  da: { initiative: 'initiativ', recommendation: 'anbefaling', event: 'begivenhed', offer: 'tilbud', term: 'begreb', link: 'link', source: 'kilde' },
  en: { initiative: 'initiative', recommendation: 'recommendation', event: 'event', offer: 'offer', term: 'term', link: 'link', source: 'source' },
} as const satisfies Record<Lang, Record<string, string>>

export type AnchorKind = keyof (typeof PREFIX)['da']

/** The element id of a record on a page in `lang`. */
export function anchorOf(kind: AnchorKind, row: Anchored, lang: Lang): string {
  return `${PREFIX[lang][kind]}-${lang === 'en' ? row.anchor_en : row.anchor}`
}

type Anchors = Record<AnchorKind, (row: Anchored) => string>
const inLanguage = (lang: Lang): Anchors =>
  Object.fromEntries((Object.keys(PREFIX.da) as AnchorKind[]).map((k) => [k, (row: Anchored) => anchorOf(k, row, lang)])) as Anchors

/** Anchors on the Danish pages. */
export const anchor: Anchors = inLanguage('da')
/** Anchors on the English pages. */
export const anchorEn: Anchors = inLanguage('en')
/** Anchors on a page in `lang`. */
export const anchorsIn = (lang: Lang): Anchors => (lang === 'en' ? anchorEn : anchor)
