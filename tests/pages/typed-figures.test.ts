/**
 * Pages never type a figure by hand: every count, amount, date and year on a page comes from data/
 * through the page's view ({{ … }} or a component). This reads every Markdown page under docs/
 * (Danish and English, the kommune/region route templates too), keeps only the prose a reader sees
 * as written in the file, and fails on every number left in it, as `file:line: "…context…"`.
 *
 * Not prose: the frontmatter, <script>/<style> blocks, HTML comments, {{ … }} expressions, HTML and
 * component tags with their attributes, link targets `](…)`, heading anchors `{#…}` and attribute
 * lists `{hreflang=…}`. Link texts and headings are prose (VitePress puts headings in the outline).
 *
 * Names that contain digits are allowed only through ALLOWED below, each the exact phrase, the
 * pages it may stand on, and why it is a name and not a figure. A count, an amount, a date or the
 * year of a fact is not a name.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/data/load-data.ts'

const DOCS = join(PROJECT_ROOT, 'docs')
const PAGES = readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.md') && !f.startsWith('public/'))
  .sort()

/** Replaces a match by spaces (newlines kept), so line and column numbers stay those of the file. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ')

const ATTRIBUTE = String.raw`[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?`
const NOT_PROSE: RegExp[] = [
  /^---\n[^]*?\n---(?=\n|$)/, // frontmatter
  /<!--[^]*?-->/g,
  /<script\b[^]*?<\/script\s*>/gi,
  /<style\b[^]*?<\/style\s*>/gi,
  /\{\{[^]*?\}\}/g, // Vue expressions: the data's figures
  new RegExp(String.raw`<\/?[A-Za-z][\w.:-]*(?:\s+${ATTRIBUTE})*\s*\/?>`, 'g'), // tags with their attributes (quoted values may hold ">")
  /(?<=\])\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)/g, // link targets ](…)
  /\{\s*(?:[#.][\w-]+|[\w:-]+=(?:"[^"]*"|'[^']*'|[^\s}]+))(?:\s+(?:[#.][\w-]+|[\w:-]+=(?:"[^"]*"|'[^']*'|[^\s}]+)))*\s*\}/g, // {#anchor} {hreflang=da}
  /&#?\w+;/g, // character references
]

/** The page's prose: what is not prose replaced by spaces, line breaks kept. */
function proseOf(markdown: string): string {
  let text = markdown.replace(/\r\n?/g, '\n')
  for (const re of NOT_PROSE) text = text.replace(re, blank)
  return text
}

type Figure = { line: number; figure: string; context: string }

/**
 * A number: digits (73,4 · 2.000 · 1,234.5 · 4,5:1 as one), or a count in words, Danish or English,
 * from two up ("en/et/one" are left out: they are articles as often as counts; Danish "to" is a
 * count, and on an English page "to" is a preposition, so it counts only on Danish pages).
 */
const DIGITS = String.raw`\d+(?:[.,:]\d+)*`
const WORDS_DA = 'to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems|hundrede|tusind|million|millioner|milliard|milliarder|halvdelen|dobbelt'
const WORDS_EN = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|millions|billion|half|twice|double'
const numberIn = (lang: 'da' | 'en') => new RegExp(String.raw`${DIGITS}|(?<![\p{L}\p{N}])(?:${lang === 'da' ? WORDS_DA : WORDS_EN})(?![\p{L}\p{N}])`, 'giu')

/** Every number in the page's prose, after the allowed phrases are taken out. */
function typedFigures(markdown: string, allowed: readonly string[] = [], lang: 'da' | 'en' = 'da'): Figure[] {
  let prose = proseOf(markdown)
  // Longest first, so that "fra 320 til 1280 px" is taken out whole before "1280 px".
  for (const phrase of [...allowed].sort((a, b) => b.length - a.length)) prose = prose.split(phrase).join(blank(phrase))
  const figures: Figure[] = []
  prose.split('\n').forEach((text, i) => {
    for (const m of text.matchAll(numberIn(lang))) {
      const from = Math.max(0, m.index - 40)
      const to = Math.min(text.length, m.index + m[0].length + 40)
      const context = `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`
      figures.push({ line: i + 1, figure: m[0], context })
    }
  })
  return figures
}

