/**
 * One view per page for both languages (issue 23): a page's Danish and English views are made by
 * one function from the same rows, and must say the same things. This test builds both views of
 * every page and walks them side by side: the same keys, the same list lengths, the same ids, codes
 * and numbered marks, a text on one side wherever there is one on the other, and in each pair of
 * texts the same numbers, as many times each (2.000 = 2,000; 73,4 = 73.4). Charts are drawn per
 * language from one model: their words (title, subtitle, description, labels, legend, table, notes,
 * CSV) are compared the same way, their geometry not. A sentence written in one language only, a
 * list that is shorter in one, or a figure that differs fails here (and a pair missing a side fails
 * the type check: scripts/site/language.ts).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import type { Tables } from '../../scripts/data/types.ts'
import type { Lang } from '../../scripts/format/locale.ts'
import type { ChartModel } from '../../scripts/site/charts/model.ts'
import { recommendationsView } from '../../scripts/site/views/anbefalinger.ts'
import { actionPlanView } from '../../scripts/site/views/handlingsplan.ts'
import { glossaryView } from '../../scripts/site/views/ordliste.ts'
import { frontPageView } from '../../scripts/site/views/home.ts'
import { agreementView } from '../../scripts/site/views/aftale.ts'
import { sourcesView } from '../../scripts/site/views/kilder.ts'
import { kommuneFinderView } from '../../scripts/site/views/kommuner.ts'
import { copenhagenView } from '../../scripts/site/views/koebenhavn.ts'
import { timelineView } from '../../scripts/site/views/tidslinje.ts'

const t = loadData()

type View = (t: Tables, lang: Lang) => unknown
/** The files of the views below: each chooses by language only through scripts/site/language.ts. */
const VIEW_FILES = ['handlingsplan', 'anbefalinger', 'tidslinje', 'ordliste', 'koebenhavn', 'home', 'aftale', 'kilder', 'common', 'kommuner'].map((f) => `scripts/site/views/${f}.ts`)
/**
 * Every page whose view is one function of the language. `alphabetical`: the page lists its records
 * in each language's alphabetical order (the glossary, the kommune finder), so its lists are compared
 * record by record (by id, or a kommune by its name), and its source numbers, which follow that
 * order, only in count.
 */
const PAGES: Record<string, { view: View; alphabetical?: boolean }> = {
  '/handlingsplan-2017-2020 · /en/action-plan-2017-2020': { view: actionPlanView },
  '/anbefalinger · /en/recommendations': { view: recommendationsView },
  '/tidslinje · /en/timeline': { view: timelineView },
  '/ordliste · /en/glossary': { view: glossaryView, alphabetical: true },
  '/koebenhavn-2017-18 · /en/copenhagen-2017-18': { view: copenhagenView },
  '/ · /en/': { view: frontPageView },
  '/aftale-2021-2024 · /en/agreement-2021-2024': { view: agreementView },
  '/kilder · /en/sources': { view: sourcesView },
  '/kommuner/ · /en/kommuner/': { view: kommuneFinderView, alphabetical: true },
}

/**
 * Keys that only one language fills, by design: the site's English rendering of a Danish quote, the
 * Danish word an English glossary entry explains, and the English agreement page's table of the press
 * split (`L.only('en', …)`; the Danish page gives the same parts in the chart's legend and table); on
 * the sources page, the Danish title beside the English one, the mark of an English title on the Danish page,
 * and what on the site rests on each source (`onSite`: the English page links to the Danish list).
 */
const ONE_LANGUAGE = new Set(['translation', 'danish', 'split', 'danishTitle', 'titleLang', 'onSite'])
/** Keys whose values are codes, ids or the sources' own (Danish) words: the same in both languages. */
const SAME = new Set(['id', 'sourceId', 'statusKey', 'kind', 'number', 'iso', 'n', 'need', 'code', 'year', 'quote', 'reading'])
/** A chart's model: drawn per language from one model, and checked against its rows in tests/charts. */
const isChart = (x: object) => 'csv' in x && 'legend' in x && 'marks' in x
/**
 * What a chart says, without where it draws it: the marks' positions follow each language's text
 * widths, and a label may wrap into more lines in one language, so the labels are one text.
 */
function chartWords(c: ChartModel, twin: ChartModel) {
  // A data cell the two languages share (a code, a number, a Danish name) is not a text in either language.
  const cell = (x: string | number, i: number, j: number) => (x === twin.csv.rows[i]?.[j] ? '' : x)
  return {
    id: c.id,
    title: c.title,
    subtitle: c.subtitle,
    description: c.description,
    labels: c.marks.flatMap((m) => (m.kind === 'text' ? [m.text] : [])).join(' '),
    legend: c.legend.map((l) => l.text),
    table: c.table,
    csv: { header: c.csv.header, rows: c.csv.rows.map((r, i) => r.map((x, j) => cell(x, i, j))), sources: c.csv.sources },
    sources: c.sources,
    notes: c.notes,
  }
}

