/**
 * Oracle: every citation on every built page, Danish and English, leads to the source document and
 * passage of a row in data/ (numbered entries, citations in place and the passages listed under a
 * chart or list), and every figure in a cited statement is a number of the rows its marks
 * cite. The expectations are the CSV cells (tests/site/oracle.ts) and the two languages' ways of
 * writing ids, dates and numbers, written by hand below; never the site's views.
 */
import type { Element } from 'domhandler'
import { describe, expect, it } from 'vitest'
import { builtHtml, DANISH_PAGES, ENGLISH_PAGES } from './built-site.ts'
import { all, docOf, hasClass, text, textWithout } from './html.ts'
import { danishDate, danishFigures, englishDate, englishFigures, figuresOfRow, recordOfAnchor, type Row, rowsQuoting, SOURCES, TABLES } from './oracle.ts'

/** Years, periods and law numbers name things ("handlingsplanen 2017–2020", "L 126", "2017–18", "question no. 8"); they are not figures of a record. */
const withoutNames = (s: string) => s.replace(/\b(?:19|20)\d{2}(?:[–-](?:(?:19|20)?\d{2}))?\b/g, ' ').replace(/\b(?:L|nr\.|no\.) \d+/g, ' ')

type Lang = 'da' | 'en'

/**
 * How each edition writes a citation, by hand: where a source's entry is (Danish /kilder#kilde-<anchor>,
 * English /en/sources#source-<anchor_en>, the keys read from sources.csv), the ids of a page's numbered entries (kilde-3, source-3), dates
 * and numbers, and the OCR reading's label. (An English entry labels its place in the Danish source;
 * the place itself is the part marked lang="da".)
 */
const EDITION: Record<Lang, { sourceHref: RegExp; entry: string; date: (iso: string) => string; undated: RegExp; figures: (s: string) => number[]; readAs: RegExp }> = {
  da: { sourceHref: /^\/kilder#(kilde-.+)$/, entry: 'kilde', date: danishDate, undated: /udateret$/, figures: danishFigures, readAs: /^Læst som: / },
  en: { sourceHref: /^\/en\/sources#(source-.+)$/, entry: 'source', date: englishDate, undated: /undated$/, figures: englishFigures, readAs: /^Read as: / },
}

const unquote = (s: string) => s.replace(/^»|«$/g, '').trim()

/**
 * The document's name as a citation must end: the source's date; when it has none, "udateret"
 * ("undated"), its reference, or (English) its English title, the Danish title where the English
 * column keeps it in brackets ("[Forebyggelse af …] (page of …)").
 */
function documentNameProblem(sourceId: string, shown: string, lang: Lang): string | null {
  const s = SOURCES.get(sourceId)!
  const e = EDITION[lang]
  if (/[[\]]/.test(shown)) return `»${shown}« shows a bracket of the data`
  if (s.date) return shown.endsWith(e.date(s.date)) ? null : `»${shown}« does not end with the date of ${sourceId}, ${e.date(s.date)}`
  const title = lang === 'en' && s.title_en ? (/^\[([^\]]+)\]/.exec(s.title_en)?.[1] ?? s.title_en) : null
  const ends = (x: string | null | undefined) => !!x && shown.replace(/\)$/, '').toLowerCase().endsWith(x.toLowerCase())
  return e.undated.test(shown) || ends(s.reference) || ends(title) ? null : `»${shown}« gives no date, yet is not marked undated nor named by its title`
}

interface Entry { n: string; sourceId: string; rows: Row[]; tables: string[] }

