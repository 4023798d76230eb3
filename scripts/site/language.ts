import { dateWords } from '../data/dates.ts'
import type { Funding, Indicator, Tables } from '../data/types.ts'
import { FORMATS, type Lang } from '../format/locale.ts'
import { amountText } from './amount.ts'
import { anchorsIn } from './anchors.ts'
import { citeIn } from './cite-in.ts'
import { conclusion, COUNT_LEADS, moneyVerb, ourDifference, ourSum } from './claims.ts'
import { amountEn, dateWordsEn, eventTitleEn, indicatorEn, STATUS_EN, valueEn } from './en/words.ts'
import { indicatorText, valueText } from './figure.ts'
import { PageSources } from './refs.ts'
import { eventTitle, STATUS_LABEL } from './vocabulary.ts'

/**
 * A page's words in both languages, written side by side: `{ da: '…', en: '…' }`. A page's view is
 * one function of the language; every sentence it writes itself is such a pair, so a sentence cannot
 * exist in one language only (the type requires both; tests/views/both-languages.test.ts
 * compares the two views' shapes).
 */
export type Both<T = string> = Record<Lang, T>

type Dated = Parameters<typeof dateWords>[0] & Parameters<typeof dateWordsEn>[0]

/**
 * Everything a view chooses by language, in one place: the pair's side, the `_en` column, the
 * formats (scripts/format/locale.ts), the citer, the anchors, the source list, and the site's
 * words for codes, amounts, figures, dates and its own claims.
 */
export function language(lang: Lang) {
  const en = lang === 'en'
  return {
    lang,
    /** Numbers and dates in the page's language. */
    f: FORMATS[lang],
    /** The page's side of a pair written in both languages. */
    say: <T>(both: Both<T>): T => both[lang],
    /**
     * A part of a page that only one language's page shows, made (and its sources marked) only there;
     * null on the other. Each use is listed in tests/views/both-languages.test.ts (ONE_LANGUAGE).
     */
    only: <T>(side: Lang, make: () => T): T | null => (lang === side ? make() : null),
    /** A row's text column in the page's language: `name` or `name_en`. */
    col: <K extends string, R extends Record<K | `${K}_en`, unknown>>(row: R, key: K): R[K] => (en ? row[`${key}_en` as K] : row[key]),
    cite: citeIn(lang),
    anchor: anchorsIn(lang),
    /** The page's numbered source list, with anchors in its language. */
    refs: () => new PageSources(lang),
    amount: (f: Funding): string => (en ? amountEn(f) : amountText(f)),
    value: (i: Indicator): string => (en ? valueEn(i) : valueText(i)),
    indicator: (i: Indicator): string => (en ? indicatorEn(i) : indicatorText(i)),
    /** A date at its own precision, in the source's words where the row has them. */
    dateWords: (r: Dated): string => (en ? dateWordsEn(r) : dateWords(r)),
    eventTitle: (e: Tables['events'][number]): string => (en ? eventTitleEn(e) : eventTitle(e)),
    status: en ? STATUS_EN : STATUS_LABEL,
    /** "a, b og c" / "a, b and c". */
    list: (items: string[]): string => items.join(', ').replace(/, ([^,]*)$/, en ? ' and $1' : ' og $1'),
    conclusion: (t: Tables, refs: PageSources, id: string) => conclusion(t, refs, id, lang),
    ourSum: (parts: Funding[], per = '') => ourSum(parts, per, lang),
    ourDifference: (gap: number, whole: string, partsTotal: number) => ourDifference(gap, whole, partsTotal, lang),
    moneyVerb: (t: Tables, f: Funding) => moneyVerb(t, f, lang),
    countLead: COUNT_LEADS[lang],
  }
}
export type Language = ReturnType<typeof language>
