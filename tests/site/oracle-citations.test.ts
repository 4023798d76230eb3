/**
 * Oracle: every citation on every built page leads to the source document and passage of a row in
 * data/, and every figure in a cited statement is a number of the rows its marks cite. The
 * expectations are the CSV cells (tests/site/oracle.ts), never the site's views.
 */
import type { Element } from 'domhandler'
import { describe, expect, it } from 'vitest'
import { builtHtml, DANISH_PAGES } from './built-site.ts'
import { all, docOf, hasClass, text, textWithout } from './html.ts'
import { danishDate, danishFigures, figuresOfRow, recordOfAnchor, type Row, rowsQuoting, SOURCES, TABLES } from './oracle.ts'

/** Years, periods and law numbers name things ("handlingsplanen 2017–2020", "L 126", "2017–18"); they are not figures of a record. */
const withoutNames = (s: string) => s.replace(/\b(?:19|20)\d{2}(?:[–-](?:(?:19|20)?\d{2}))?\b/g, ' ').replace(/\b(?:L|nr\.) \d+/g, ' ')

const sourceOfHref = (href: string | undefined) => {
  const fragment = /\/kilder#(.+)$/.exec(href ?? '')?.[1]
  return fragment ? recordOfAnchor('sources', decodeURIComponent(fragment))?.source_id : undefined
}
const unquote = (s: string) => s.replace(/^»|«$/g, '').trim()

/** The document's name as a citation must end: the source's date, or "udateret"/its reference when it has none. */
function documentNameProblem(sourceId: string, shown: string): string | null {
  const s = SOURCES.get(sourceId)!
  if (s.date) return shown.endsWith(danishDate(s.date)) ? null : `»${shown}« does not end with the date of ${sourceId}, ${danishDate(s.date)}`
  return /udateret$/.test(shown) || (s.reference && shown.toLowerCase().endsWith(s.reference.toLowerCase())) ? null : `»${shown}« gives no date, yet is not marked undated`
}

interface Entry { n: string; sourceId: string; rows: Row[]; tables: string[] }

/** The page's numbered entries under "Kilder på denne side", each checked against the data. */
function entriesOf(doc: Element, problems: string[]): Map<string, Entry> {
  const entries = new Map<string, Entry>()
  const lists = all(doc, (e) => hasClass(e, 'NskPageSources'))
  for (const group of all(lists, (e) => e.name === 'section' && hasClass(e, 'group'))) {
    const docLink = all(all(group, (e) => hasClass(e, 'doc')), (e) => e.name === 'a' && !!sourceOfHref(e.attribs.href))[0]
    const sourceId = sourceOfHref(docLink?.attribs.href)
    if (!sourceId || !SOURCES.has(sourceId)) { problems.push(`a source group links to no known source (${docLink?.attribs.href})`); continue }
    const nameProblem = documentNameProblem(sourceId, text(docLink!))
    if (nameProblem) problems.push(nameProblem)
    for (const li of all(group, (e) => e.name === 'li' && /^kilde-\d+$/.test(e.attribs.id ?? ''))) {
      const n = li.attribs.id!.slice('kilde-'.length)
      const where = text(all(li, (e) => hasClass(e, 'where'))[0] ?? li)
      const rows: Row[] = []
      const tables: string[] = []
      for (const q of all(li, (e) => e.name === 'q')) {
        if (q.attribs['data-source'] !== sourceId) problems.push(`kilde-${n}: a passage names ${q.attribs['data-source']} under ${sourceId}`)
        const found = rowsQuoting(sourceId, unquote(text(q))).filter(({ row }) => where.startsWith(row.locator!))
        if (!found.length) problems.push(`kilde-${n}: »${unquote(text(q))}« at »${where}« is no passage of ${sourceId} in data/`)
        rows.push(...found.map((f) => f.row))
        tables.push(...found.map((f) => f.table))
      }
      entries.set(n, { n, sourceId, rows, tables })
    }
  }
  return entries
}

