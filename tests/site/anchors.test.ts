/**
 * No internal names in view (issue 18 §2): anchors a reader can copy are words in the page's
 * language, and neither an element id nor the visible text of a built page holds a data id that is
 * a code. The ids and names are read here from the CSVs (papaparse, tests/site/oracle.ts). An id
 * is a code on a page when it has a digit, or when one of its hyphen-separated parts is not a word
 * the page's text uses ("hp2016-01", "kk2017-rec-1", "fl21-maerk" anywhere; "eval-more-acute-help"
 * and "security-consultants" on a Danish page, while on /en/help "security consultants" are two
 * English words the page uses). An id that is words of its own row's name in the page's language
 * is no code ("fl21-rammen" of the term FL21-rammen). That every #fragment link resolves to an id
 * on its page is checked for every page of a build under a base path by
 * tests/site/base-path.test.ts (and by linkinator's crawl in tests/browser/links.test.ts).
 */
import { type ChildNode, type Document, isTag, isText } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { builtHtml, PAGES } from './built-site.ts'
import { all } from './html.ts'
import { recordAnchor, type Row, TABLES } from './oracle.ts'

/** The tables whose rows a page names, with their id column and the columns of their name per language. */
const RECORDS: Record<string, { id: string; da: string[]; en: string[] }> = {
  initiatives: { id: 'initiative_id', da: ['name'], en: ['name_en'] },
  recommendations: { id: 'recommendation_id', da: ['text'], en: ['text_en'] },
  events: { id: 'event_id', da: ['title'], en: ['title_en'] },
  organisations: { id: 'org_id', da: ['name', 'short_name'], en: ['name_en', 'short_name'] },
  offers: { id: 'offer_id', da: ['name'], en: ['name_en'] },
  terms: { id: 'term_id', da: ['term'], en: ['term_en'] },
  links: { id: 'link_id', da: ['title'], en: ['title_en'] },
  sources: { id: 'source_id', da: ['title', 'sender'], en: ['title_en', 'sender_en'] },
  plans: { id: 'plan_id', da: ['name', 'short_name'], en: ['name_en', 'short_name_en'] },
  areas: { id: 'area_id', da: ['name'], en: ['name_en'] },
}

/** Æ, ø, å spelt out as Danes write them without those letters, lower case, every other run of non-letters one hyphen (written here, not imported). */
const folded = (s: string) =>
  s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
/** Whether `text` holds `id`'s parts as whole hyphen-separated parts, in a row. */
const holds = (text: string, id: string) => `-${text}-`.includes(`-${id}-`)

interface Id { table: string; id: string; names: Record<'da' | 'en', string[]> }
/** Ids of more than one part or with a digit: the ones that can read as code. */
const IDS: Id[] = Object.entries(RECORDS).flatMap(([table, r]) =>
  TABLES[table]!.filter((row) => /[-0-9]/.test(row[r.id]!)).map((row: Row) => ({
    table,
    id: row[r.id]!,
    names: { da: r.da.map((c) => folded(row[c] ?? '')), en: r.en.map((c) => folded(row[c] ?? '')) },
  })),
)

/** The page's visible text (every text node of the whole page, header, menus and footer too, but not scripts' and styles'), folded. */
function textOf(doc: Document): string {
  const out: string[] = []
  const walk = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (isText(n)) out.push(n.data)
      else if (isTag(n) && n.name !== 'script' && n.name !== 'style') walk(n.children)
    }
  }
  walk(doc.children)
  return folded(out.join(' '))
}

const pages = PAGES.map((p) => {
  const doc = parseDocument(builtHtml(p.file))
  return { route: p.route, file: p.file, lang: (p.entry.lang ?? 'da') as 'da' | 'en', doc, text: textOf(doc) }
})
type Page = (typeof pages)[number]

/**
 * Whether an id is a code on this page. In an element id (what a reader copies with the address):
 * when it has a digit or a part that is not a word of the page's text, unless it is words of its own
 * row's name in the page's language. In the text: when a part of it is no word of the page's text
 * outside the id itself or of its own row's name (a number is a word there: "Slagelse.info, 2018"
 * names a source), or unless it is words of its own row's name in either language (an English page
 * names the Danish term).
 */
