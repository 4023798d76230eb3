import { FORMATS } from '../../format/locale.ts'
import type { Source, Tables } from '../../data/types.ts'
import { type Citation, cite } from '../cite.ts'
import { records } from '../records.ts'

const en = FORMATS.en

interface Provenanced {
  source_id: string
  locator: string
  quote: string
}

/** A quote an English page shows for which data/quote_translations.csv has no English rendering. */
export interface MissingTranslation {
  sourceId: string
  locator: string
  quote: string
}

// While a check runs the English views (missingTranslations), a missing rendering is collected
// rather than thrown, so the check lists every one; otherwise (a page being built) it stops the build.
let collecting: MissingTranslation[] | null = null

/** Runs `views` and returns every quote they show without an English rendering. */
export function collectMissingTranslations(views: () => void): MissingTranslation[] {
  const found: MissingTranslation[] = []
  collecting = found
  try {
    views()
  } finally {
    collecting = null
  }
  return found.filter((m, k) => found.findIndex((x) => x.sourceId === m.sourceId && x.quote === m.quote) === k)
}

/** The site's English rendering of a passage, read from data/quote_translations.csv by source and exact Danish words. */
export function translationOf(t: Tables, sourceId: string, quote: string): string | null {
  return t.quote_translations.find((q) => q.source_id === sourceId && q.quote === quote)?.quote_en ?? null
}

/** "The Minister for Immigration and Integration, 30 August 2021". */
export function sourceLabelEn(s: Source): string {
  const date = s.date ? en.date(s.date) : s.date_note_en?.replace(/\.$/, '')
  const who = s.sender_en.split(' (')[0]!.split(', ')[0]!
  return [who, date].filter(Boolean).join(', ')
}

const KIND: Record<Source['kind'], string> = {
  letter: 'Letter from',
  answer: 'Answer from',
  annex: 'Annex from',
  press_release: 'Press release from',
  news_article: 'Article from',
  web_page: 'Web page from',
  register: 'Register from',
}

/**
 * A source's title as a name: the English title, or where `title_en` keeps the Danish title (or
 * describes the document) in brackets, what the brackets hold: "[Negativ social kontrol] (page of
 * Faaborg-Midtfyn Municipality)" → "Negativ social kontrol".
 */
export const titleNameEn = (s: Pick<Source, 'title_en'>): string => /^\[([^\]]+)\]/.exec(s.title_en)?.[1] ?? s.title_en

/** The document named briefly, in English: "Letter from the Minister for Immigration and Integration, 4 November 2020". */
export function documentNameEn(s: Source): string {
  const who = s.sender_en.split(' (')[0]!.split(', ')[0]!
  const whoText = who.replace(/^The /, 'the ')
  if (!s.date && s.kind === 'answer' && s.reference) return `${KIND[s.kind]} ${whoText} (${titleNameEn(s)})`
  // An undated page is named by its title too: one sender may have several (the ministry's pages).
  if (!s.date) return `${KIND[s.kind]} ${whoText}: ${titleNameEn(s)}`
  return `${KIND[s.kind]} ${whoText}, ${en.date(s.date)}`
}

/**
 * A citation for an English page: the document named in English, the Danish passage as the source
 * has it, and the site's translation of it. A quote without a translation stops the build (or is
 * collected by collectMissingTranslations).
 */
export function citeEn(t: Tables, row: Provenanced, quote = row.quote): Citation {
  const c = cite(t, row, quote)
  const s = records(t).source(row.source_id)
  const translation = translationOf(t, row.source_id, quote)
  if (translation === null) {
    const missing = { sourceId: row.source_id, locator: row.locator, quote }
    if (collecting) collecting.push(missing)
    else throw new Error(`data/quote_translations.csv: expected an English rendering of the passage an English page shows (source_id ${row.source_id}, ${row.locator}), found none: "${quote}"`)
  }
  return {
    ...c,
    label: sourceLabelEn(s),
    title: s.title_en,
    document: documentNameEn(s),
    archive: c.archive && { url: c.archive.url, date: en.date(archiveIso(t, s)!) },
    translation,
  }
}

const archiveIso = (t: Tables, s: Source) => t.archives?.find((a) => a.url === s.url && a.source_id === s.source_id)?.archive_date ?? null
