import type { Lang } from '../format/locale.ts'
import { type Citer, cite } from './cite.ts'
import { citeEn } from './en/cite.ts'

/** The citer of a page in `lang`: English pages name the document in English and carry the site's translation of the passage. */
export const citeIn = (lang: Lang): ((...args: Parameters<typeof cite>) => ReturnType<Citer>) => (lang === 'en' ? citeEn : cite)
