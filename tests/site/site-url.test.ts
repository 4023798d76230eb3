/**
 * The address settings in the built site: the test build runs without SITE_URL (as CI and a
 * user's machine do), so nothing may name an address; a second build with SITE_URL set must name
 * it everywhere it belongs (canonical links, sitemap.xml, robots.txt, CITATION.cff, /data/).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../build-setup.ts'
import { DIST } from './built-site.ts'

const htmlFiles = (dir: string, sub = ''): string[] =>
  readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(dir, join(sub, e.name)) : e.name.endsWith('.html') ? [join(sub, e.name)] : [])

describe('without SITE_URL', () => {
  it('writes no sitemap.xml, no robots.txt, no canonical link and no citation URL', () => {
    expect(existsSync(join(DIST, 'sitemap.xml'))).toBe(false)
    expect(existsSync(join(DIST, 'robots.txt'))).toBe(false)
    const withCanonical = htmlFiles(DIST).filter((f) => readFileSync(join(DIST, f), 'utf8').includes('rel="canonical"'))
    expect(withCanonical).toEqual([])
    expect(parse(readFileSync(join(DIST, 'data', 'CITATION.cff'), 'utf8')).url).toBeUndefined()
    expect(JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8')).homepage).toBeUndefined()
  })
  it('writes Open Graph images, citations and the feed with site-relative addresses, and no og:url', () => {
    const vejle = readFileSync(join(DIST, 'kommuner', 'vejle.html'), 'utf8')
    expect(vejle).toContain('<meta property="og:image" content="/deling/kommuner-vejle.png">')
    expect(vejle).not.toContain('og:url')
    expect(readFileSync(join(DIST, 'feed.xml'), 'utf8')).toContain('<link rel="self" href="/feed.xml"/>')
  })
})

describe('with SITE_URL', () => {
  const SITE = 'https://nsk.example/sti/'
  let folder = ''
  let out = ''
  let log = ''
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'nsk-site-url-'))
    out = join(folder, 'dist')
    log = (await buildSite(out, { SITE_URL: SITE })).log
  }, 600_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  const read = (file: string) => readFileSync(join(out, file), 'utf8')
  it('says nothing about an unset address', () => expect(log).not.toContain('SITE_URL is unset'))
  it('gives each page its canonical address', () => {
    expect(read('hjaelp.html')).toContain(`<link rel="canonical" href="${SITE}hjaelp">`)
    expect(read('index.html')).toContain(`<link rel="canonical" href="${SITE}">`)
    expect(read('data/index.html')).toContain(`<link rel="canonical" href="${SITE}data/">`)
    expect(read('kommuner/vejle.html')).toContain(`<link rel="canonical" href="${SITE}kommuner/vejle">`)
    expect(read('404.html')).not.toContain('rel="canonical"')
    expect(read('en/404.html')).not.toContain('rel="canonical"')
  })
  it('lists the pages in sitemap.xml and names it in robots.txt', () => {
    const sitemap = read('sitemap.xml')
    for (const route of ['', 'hjaelp', 'data/', 'kommuner/vejle', 'regioner/syddanmark']) expect(sitemap).toContain(`<loc>${SITE}${route}</loc>`)
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\nSitemap: ${SITE}sitemap.xml\n`)
    // Neither language's 404 page is a page to list.
    expect(sitemap).not.toMatch(/404/)
  })
  it('makes Open Graph images and addresses, citations and the feed absolute', () => {
    const vejle = read('kommuner/vejle.html')
    expect(vejle).toContain(`<meta property="og:image" content="${SITE}deling/kommuner-vejle.png">`)
    expect(vejle).toContain(`<meta property="og:url" content="${SITE}kommuner/vejle">`)
    expect(read('index.html')).toContain(`>${SITE}#tal-kommuner-86</a>`)
    expect(read('feed.xml')).toContain(`<link rel="self" href="${SITE}feed.xml"/>`)
    expect(read('feed.xml')).not.toContain('adresse-ukendt')
  })
  it('names each page’s twin in the other language by its full address (hreflang), in the page and in sitemap.xml', () => {
    expect(read('aftale-2021-2024.html')).toContain(`<link rel="alternate" hreflang="en" href="${SITE}en/agreement-2021-2024">`)
    expect(read('en/agreement-2021-2024.html')).toContain(`<link rel="alternate" hreflang="da" href="${SITE}aftale-2021-2024">`)
    expect(read('en/agreement-2021-2024.html')).toContain(`<link rel="canonical" href="${SITE}en/agreement-2021-2024">`)
    const sitemap = read('sitemap.xml')
    expect(sitemap).toContain(`<loc>${SITE}en/agreement-2021-2024</loc>`)
    expect(sitemap).toContain(`hreflang="en" href="${SITE}en/agreement-2021-2024"`)
    expect(sitemap).toContain(`hreflang="da" href="${SITE}aftale-2021-2024"`)
    expect(sitemap).toContain(`hreflang="en" href="${SITE}en/regions/syddanmark"`)
  })
  it('puts the address in the published CITATION.cff and the citation on /data/', () => {
    expect(parse(read('data/CITATION.cff')).url).toBe(SITE)
    expect(read('data/index.html')).toContain(`${SITE}data/`)
    // The package says where its home is, in the served descriptor and in the ZIP's.
    expect(JSON.parse(read('data/datapackage.json')).homepage).toBe(`${SITE}data/`)
    expect(read('data/index.html')).toMatch(/url\s*=\s*\{https:\/\/nsk\.example\/sti\/data\/\}/)
  })
})