type Allowed = { phrase: string; pages: string[]; why: string }

const ABOUT = ['om.md', 'en/about.md']
/**
 * Names with digits, each the exact phrase as the page writes it. Every entry must still be used
 * (a test below), so the list cannot hide a figure once the name is gone.
 */
const ALLOWED: Allowed[] = [
  // Names of plans: the period is part of the plan's name, as the sources name it.
  { phrase: 'Handlingsplanen 2017–2020', pages: ['handlingsplan-2017-2020.md', 'om.md'], why: 'the national action plan’s name (title, heading, known gaps)' },
  { phrase: 'The action plan 2017–2020', pages: ['en/action-plan-2017-2020.md', 'en/about.md'], why: 'the plan’s name in English (title, heading, known gaps)' },
  { phrase: 'handlingsplanen 2017–2020', pages: ['index.md'], why: 'the plan’s name, as link text' },
  { phrase: 'Aftalen 2021–2024', pages: ['aftale-2021-2024.md'], why: 'the agreement’s name' },
  { phrase: 'aftalen 2021–2024', pages: ['index.md'], why: 'the agreement’s name, as link text' },
  { phrase: 'The agreement 2021–2024', pages: ['en/agreement-2021-2024.md'], why: 'the agreement’s name in English' },
  { phrase: 'Københavns Kommune 2017–18', pages: ['koebenhavn-2017-18.md'], why: 'the name of Copenhagen’s plan (the annex’s own period)' },
  { phrase: 'Københavns Kommunes plan 2017–18', pages: ['index.md'], why: 'the name of Copenhagen’s plan, as link text' },
  { phrase: 'City of Copenhagen 2017–18', pages: ['en/copenhagen-2017-18.md'], why: 'the name of Copenhagen’s plan in English' },
  { phrase: 'FL21', pages: ['om.md', 'en/about.md', 'aftale-2021-2024.md', 'en/agreement-2021-2024.md', 'en/index.md', 'ordliste.md', 'en/glossary.md'], why: 'the name of the frame on the Finance Act 2021 (FL21-rammen), as the sources call it' },
  { phrase: 'finansloven for 2021', pages: ['aftale-2021-2024.md'], why: 'the name of the Finance Act that funds Baba and Bydelsmødre' },
  { phrase: 'Finance Act for 2021', pages: ['en/agreement-2021-2024.md'], why: 'the name of the Finance Act in English' },
  // Names of things the sources name.
  { phrase: 'COVID-19', pages: ['hjaelp.md', 'en/help.md'], why: 'the disease’s name' },
  { phrase: 'L 126', pages: ABOUT, why: 'the bill’s number is its name (lovforslag L 126)' },
  { phrase: 'W3C', pages: ABOUT, why: 'the World Wide Web Consortium’s name' },
  { phrase: 'SHA-256', pages: ['en/data/index.md'], why: 'the checksum’s name' },
  { phrase: '404', pages: ['om.md'], why: 'the not-found page’s name (HTTP status 404)' },
  // The accessibility statement: standards, sizes and the site's own test dates. These are claims
  // about the site itself, not about the sources, so no row of data/ (each of which names a source
  // and quotes it) can hold them; the statement's tests (tests/site/accessibility-statement.test.ts
  // and the browser tests it describes) are what back them.
  { phrase: 'WCAG 2.2', pages: ABOUT, why: 'the standard’s name' },
  { phrase: 'WCAG 2.1', pages: ABOUT, why: 'the standard’s name' },
  { phrase: 'WCAG 2.0 og 2.1', pages: ['om.md'], why: 'the standards’ names (axe-core’s rule sets)' },
  { phrase: 'WCAG 2.0 and 2.1', pages: ['en/about.md'], why: 'the standards’ names (axe-core’s rule sets)' },
  { phrase: 'WCAG 2 AA', pages: ABOUT, why: 'the standard’s name (HTML_CodeSniffer’s rule set)' },
  { phrase: 'krav i 2.2', pages: ['om.md'], why: 'the standard’s version, a name' },
  { phrase: 'requirements of 2.2', pages: ['en/about.md'], why: 'the standard’s version, a name' },
  ...['1.3.1, 4.1.2', '1.4.3, 1.4.11', '1.4.4', '1.4.10, 1.4.12', '2.1.1, 2.1.4, 2.4.3, 2.4.7, 2.4.11', '2.4.11', '2.5.8', '3.2.2', '3.1.1, 3.1.2'].map((phrase) => ({ phrase: `(${phrase})`, pages: ABOUT, why: 'WCAG success criteria, by their numbers' })),
  { phrase: '4,5:1', pages: ['om.md'], why: 'WCAG’s contrast ratio for text (1.4.3), the criterion’s own figure' },
  { phrase: '4.5:1', pages: ['en/about.md'], why: 'WCAG’s contrast ratio for text (1.4.3), the criterion’s own figure' },
  { phrase: 'linjehøjde 1,5, bogstavafstand 0,12 em, ordafstand 0,16 em, afsnitsafstand 2 em', pages: ['om.md'], why: 'WCAG 1.4.12’s text spacing, the criterion’s own figures' },
  { phrase: '24 × 24 px', pages: ABOUT, why: 'the target size of WCAG 2.5.8, the criterion’s own figure' },
  { phrase: 'Tre uafhængige regelmotorer', pages: ['om.md'], why: 'the number of engines the site’s own browser tests run (tests/browser/a11y.test.ts, engines.ts)' },
  { phrase: 'Three independent rule engines', pages: ['en/about.md'], why: 'the number of engines the site’s own browser tests run (tests/browser/a11y.test.ts, engines.ts)' },
  { phrase: 'systemets to farver', pages: ['om.md'], why: 'forced colours draw with the system’s two colours (text and background): how the site renders, not a figure of the sources' },
  { phrase: 'mindst 12 px', pages: ['om.md'], why: 'the site’s own chart text size, which the browser tests assert' },
  { phrase: 'at least 12 px', pages: ['en/about.md'], why: 'the site’s own chart text size, which the browser tests assert' },
  { phrase: '1280 px', pages: ABOUT, why: 'the desktop width the browser tests use' },
  { phrase: '375 px', pages: ABOUT, why: 'the mobile width the browser tests use' },
  { phrase: 'fra 320 til 1280 px', pages: ['om.md'], why: 'the screen widths the browser tests use' },
  { phrase: 'from 320 to 1280 px', pages: ['en/about.md'], why: 'the screen widths the browser tests use' },
  { phrase: '320 px', pages: ABOUT, why: 'WCAG 1.4.10’s reflow width, which the browser tests use' },
  { phrase: '320 × 640, 320 × 256 og 600 × 800 px', pages: ['om.md'], why: 'the viewports the keyboard tests use' },
  { phrase: 'at 375 and 1280 px', pages: ['en/about.md'], why: 'the widths the English pages were looked at by hand' },
  { phrase: 'i hånden 3. december 2026', pages: ['om.md'], why: 'the date the site was tried by hand: the site’s own fact, not a source’s' },
  { phrase: 'udarbejdet** 3. december 2026', pages: ['om.md'], why: 'the date the statement was written (the law asks for it): the site’s own fact' },
  { phrase: 'on 3 December 2026', pages: ['en/about.md'], why: 'the date the English pages were tried by hand: the site’s own fact' },
]