/** The page's numbered entries under "Kilder på denne side", each checked against the data. */
function entriesOf(doc: Element, problems: string[], lang: Lang): Map<string, Entry> {
  const e = EDITION[lang]
  const sourceOfHref = (href: string | undefined) => {
    const fragment = e.sourceHref.exec(href ?? '')?.[1]
    return fragment ? recordOfAnchor('sources', decodeURIComponent(fragment), lang)?.source_id : undefined
  }
  const entries = new Map<string, Entry>()
  const lists = all(doc, (x) => hasClass(x, 'NskPageSources'))
  for (const group of all(lists, (x) => x.name === 'section' && hasClass(x, 'group'))) {
    const docLink = all(all(group, (x) => hasClass(x, 'doc')), (x) => x.name === 'a' && !!sourceOfHref(x.attribs.href))[0]
    const sourceId = sourceOfHref(docLink?.attribs.href)
    if (!sourceId || !SOURCES.has(sourceId)) { problems.push(`a source group links to no known source (${docLink?.attribs.href})`); continue }
    const nameProblem = documentNameProblem(sourceId, text(docLink!), lang)
    if (nameProblem) problems.push(nameProblem)
    for (const li of all(group, (x) => x.name === 'li' && new RegExp(`^${e.entry}-\\d+$`).test(x.attribs.id ?? ''))) {
      const n = li.attribs.id!.slice(`${e.entry}-`.length)
      const whereEl = all(li, (x) => hasClass(x, 'where'))[0] ?? li
      const where = text(all(whereEl, (x) => x.attribs.lang === 'da')[0] ?? whereEl)
      const rows: Row[] = []
      const tables: string[] = []
      for (const q of all(li, (e) => e.name === 'q')) {
        if (q.attribs['data-source'] !== sourceId) problems.push(`${e.entry}-${n}: a passage names ${q.attribs['data-source']} under ${sourceId}`)
        const found = rowsQuoting(sourceId, unquote(text(q))).filter(({ row }) => where.startsWith(row.locator!))
        if (!found.length) problems.push(`${e.entry}-${n}: »${unquote(text(q))}« at »${where}« is no passage of ${sourceId} in data/`)
        rows.push(...found.map((f) => f.row))
        tables.push(...found.map((f) => f.table))
      }
      entries.set(n, { n, sourceId, rows, tables })
    }
  }
  return entries
}

/** The citations shown in place (a "Kilde" disclosure): the passage is a row's, of the source it links to. */
function inPlaceProblems(doc: Element, lang: Lang): string[] {
  const ed = EDITION[lang]
  const problems: string[] = []
  for (const d of all(doc, (e) => e.name === 'details' && hasClass(e, 'NskCitation'))) {
    const fragment = ed.sourceHref.exec(all(d, (e) => e.name === 'a' && hasClass(e, 'all'))[0]?.attribs.href ?? '')?.[1]
    const sourceId = fragment ? recordOfAnchor('sources', decodeURIComponent(fragment), lang)?.source_id : undefined
    if (!sourceId || !SOURCES.has(sourceId)) { problems.push(`a source disclosure links to no known source`); continue }
    const meta = text(all(d, (e) => hasClass(e, 'meta'))[0] ?? d)
    // An OCR passage's corrected reading is checked by quotes.test.ts; the passage as the source has it stands beside it (p.ocr-raw) and is the row's quote.
    for (const bq of all(d, (e) => (e.name === 'blockquote' && !('data-ocr-reading' in e.attribs)) || hasClass(e, 'ocr-raw'))) {
      seen[lang].passages++
      const paragraphs = hasClass(bq, 'ocr-raw') ? all(bq, (e) => e.name === 'q') : all(bq, (e) => e.name === 'p').filter((p) => !all(p, (e) => e.name === 'p' && e !== p).length)
      for (const p of paragraphs) {
        const shown = unquote(text(p))
        if (ed.readAs.test(shown)) continue
        const found = rowsQuoting(sourceId, shown)
        if (!found.length) problems.push(`»${shown}« is no passage of ${sourceId} in data/`)
        else if (!found.some(({ row }) => meta.includes(row.locator!))) problems.push(`»${shown}«: the citation does not give the row's place in ${sourceId} (${found[0]!.row.locator})`)
      }
    }
    const s = SOURCES.get(sourceId)!
    if (s.date && !meta.includes(ed.date(s.date))) problems.push(`the citation of ${sourceId} does not give its date, ${ed.date(s.date)}`)
  }
  return problems
}

/**
 * The citations listed under a chart or a list ("Kilde: …; Vis citaterne fra kilderne"): each passage
 * is a row's quote, and its line names that row's place in the source and the source's date.
 */
function listedProblems(doc: Element, lang: Lang): string[] {
  const ed = EDITION[lang]
  const problems: string[] = []
  for (const li of all(all(doc, (e) => hasClass(e, 'NskCitations')), (e) => e.name === 'li')) {
    // An OCR passage shows its corrected reading (checked by quotes.test.ts against ocr_readings.csv) and, beside it, the passage as the source has it: that one is the row's quote.
    const raw = all(li, (e) => e.name === 'q' && e.parent !== null && hasClass(e.parent as Element, 'ocr-raw'))[0]
    const passage = unquote(text(raw ?? all(li, (e) => e.name === 'blockquote')[0] ?? li))
    const meta = all(li, (e) => e.name === 'p' && hasClass(e, 'meta'))[0]
    const place = meta ? text(all(meta, (e) => e.name === 'span').at(-1) ?? meta) : ''
    seen[lang].listed++
    const found = [...SOURCES.keys()].flatMap((id) => rowsQuoting(id, passage)).filter(({ row }) => row.locator === place)
    if (!found.length) { problems.push(`»${passage}« at »${place}« is no passage of data/ at that place`); continue }
    const dated = found.filter(({ row }) => SOURCES.get(row.source_id!)!.date)
    if (dated.length && !dated.some(({ row }) => text(meta!).includes(ed.date(SOURCES.get(row.source_id!)!.date!)))) problems.push(`»${passage}«: the citation does not give its source's date, ${ed.date(SOURCES.get(dated[0]!.row.source_id!)!.date!)}`)
  }
  return problems
}