/**
 * The numbers in a text, as values, each as often as the text says it (a translation that drops a
 * repeated year, or repeats one the Danish says once, says something else): "2.000" (da) and
 * "2,000" (en) are both 2000; "73,4" and "73.4" are 73.4.
 */
export function numbersIn(text: string, lang: Lang): number[] {
  const [thousands, decimal] = lang === 'da' ? ['.', ','] : [',', '.']
  // A quarter or half-year is written in words in English ("the third quarter of 2021") and in
  // figures or words in Danish ("3. kvartal 2021", "andet halvår"): its number is left out on both sides.
  text = lang === 'en' ? text.replace(/\b(first|second|third|fourth) (?=quarter|half)/gi, '') : text.replace(/\b\d\. (?=kvartal|halvår)/g, '')
  // An English text gives a Danish quotation's rendering in brackets after it ("3½ årsværk i 2018-21" (3½
  // full-time equivalents in 2018–21)): the rendering repeats the quotation's numbers, which count once.
  if (lang === 'en') text = text.replace(/("[^"]*"|“[^”]*”|»[^«]*«)\s*\([^()]*\)/g, '$1')
  const found = text.match(/\d+(?:[.,]\d+)*/g) ?? []
  return found
    .map((s) => {
      // A separator followed by exactly three digits groups thousands; the decimal mark separates decimals.
      const grouped = s.split(thousands).every((part, k) => k === 0 || /^\d{3}/.test(part)) ? s.split(thousands).join('') : s
      return Number(grouped.replace(decimal, '.').replace(/[.,]$/, ''))
    })
    .sort((a, b) => a - b)
}

/** The numbers of the marks inside the parts only one language has (their passages may stand only in its source list). */
function oneLanguageMarks(view: unknown, inside = false, found = new Set<number>()): Set<number> {
  if (Array.isArray(view)) view.forEach((x) => oneLanguageMarks(x, inside, found))
  else if (view !== null && typeof view === 'object') {
    for (const [k, v] of Object.entries(view)) {
      if (inside && k === 'n' && typeof v === 'number') found.add(v)
      oneLanguageMarks(v, inside || ONE_LANGUAGE.has(k), found)
    }
  }
  return found
}

/** Every difference between the two views, as "path: what" lines. */
function differences(da: unknown, en: unknown, path = '', alphabetical = false, oneLanguage = new Set<number>()): string[] {
  const recur = (a: unknown, b: unknown, at: string) => differences(a, b, at, alphabetical, oneLanguage)

  if (Array.isArray(da) || Array.isArray(en)) {
    if (!Array.isArray(da) || !Array.isArray(en)) return [`${path}: a list in one language only`]
    if (da.length !== en.length) return [`${path}: ${da.length} items in Danish, ${en.length} in English`]
    // A record by its id; a group of the page's sources by its document, an entry by its place in it.
    const idOf = (x: unknown) => {
      if (x === null || typeof x !== 'object' || /\.marks$/.test(path)) return undefined
      const r = x as Record<string, unknown>
      return r.id ?? r.sourceId ?? r.locator ?? r.quote ?? r.full
    }
    if (alphabetical && da.every((x) => idOf(x) !== undefined)) {
      return da.flatMap((x, k) => {
        const twin = en.find((y) => idOf(y) === idOf(x))
        return twin === undefined ? [`${path}[${k}]: ${String(idOf(x))} in Danish only`] : recur(x, twin, `${path}[${String(idOf(x))}]`)
      })
    }
    return da.flatMap((x, k) => recur(x, en[k], `${path}[${k}]`))
  }
  if (da !== null && typeof da === 'object' && en !== null && typeof en === 'object') {
    if (isChart(da) && isChart(en)) return recur(chartWords(da as ChartModel, en as ChartModel), chartWords(en as ChartModel, da as ChartModel), `${path}(chart)`)
    const keys = [...new Set([...Object.keys(da), ...Object.keys(en)])].filter((k) => !ONE_LANGUAGE.has(k))
    // An entry of the source list that a one-language part cites may quote more passages on that side: every one the other side quotes, and more.
    const citedByOne = 'locator' in da && 'quotes' in da && oneLanguage.has((da as unknown as { n: number }).n)
    return keys.flatMap((k) => {
      const a = (da as Record<string, unknown>)[k]
      const b = (en as Record<string, unknown>)[k]
      if (citedByOne && k === 'quotes' && Array.isArray(a) && Array.isArray(b)) {
        const [fewer, more] = a.length <= b.length ? [a, b] : [b, a]
        const quoteOf = (x: unknown) => (x as { quote: string }).quote
        const missing = fewer.filter((x) => !more.some((y) => quoteOf(y) === quoteOf(x))).map(quoteOf)
        return missing.length ? [`${path}.quotes: ${missing.join(' | ')} on one side only`] : []
      }
      if (!(k in da) || !(k in en)) return [`${path}.${k}: in ${k in da ? 'Danish' : 'English'} only`]
      // A mark's element id is in the page's language ("henvisning-3", "ref-3"): its number is the same.
      const inMark = /\.marks\[\d+\]$/.test(path)
      // In an alphabetical list the numbers follow each language's order: a mark is compared as a mark, not by number.
      if (alphabetical && ((inMark && k === 'id') || k === 'n' || k === 'markId')) return []
      if (inMark && k === 'id') return recur(a, b, `${path}.${k}`)
      // A key figure's id is its permalink key, in the page's language ("tal-penge", "figure-money").
      if (k === 'id' && ('cite' in da || /\.cite$/.test(path))) return []
      // A kind is a code ("target_reached") or, on the sources page, a heading in the page's language ("Brev", "Letter").
      if (k === 'kind' && !/^[a-z_]+$/.test(String(a))) return recur(a, b, `${path}.${k}`)
      if (SAME.has(k) && typeof a !== 'object') return a === b ? [] : [`${path}.${k}: ${String(a)} in Danish, ${String(b)} in English`]
      return recur(a, b, `${path}.${k}`)
    })
  }
  if (typeof da === 'string' && typeof en === 'string') {
    if (!da.trim() !== !en.trim()) return [`${path}: a text in ${da.trim() ? 'Danish' : 'English'} only`]
    const [a, b] = [numbersIn(da, 'da'), numbersIn(en, 'en')]
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${path}: numbers ${a.join(' ')} in Danish, ${b.join(' ')} in English`]
  }
  if ((da === null) !== (en === null) || typeof da !== typeof en) return [`${path}: ${JSON.stringify(da)} in Danish, ${JSON.stringify(en)} in English`]
  if (typeof da === 'number' || typeof da === 'boolean') return da === en ? [] : [`${path}: ${String(da)} in Danish, ${String(en)} in English`]
  return []
}

describe('each page has one view for both languages, and the two say the same', () => {
  it('numbers are read alike in both formats (the helper itself)', () => {
    expect(numbersIn('73,4 mio. kr. og 2.000 børn, 30. august 2021', 'da')).toEqual([30, 73.4, 2000, 2021])
    expect(numbersIn('DKK 73.4 million and 2,000 children, 30 August 2021', 'en')).toEqual([30, 73.4, 2000, 2021])
    expect(differences({ s: ['a', 'b'] }, { s: ['a'] })).toEqual(['.s: 2 items in Danish, 1 in English'])
    expect(differences({ s: 'Der var 14.' }, { s: '' })).toEqual(['.s: a text in Danish only'])
    expect(differences({ s: 'Der var 14.' }, { s: 'There were 22.' })).toEqual(['.s: numbers 14 in Danish, 22 in English'])
    // A repeated figure counts as often as it stands: dropping one repeat on either side is a difference.
    expect(numbersIn('2018 og 2018', 'da')).toEqual([2018, 2018])
    expect(differences({ s: 'Fra 2018 til udgangen af 2018.' }, { s: 'In 2018.' })).toEqual(['.s: numbers 2018 2018 in Danish, 2018 in English'])
    expect(differences({ s: 'I 2018.' }, { s: 'From 2018 to the end of 2018.' })).toEqual(['.s: numbers 2018 in Danish, 2018 2018 in English'])
    // …but an English rendering in brackets after a Danish quotation repeats the quotation's numbers.
    expect(numbersIn('The source says "3 i 2018" (3 in 2018).', 'en')).toEqual([3, 2018])
  })

  // A branch on the language in a view could hold a sentence in one language only, out of the pairs' sight.
  it.each(VIEW_FILES)('%s chooses by language only through its pairs (L.say, L.only, L.col, …)', (file) => {
    const code = readFileSync(file, 'utf8')
    expect(code.match(/\blang\s*[!=]==|[!=]==\s*lang\b|\?\s*\{\s*da\b/g) ?? []).toEqual([])
  })

  it.each(Object.entries(PAGES))('%s', (_page, { view, alphabetical }) => {
    const [da, en] = [view(t, 'da'), view(t, 'en')]
    const oneLanguage = new Set([...oneLanguageMarks(da), ...oneLanguageMarks(en)])
    expect(differences(da, en, '', alphabetical, oneLanguage)).toEqual([])
  })
})
