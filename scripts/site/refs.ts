import type { Citation } from './cite.ts'
import type { Lang } from '../format/locale.ts'
import type { Anchored } from './anchors.ts'
import { UI } from './ui.ts'

/** A numbered citation mark in a page's text; `id` is set on the first mark of each source entry. */
export interface Mark {
  n: number
  id: string | null
}

/** One entry of a page's "Kilder på denne side": one place in one document, with every passage the page quotes from it. */
export interface PageSource {
  n: number
  markId: string
  locator: string
  quotes: { quote: string; reading: string | null; translation?: string | null }[]
}

/** The entries from one document, under the document's name. */
export interface PageSourceGroup {
  sourceId: string
  /** The source's anchor keys, for its entry on the sources page (ui.sourcesPage). */
  sourceAnchor: Anchored
  /** "Brev fra udlændinge- og integrationsministeren, 4. november 2020" */
  document: string
  title: string
  url: string | null
  archive: Citation['archive']
  entries: PageSource[]
}

interface Entry extends PageSource {
  c: Citation
  marks: Mark[]
}

/**
 * The numbered sources of one page. Views call `mark()` for each statement, then `list()` once:
 * entries are grouped by document (in the order documents are first cited) and numbered in that
 * order, so the numbers are fixed by the data and the view, not by the order in which Vue renders.
 * Passages from the same place in the same document share one number.
 */
export class PageSources {
  private entries: Entry[] = []
  private byKey = new Map<string, Entry>()

  /** English pages number their sources with English anchors (#source-3, #ref-3). */
  constructor(private lang: Lang = 'da') {}

  mark(c: Citation): Mark {
    const key = `${c.sourceId}\u0000${c.locator}`
    let entry = this.byKey.get(key)
    if (!entry) {
      entry = { n: 0, markId: '', locator: c.locator, quotes: [], c, marks: [] }
      this.byKey.set(key, entry)
      this.entries.push(entry)
    }
    // A passage already quoted in full, or inside a longer one, is shown once.
    if (!entry.quotes.some((q) => q.quote.includes(c.quote))) {
      entry.quotes = entry.quotes.filter((q) => !c.quote.includes(q.quote))
      entry.quotes.push({ quote: c.quote, reading: c.reading, ...(c.translation === undefined ? {} : { translation: c.translation }) })
    }
    const mark: Mark = { n: 0, id: null }
    entry.marks.push(mark)
    return mark
  }

  /** Numbers every entry and mark (the first mark of an entry gets the id its back-link points to). */
  list(): PageSourceGroup[] {
    const order = [...new Set(this.entries.map((e) => e.c.sourceId))]
    const groups = order.map((id) => ({ id, entries: this.entries.filter((e) => e.c.sourceId === id) }))
    let n = 0
    for (const g of groups) {
      for (const e of g.entries) {
        e.n = ++n
        e.markId = markId(e.n, this.lang)
        e.marks.forEach((m, k) => {
          m.n = e.n
          m.id = k === 0 ? e.markId : null
        })
      }
    }
    return groups.map((g) => {
      const c = g.entries[0]!.c
      return {
        sourceId: g.id,
        sourceAnchor: c.sourceAnchor,
        document: c.document,
        title: c.title,
        url: c.url,
        archive: c.archive,
        entries: g.entries.map((e) => ({ n: e.n, markId: e.markId, locator: e.locator, quotes: [...e.quotes] })),
      }
    })
  }
}

export const markId = (n: number, lang: Lang = 'da') => `${UI[lang].markAnchor}-${n}`