/** The citations shown in place (a "Kilde" disclosure): the passage is a row's, of the source it links to. */
function inPlaceProblems(doc: Element): string[] {
  const problems: string[] = []
  for (const d of all(doc, (e) => e.name === 'details' && hasClass(e, 'NskCitation'))) {
    const sourceId = sourceOfHref(all(d, (e) => e.name === 'a' && hasClass(e, 'all'))[0]?.attribs.href)
    if (!sourceId || !SOURCES.has(sourceId)) { problems.push(`a source disclosure links to no known source`); continue }
    const meta = text(all(d, (e) => hasClass(e, 'meta'))[0] ?? d)
    for (const bq of all(d, (e) => e.name === 'blockquote')) {
      seen.passages++
      for (const p of all(bq, (e) => e.name === 'p').filter((p) => !all(p, (e) => e.name === 'p' && e !== p).length)) {
        const shown = unquote(text(p))
        if (/^Læst som: /.test(shown)) continue
        const found = rowsQuoting(sourceId, shown.replace(/^Læst som: /, ''))
        if (!found.length) problems.push(`»${shown}« is no passage of ${sourceId} in data/`)
        else if (!found.some(({ row }) => meta.includes(row.locator!))) problems.push(`»${shown}«: the citation does not give the row's place in ${sourceId} (${found[0]!.row.locator})`)
      }
    }
    const s = SOURCES.get(sourceId)!
    if (s.date && !meta.includes(danishDate(s.date))) problems.push(`the citation of ${sourceId} does not give its date, ${danishDate(s.date)}`)
  }
  return problems
}

/** The text a mark stands after: from the end of the previous mark (or the start of its block) to the mark. */
function statementsOf(doc: Element): { text: string; cites: string[] }[] {
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
        out.push({ text: buffer.replace(/\s+/g, ' ').trim(), cites: all(el, (a) => a.name === 'a').map((a) => (a.attribs.href ?? '').replace(/^#kilde-/, '')) })
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

// What the oracles checked over all pages, so that a change of markup that hides the citations from them fails.
const seen = { entries: 0, passages: 0, statements: 0 }

describe.each(DANISH_PAGES.map((p) => [p.route, p.file] as const))('citations on %s (oracle)', (_route, file) => {
  const doc = docOf(builtHtml(file))

  it('lead to a passage of data/ and the document it comes from, with its date', () => {
    const problems: string[] = []
    seen.entries += entriesOf(doc, problems).size
    problems.push(...inPlaceProblems(doc))
    expect(problems).toEqual([])
  })

  it('mark only statements whose figures are in the rows they cite', () => {
    const problems: string[] = []
    const entries = entriesOf(doc, [])
    for (const s of statementsOf(doc)) {
      seen.statements++
      const cited = s.cites.flatMap((n) => entries.get(n)?.rows ?? [])
      const allowed = new Set(cited.flatMap(figuresOfRow))
      // The site counts rows ("3 initiativer forsinket", "10 anbefalinger"): a whole number no larger
      // than the table the cited rows come from may be such a count; a sum of two readings is not.
      const tables = new Set(s.cites.flatMap((n) => entries.get(n)?.tables ?? []))
      const largest = Math.max(0, ...[...tables].map((t) => TABLES[t]!.length))
      const stray = danishFigures(withoutNames(s.text)).filter((f) => !allowed.has(f) && !(Number.isInteger(f) && f <= largest))
      if (stray.length) problems.push(`»${s.text}« [${s.cites.join(',')}]: ${stray.join(', ')} not in the cited rows`)
    }
    expect(problems).toEqual([])
  })
})

describe('the citation oracle', () => {
  it('found the citations it checks (numbered entries, passages in place, marked statements)', () => {
    expect(seen.entries).toBeGreaterThan(100)
    expect(seen.passages).toBeGreaterThan(500)
    expect(seen.statements).toBeGreaterThan(100)
  })
})
