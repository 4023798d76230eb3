/**
 * Links: linkinator crawls the served site from / (clean URLs, as a host serves them) and finds
 * 0 broken internal links or assets. External links are not fetched (CI is offline), but every one
 * in the built HTML is https: and is a URL that the data gives.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LinkChecker, LinkState } from 'linkinator'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { DATA_DIR, loadData } from '../../scripts/data/load-data.ts'
import { readPackage } from '../../scripts/data/package-schema.ts'
import { connectBrowser, DIST_DIR, SITE_URL } from './session.ts'

/**
 * External links the VitePress theme adds by itself (not from the data). None today: the config
 * sets no socialLinks, editLink or logo link, and the footer is plain text. Add any here, with why.
 */
const THEME_LINKS: string[] = []

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

it('linkinator finds no broken internal link or asset, crawling from /', async () => {
  const checker = new LinkChecker()
  const { links } = await checker.check({
    path: `${SITE_URL}/`,
    recurse: true,
    // Extensionless page URLs are files (/hjaelp → hjaelp.html), not folders: resolve links from them so.
    cleanUrls: true,
    checkCss: true,
    // #anchors must exist on the page they point to (skip link, outline, citations).
    checkFragments: true,
    concurrency: 10,
    timeout: 10_000,
    // Only the served site: external URLs cannot be fetched offline (they are checked below).
    linksToSkip: async (link) => !link.startsWith(`${SITE_URL}/`) && link !== SITE_URL,
  })
  const internal = links.filter((l) => l.state !== LinkState.SKIPPED)
  const broken = links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.status ?? '-'} ${l.url.replace(SITE_URL, '')} (linked from ${l.parent?.replace(SITE_URL, '') ?? '?'})`)
  expect(internal.length, 'internal links and assets checked').toBeGreaterThan(5)
  expect(broken, 'broken internal links (status, URL, page that links to it)').toEqual([])
}, 120_000)

it('every external link in the built HTML is https: and comes from the data', async () => {
  // Every cell of every table, as given and as a browser normalises URLs (trailing slash, escapes).
  const values = new Set<string>()
  for (const rows of Object.values(loadData()) as Record<string, unknown>[][]) {
    for (const row of rows) {
      for (const v of Object.values(row)) {
        if (typeof v !== 'string' || !/^https?:\/\//.test(v)) continue
        values.add(v)
        values.add(new URL(v).href)
      }
    }
  }
  const numbers = new Set(loadData().contacts.map((c) => `tel:${c.number.replace(/ /g, '')}`))
  // The package's own metadata is data too: the licence it names (datapackage.json licenses[].path).
  for (const l of readPackage(join(DATA_DIR, 'datapackage.json')).licenses) values.add(l.path)
  const page = await browser.newPage()
  try {
    const files = readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('assets'))
    const bad: string[] = []
    let external = 0
    for (const file of files) {
      const html = readFileSync(join(DIST_DIR, file), 'utf8')
      // Parsed by the browser's HTML parser, without running the page.
      const hrefs = await page.evaluate((source) => [...new DOMParser().parseFromString(source, 'text/html').querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''), html)
      for (const href of hrefs.filter((h) => /^[a-z][a-z0-9+.-]*:/i.test(h) && !h.startsWith('mailto:'))) {
        external++
        // A phone link calls a number a CSV cell gives (contacts.number), digits only.
        if (href.startsWith('tel:')) {
          if (!numbers.has(href)) bad.push(`${file}: ${href} is not a number in data/ (contacts.number)`)
        } else if (!href.startsWith('https:')) bad.push(`${file}: ${href} is not https:`)
        else if (!THEME_LINKS.includes(href) && !values.has(href) && !values.has(new URL(href).href)) bad.push(`${file}: ${href} is not a URL in data/ (the CSVs or datapackage.json)`)
      }
    }
    expect(bad, `external links (${external} checked)`).toEqual([])
  } finally {
    await page.close()
  }
})