/** The text a mark stands after: from the end of the previous mark (or the start of its block) to the mark. */
function statementsOf(doc: Element, lang: Lang): { text: string; cites: string[] }[] {
  const out: { text: string; cites: string[] }[] = []
  const blocks = all(doc, (e) => ['p', 'li', 'td', 'dd', 'dt', 'figcaption', 'caption', 'h2', 'h3'].includes(e.name) && all(e, (m) => hasClass(m, 'NskMark')).length > 0)
  for (const block of blocks) {
    // Only marks whose nearest block is this one (a list item in a paragraph is its own block).
    let buffer = ''
    const walk = (n: Element['children'][number]) => {
      if (n.type === 'text') { buffer += (n as unknown as { data: string }).data; return }
      if (!('name' in n)) return
      const el = n as Element
      if (el !== block && ['p', 'li', 'td', 'dd', 'dt', 'ul', 'ol', 'table', 'details'].includes(el.name)) return
      if (hasClass(el, 'NskMark')) {
        out.push({ text: buffer.replace(/\s+/g, ' ').trim(), cites: all(el, (a) => a.name === 'a').map((a) => (a.attribs.href ?? '').replace(`#${EDITION[lang].entry}-`, '')) })
        buffer = ''
        return
      }
      if (el.name === 'q' || el.name === 'script' || el.name === 'style') return
      el.children.forEach(walk)
    }
    walk(block)
  }
  return out
}

// What the oracles checked over all pages of each language, so that a change of markup that hides the citations from them fails.
const seen: Record<Lang, { entries: number; passages: number; statements: number; listed: number }> = {
  da: { entries: 0, passages: 0, statements: 0, listed: 0 },
  en: { entries: 0, passages: 0, statements: 0, listed: 0 },
}

describe.each([
  ...DANISH_PAGES.map((p) => ['da', p.route, p.file] as const),
  ...ENGLISH_PAGES.map((p) => ['en', p.route, p.file] as const),
])('citations on %s %s (oracle)', (lang, _route, file) => {
  const doc = docOf(builtHtml(file))

  it('lead to a passage of data/ and the document it comes from, with its date', () => {
    const problems: string[] = []
    seen[lang].entries += entriesOf(doc, problems, lang).size
    problems.push(...inPlaceProblems(doc, lang), ...listedProblems(doc, lang))
    expect(problems).toEqual([])
  })

  it('mark only statements whose figures are in the rows they cite', () => {
    const problems: string[] = []
    const entries = entriesOf(doc, [], lang)
    for (const s of statementsOf(doc, lang)) {
      seen[lang].statements++
      const cited = s.cites.flatMap((n) => entries.get(n)?.rows ?? [])
      const allowed = new Set(cited.flatMap((r) => figuresOfRow(r, lang)))
      // The site counts rows ("3 initiativer forsinket", "10 anbefalinger"): a whole number no larger
      // than the table the cited rows come from may be such a count; a sum of two readings is not.
      const tables = new Set(s.cites.flatMap((n) => entries.get(n)?.tables ?? []))
      const largest = Math.max(0, ...[...tables].map((t) => TABLES[t]!.length))
      const stray = EDITION[lang].figures(withoutNames(s.text)).filter((f) => !allowed.has(f) && !(Number.isInteger(f) && f <= largest))
      if (stray.length) problems.push(`»${s.text}« [${s.cites.join(',')}]: ${stray.join(', ')} not in the cited rows`)
    }
    expect(problems).toEqual([])
  })
})

describe('the citation oracle', () => {
  it('found the citations it checks on the Danish pages (numbered entries, passages in place, marked statements)', () => {
    expect(seen.da.entries).toBeGreaterThan(100)
    expect(seen.da.passages).toBeGreaterThan(500)
    expect(seen.da.statements).toBeGreaterThan(100)
  })
  it('found the citations it checks on the English pages (numbered entries and marked statements)', () => {
    // (The English edition cites by numbered marks only; its passages stand in the entries.)
    expect(seen.en.entries).toBeGreaterThan(60)
    expect(seen.en.statements).toBeGreaterThan(60)
  })
  it('found the passages listed under charts and lists in both languages', () => {
    expect(seen.da.listed).toBeGreaterThan(10)
    expect(seen.en.listed).toBeGreaterThan(10)
  })
})