function isCode(x: Id, page: Page, where: 'id' | 'text'): boolean {
  const names = where === 'id' ? x.names[page.lang] : [...x.names.da, ...x.names.en]
  if (names.some((n) => holds(n, x.id))) return false
  if (where === 'id' && /[0-9]/.test(x.id)) return true
  const words = new Set(`-${page.text}-`.split(`-${x.id}-`).join('-').split('-'))
  if (where === 'text') for (const n of names) for (const w of n.split('-')) words.add(w)
  return !x.id.split('-').every((w) => words.has(w) || (where === 'text' && /^[0-9]+$/.test(w)))
}

/**
 * The data pages (/data/, /en/data/) document the tables for those who download them: their
 * examples and change lists name rows by id, the values a researcher joins on. Their element ids are
 * checked like every page's; their text is not.
 */
const DATA_PAGES = new Set(['/data/', '/en/data/'])

describe('no data id in view', () => {
  it('the data has ids of each kind the pages must not show', () => {
    for (const id of ['hp2016-01', 'kk2017-rec-1', 'fl21-maerk', 'eval-more-acute-help', '2021-01-25-agreement', 'security-consultants', 'min-2021-08-30']) expect(IDS.map((x) => x.id)).toContain(id)
  })

  it('no element id on any page holds a data id that is a code on that page', () => {
    const found: string[] = []
    for (const page of pages) {
      for (const el of all(page.doc.children, (e) => e.attribs.id !== undefined)) {
        const code = IDS.find((x) => holds(el.attribs.id!, x.id) && isCode(x, page, 'id'))
        if (code) found.push(`${page.route}: id="${el.attribs.id}" holds ${code.table}.csv's id ${code.id}`)
      }
    }
    expect(found).toEqual([])
  })

  it('no page shows a data id that is a code in its text', () => {
    const found: string[] = []
    for (const page of pages.filter((p) => !DATA_PAGES.has(p.route))) for (const x of IDS) if (holds(page.text, x.id) && isCode(x, page, 'text')) found.push(`${page.route}: the text shows ${x.table}.csv's id ${x.id}`)
    expect(found).toEqual([])
  })

  it('records carry the anchors of their CSV rows, in the page language', () => {
    const of = (table: string, plans?: string[]) => TABLES[table]!.filter((r) => !plans || plans.includes(r.plan_id!)).map((r) => r[RECORDS[table]!.id]!)
    const expectations: [string, string, 'da' | 'en', string[]][] = [
      ['handlingsplan-2017-2020.html', 'initiatives', 'da', of('initiatives', ['hp2016', 'hp2017'])],
      ['en/action-plan-2017-2020.html', 'initiatives', 'en', of('initiatives', ['hp2016', 'hp2017'])],
      ['aftale-2021-2024.html', 'initiatives', 'da', of('initiatives', ['fl21'])],
      ['en/agreement-2021-2024.html', 'initiatives', 'en', of('initiatives', ['fl21'])],
      ['tidslinje.html', 'events', 'da', of('events')],
      ['en/timeline.html', 'events', 'en', of('events')],
      ['anbefalinger.html', 'recommendations', 'da', of('recommendations')],
      ['en/recommendations.html', 'recommendations', 'en', of('recommendations')],
      ['ordliste.html', 'terms', 'da', of('terms')],
      ['en/glossary.html', 'terms', 'en', of('terms')],
      ['hjaelp.html', 'offers', 'da', of('offers')],
      ['en/help.html', 'offers', 'en', of('offers')],
      ['kilder.html', 'sources', 'da', of('sources')],
      ['en/sources.html', 'sources', 'en', of('sources')],
    ]
    const missing: string[] = []
    for (const [file, table, lang, ids] of expectations) {
      const onPage = new Set(all(parseDocument(builtHtml(file)).children, (e) => e.attribs.id !== undefined).map((e) => e.attribs.id!))
      expect(ids.length, `${file}: ${table}`).toBeGreaterThan(0)
      for (const id of ids) if (!onPage.has(recordAnchor(table, id, lang))) missing.push(`${file}: no #${recordAnchor(table, id, lang)} (${table}.csv ${id})`)
    }
    expect(missing).toEqual([])
  })

  it('no page gives two elements the same id', () => {
    const twice: string[] = []
    for (const page of pages) {
      const seen = new Set<string>()
      for (const el of all(page.doc.children, (e) => e.attribs.id !== undefined)) {
        if (seen.has(el.attribs.id!)) twice.push(`${page.route}: id="${el.attribs.id}"`)
        seen.add(el.attribs.id!)
      }
    }
    expect(twice).toEqual([])
  })
})
