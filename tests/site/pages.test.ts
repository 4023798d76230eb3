import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_DIR } from '../../scripts/data/load-data.ts'
import { builtHtml, contentText, DANISH_PAGES, ENGLISH_PAGES, figuresIn, PAGES } from './built-site.ts'
import { all, docOf, textWithout } from './html.ts'
import { englishFigures, TABLES } from './oracle.ts'

// Every number in data/, in any column (quotes and notes included): the only figures a page may show.
// Each file is read as Danish text (figures in quotes) and as CSV numbers (73.4 in a number column).
const csvTexts = readdirSync(DATA_DIR)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => readFileSync(join(DATA_DIR, f), 'utf8'))
const allowed = new Set(
  csvTexts.flatMap((text) => [...figuresIn(text.replace(/(\d)\.(\d)/g, '$1,$2')), ...(text.match(/\d+(?:\.\d+)?/g) ?? []).map(Number)]),
)

// The figures an English page may show: every cell of data/ as papaparse reads it (tests/site/oracle.ts):
// a number cell as a number, the English columns (…_en) read as English text, the others as Danish
// text, and a date's parts (30 August 2021 is 2021-08-30).
const allowedEn = new Set(
  Object.values(TABLES).flatMap((rows) =>
    rows.flatMap((row) =>
      Object.entries(row).flatMap(([column, cell]) => {
        if (!cell) return []
        if (/^-?\d+(\.\d+)?$/.test(cell)) return [Number(cell)]
        return [...(column.endsWith('_en') ? englishFigures(cell) : figuresIn(cell)), ...(cell.match(/\d+/g) ?? []).map(Number)]
      }),
    ),
  ),
)

describe.each(ENGLISH_PAGES.map((p) => [p.route, p.file] as const))('the English page %s', (_route, file) => {
  const html = builtHtml(file)
  it('is an English page', () => {
    expect(/<html lang="en"/.test(html)).toBe(true)
  })
  it('shows no figure that is not in data/ (English numbers: 2,000; 73.4)', () => {
    // Its own words; what is marked Danish (quotations, places in the sources) is Danish text.
    const doc = docOf(html)
    const own = textWithout(doc, (e) => e.attribs.lang === 'da' || 'data-figure-exempt' in e.attribs)
    const danish = all(doc, (e) => e.attribs.lang === 'da').map((e) => textWithout(e, (x) => 'data-figure-exempt' in x.attribs)).join(' ')
    const stray = [...englishFigures(own), ...figuresIn(danish)].filter((n) => !allowedEn.has(n))
    expect(stray).toEqual([])
  })
})

describe.each(ENGLISH_PAGES.map((p) => [p.route, p.file] as const))('the English page %s, in words', (_route, file) => {
  it('says "as of" only before a date ("as of 29 June 2020"; an undated source in words: "the page is undated; read …")', () => {
    // Written by hand: the English month names ("as of its date" names a column's date).
    const notDate = /\bas of (?!\d|its\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\S+/g
    expect(contentText(builtHtml(file)).match(notDate) ?? []).toEqual([])
  })
})

it('has English pages to check, among them each region', () => {
  expect(ENGLISH_PAGES.length).toBeGreaterThan(15)
  expect(ENGLISH_PAGES.filter((p) => p.route.startsWith('/en/regions/') && p.route !== '/en/regions/')).toHaveLength(5)
})

describe('the built site', () => {
  for (const { route, file } of DANISH_PAGES) {
    describe(route, () => {
      const html = builtHtml(file)
      it('is a Danish page', () => {
        expect(/<html lang="da-DK"/.test(html)).toBe(true)
      })
      it('shows no figure that is not in data/', () => {
        const stray = figuresIn(contentText(html)).filter((n) => !allowed.has(n))
        expect(stray).toEqual([])
      })
    })
  }

  it('writes every chart into the HTML itself (no JavaScript needed)', () => {
    for (const file of ['handlingsplan-2017-2020.html', 'aftale-2021-2024.html', 'koebenhavn-2017-18.html', 'tidslinje.html']) {
      const html = builtHtml(file)
      // Booleans, not toMatch: a failure should name the page, not print it.
      expect(/<svg[^>]*role="img"/.test(html), `${file}: svg role=img`).toBe(true)
      expect(/<svg[^>]*role="img"[^>]*>\s*<title id="[^"]+"/.test(html), `${file}: svg title`).toBe(true)
      expect(/<desc id="[^"]+"/.test(html), `${file}: svg desc`).toBe(true)
    }
  })

  it('shows Copenhagen’s figures as rendered text', () => {
    const text = contentText(builtHtml('koebenhavn-2017-18.html'))
    expect(text).toContain('980 af mindst 2.000 børn og unge')
    expect(text).toContain('ca. 450 af mindst 500 fagpersoner')
    expect(text).toContain('0,5 mio. kr. om året')
  })

  it('shows the national plan’s figures, both kommune counts with their sources', () => {
    const text = contentText(builtHtml('handlingsplan-2017-2020.html'))
    expect(text).toContain('73,4 mio. kr.')
    expect(text).toContain('93 kommuner')
    expect(text).toContain('86 af 98 kommuner')
    expect(text).toMatch(/ministerens brev, 4\. november 2020/)
    expect(text).toMatch(/pressemeddelelsen, 15\. januar 2021/)
  })

  it('shows the agreement’s split with its unexplained gap, and the delayed initiatives', () => {
    const text = contentText(builtHtml('aftale-2021-2024.html'))
    for (const s of ['13 mio. kr.', '12,4 mio. kr.', '3,4 mio. kr.', '10,8 mio. kr.', '0,4 mio. kr.', 'Forsinket', "Opdatering af app'en MÆRK"]) expect(text).toContain(s)
  })

  it('links only to https:, mailto: and tel: (a number, digits only) addresses outside the site', () => {
    for (const { file } of PAGES) {
      const hrefs = [...builtHtml(file).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)
      const bad = hrefs.filter((h) => /^[a-z][a-z0-9+.-]*:/i.test(h) && !/^(https|mailto):/i.test(h) && !/^tel:\d+$/.test(h))
      expect(bad, file).toEqual([])
    }
  })
})

describe('each chart’s data link', () => {
  it('points to a CSV the build wrote, holding the chart’s numbers and naming its source', async () => {
    const { loadData } = await import('../../scripts/data/load-data.ts')
    const { allCharts } = await import('../../scripts/site/charts/index.ts')
    const Papa = (await import('papaparse')).default
    const { DIST } = await import('./built-site.ts')
    for (const chart of allCharts(loadData())) {
      const text = readFileSync(join(DIST, 'data', 'charts', `${chart.id}.csv`), 'utf8')
      const parsed = Papa.parse<string[]>(text.trim(), { delimiter: ',' })
      expect(parsed.errors, chart.id).toEqual([])
      const [header, ...rows] = parsed.data
      expect(header, chart.id).toEqual([...chart.csv.header, 'kilde'])
      expect(rows.map((r) => r.slice(0, -1)), chart.id).toEqual(chart.csv.rows.map((r) => r.map(String)))
      // Each row names its own source.
      expect(rows.map((r) => r.at(-1)), chart.id).toEqual(chart.csv.sources)
      for (const r of rows) expect(r.at(-1)!.length, chart.id).toBeGreaterThan(0)
    }
  })
})
