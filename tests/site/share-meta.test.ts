/**
 * Every page shares and dates itself: Open Graph and Twitter tags with the page's own title and
 * description and a preview image that exists; "Senest opdateret" with the data version's date and
 * the newest dated source the page names and how many undated ones (read here from sources.csv); a feed with every data release of
 * the changelog, linked from every page's head and footer.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/data/load-data.ts'
import { htmlFiles, isPageFile, routeOf } from '../../scripts/browser/site-pages.ts'
import { DIST } from './built-site.ts'

const pages = htmlFiles(DIST).filter(isPageFile)
const sources = Papa.parse<Record<string, string>>(readFileSync(join(PROJECT_ROOT, 'data', 'sources.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'datapackage.json'), 'utf8')) as { version: string; created: string }
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']
/** A date as the site writes it, to its precision: "2018", "oktober 2019", "15. januar 2021". */
const danishDate = (iso: string) =>
  iso.length === 4 ? iso : iso.length === 7 ? `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}` : `${Number(iso.slice(8, 10))}. ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** The same in English: "2018", "October 2019", "15 January 2021". */
const englishDate = (iso: string) =>
  iso.length === 4 ? iso : iso.length === 7 ? `${EN_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}` : `${Number(iso.slice(8, 10))} ${EN_MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`
const isEnglish = (file: string) => file.startsWith('en/')
const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1]

describe('Open Graph and Twitter cards', () => {
  it.each(pages)('%s: title, its own description and a preview image that exists', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8')
    const description = meta(html, 'description')
    expect(description?.length).toBeGreaterThan(20)
    expect(meta(html, 'og:description')).toBe(description)
    expect(meta(html, 'twitter:description')).toBe(description)
    expect(meta(html, 'og:title')?.length).toBeGreaterThan(2)
    expect(meta(html, 'twitter:card')).toBe('summary_large_image')
    const image = meta(html, 'og:image')!
    expect(image).toMatch(/^\/deling\/[a-z0-9-]+\.png$/)
    expect(existsSync(join(DIST, image)), image).toBe(true)
    expect(readFileSync(join(DIST, image)).readUInt32BE(16)).toBe(1200)
  })
})

describe('the language of a shared link', () => {
  // Written by hand: Open Graph's locales of the two editions, and the site's name in each.
  const LOCALE = { da: 'da_DK', en: 'en_GB' }
  const NAME = { da: 'Negativ social kontrol i tal', en: 'Negative social control in figures' }
  it.each(pages)('%s: og:locale is the page\'s language; a page with a twin names the twin\'s as og:locale:alternate', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8')
    const lang = isEnglish(file) ? 'en' : 'da'
    expect(meta(html, 'og:locale')).toBe(LOCALE[lang])
    expect(meta(html, 'og:site_name')).toBe(NAME[lang])
    const hasTwin = /<link rel="alternate" hreflang="/.test(html)
    expect(meta(html, 'og:locale:alternate')).toBe(hasTwin ? LOCALE[lang === 'en' ? 'da' : 'en'] : undefined)
  })
  it('names the pages and twins it should (spot checks)', () => {
    const tags = (file: string) => {
      const html = readFileSync(join(DIST, file), 'utf8')
      return [meta(html, 'og:locale'), meta(html, 'og:locale:alternate')]
    }
    expect(tags('index.html')).toEqual(['da_DK', 'en_GB'])
    expect(tags('en/action-plan-2017-2020.html')).toEqual(['en_GB', 'da_DK'])
    expect(tags('en/regions/sjaelland.html')).toEqual(['en_GB', 'da_DK'])
    // Kommune pages stay Danish and have no twin.
    expect(tags('kommuner/toender.html')).toEqual(['da_DK', undefined])
  })
})

describe('Senest opdateret', () => {
  it.each(pages)('%s: the data version and its date, and the newest source the page names', (file) => {
    const html = readFileSync(join(DIST, file), 'utf8')
    const line = /<p class="page-updated">([^<]*)<\/p>/.exec(html)?.[1]
    expect(line, routeOf(file)).toBeDefined()
    const en = isEnglish(file)
    const created = pkg.created.slice(0, 10)
    expect(line).toContain(en ? `Last updated ${englishDate(created)} (data version ${pkg.version}).` : `Senest opdateret ${danishDate(created)} (dataversion ${pkg.version}).`)
    // The source list's entries are #kilde-<anchor> (Danish) and #source-<anchor_en> (English), keys read from sources.csv.
    const cited = en ? /\/en\/sources#source-([^"]+)"/g : /\/kilder#kilde-([^"]+)"/g
    const keys = new Set([...html.matchAll(cited)].map((m) => decodeURIComponent(m[1]!)))
    const cites = sources.filter((s) => keys.has((en ? s.anchor_en : s.anchor)!))
    const newest = cites.filter((s) => s.date).map((s) => s.date!).sort().at(-1)
    const undated = cites.filter((s) => !s.date).length
    if (newest) expect(line).toContain(en ? `The newest dated source this page rests on is from ${englishDate(newest)}.` : `Den nyeste daterede kilde, siden bygger på, er fra ${danishDate(newest)}.`)
    else expect(line).not.toMatch(en ? /newest/ : /nyeste/)
    // Undated sources (web pages read on a day) are counted, so "the newest" never passes over them.
    if (undated === 0) expect(line).not.toMatch(en ? /undated/ : /udateret/)
    else if (en) expect(line).toContain(`${newest ? 'It also rests on' : 'This page rests on'} ${undated} undated source${undated === 1 ? '' : 's'}.`)
    else expect(line).toContain(`Siden bygger ${newest ? 'også ' : ''}på ${undated} ${undated === 1 ? 'udateret kilde' : 'udaterede kilder'}.`)
  })
})

describe('the feed', () => {
  it('lists every data release of the changelog and is linked from every page', () => {
    const feed = readFileSync(join(DIST, 'feed.xml'), 'utf8')
    expect(feed).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/)
    const versions = [...readFileSync(join(PROJECT_ROOT, 'data', 'CHANGELOG.md'), 'utf8').matchAll(/^## (\d+\.\d+\.\d+) – \d{4}-\d{2}-\d{2}/gm)].map((m) => m[1]!)
    expect(versions.length).toBeGreaterThan(2)
    for (const v of versions) expect(feed).toContain(`<title type="html"><![CDATA[Data version ${v}]]></title>`)
    for (const file of pages) {
      const html = readFileSync(join(DIST, file), 'utf8')
      expect(html, file).toContain('<link rel="alternate" type="application/atom+xml"')
      expect(html, file).toContain(isEnglish(file) ? 'href="/feed.xml">Follow new data and changes (Atom feed, in Danish)</a>' : 'href="/feed.xml">Følg nye data og ændringer (Atom-feed)</a>')
    }
    expect(readFileSync(join(DIST, 'data', 'index.html'), 'utf8')).toMatch(/href="\/feed\.xml"[^>]*>Atom-feed<\/a>/)
  })
})