const langOf = (page: string) => (page.startsWith('en/') ? 'en' : 'da')
const allowedOn = (page: string) => ALLOWED.filter((a) => a.pages.length === 0 || a.pages.includes(page)).map((a) => a.phrase)

describe('the guard reads only prose', () => {
  const figures = (md: string, allowed: string[] = []) => typedFigures(md, allowed).map((f) => `${f.line}: ${f.figure}`)

  it('finds a figure typed in a heading, with its line', () => {
    expect(figures('# Titel\n\n## Fra 14 til 22 initiativer {#plan-2016}\n')).toEqual(['3: 14', '3: 22'])
  })
  it('passes the same heading when its figures come from the data', () => {
    expect(figures('## Fra {{ data.fourteen.count }} til {{ data.launched.text }} initiativer {#plan-2016}\n')).toEqual([])
  })
  it('finds a date in a sentence and reports it in its context', () => {
    const [f] = typedFigures('Ministeren skrev 29. juni 2020 til alle kommuner.')
    expect(f).toEqual({ line: 1, figure: '29', context: 'Ministeren skrev 29. juni 2020 til alle kommuner.' })
    expect(figures('Ministeren skrev 29. juni 2020 til alle kommuner.')).toEqual(['1: 29', '1: 2020'])
  })
  it('finds Danish and English number formats as one figure', () => {
    expect(figures('73,4 mio. kr. og 2.000 unge; 1,234.5 in English')).toEqual(['1: 73,4', '1: 2.000', '1: 1,234.5'])
  })
  it('does not count a figure inside <style>, <script>, a comment or the frontmatter', () => {
    const md = '---\ntitle: Plan 2017\noutline: [2, 3]\n---\n\n<script setup>\nconst n = 14\n</script>\n\n<!-- 22 -->\n\nTekst.\n\n<style>\n.a { margin: 12px 0 4px; }\n</style>\n'
    expect(figures(md)).toEqual([])
  })
  it('does not count attributes of tags and components, even with ">" inside a quoted value', () => {
    expect(figures('<p v-if="a.number === 3" :id="`omraade-${a.number}`">Tekst</p>')).toEqual([])
    expect(figures('<a v-if="i > 0" :href="c.tel">{{ c.number }}</a> og 5 til')).toEqual(['1: 5'])
    expect(figures('<NskChart :chart="data.money" />')).toEqual([])
  })
  it('does not count link targets, anchors or attribute lists, but does count link texts', () => {
    expect(figures('[Data](/data/v3.0.0/){hreflang="da"} og [Aftalen](/aftale-2021-2024)')).toEqual([])
    expect(figures('Se [de 6 anbefalinger](/anbefalinger#anbefaling-6).')).toEqual(['1: 6'])
    expect(figures('## Mål og status {#status-2018}')).toEqual([])
  })
  it('takes out only the exact allowed phrase', () => {
    expect(figures('Handlingsplanen 2017–2020 gav 22 initiativer.', ['Handlingsplanen 2017–2020'])).toEqual(['1: 22'])
    expect(figures('Handlingsplanen 2017-2020', ['Handlingsplanen 2017–2020'])).toEqual(['1: 2017', '1: 2020'])
  })
  it('keeps line numbers of the file after multi-line blocks', () => {
    expect(figures('<script setup>\nimport x\n</script>\n\n<div\n  class="a">\n\n3 kommuner</div>')).toEqual(['8: 3'])
  })
})

describe('pages never type a figure by hand', () => {
  it('reads every Markdown page, Danish and English, route templates too', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['index.md', 'hjaelp.md', 'en/index.md', 'en/help.md', 'kommuner/[kommune].md', 'regioner/[region].md', 'en/regions/[region].md']))
  })

  it('no page’s prose holds a number that is not an allowed name', () => {
    const hits = PAGES.flatMap((page) =>
      typedFigures(readFileSync(join(DOCS, page), 'utf8'), allowedOn(page), langOf(page)).map((f) => `docs/${page}:${f.line}: "${f.context}" (${f.figure})`),
    )
    expect(hits, 'type the figure through the page’s data ({{ data.… }}); a name with digits goes into ALLOWED with why').toEqual([])
  })

  it('every allowed phrase is still on a page it is allowed on', () => {
    const unused = ALLOWED.filter((a) => !(a.pages.length ? a.pages : PAGES).some((page) => proseOf(readFileSync(join(DOCS, page), 'utf8')).includes(a.phrase)))
    expect(unused.map((a) => `${a.phrase} (${a.pages.join(', ')})`)).toEqual([])
  })
})
