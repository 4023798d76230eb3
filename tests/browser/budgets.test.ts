/**
 * Budgets as tests (bytes are deterministic): per page, the gzip size of its JS, CSS and fonts
 * stays within tests/browser/budgets.ts; and a page pulls in no data it does not show: it fetches
 * no data file and loads no other page's JS chunk (where VitePress puts a page's component data).
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type PageWeight, weighPage } from '../../scripts/browser/page-weight.ts'
import { pageChunkOfUrl } from '../../scripts/browser/site-pages.ts'
import { budgetFor } from './budgets.ts'
import { connectBrowser, newContext, PAGES, SITE_URL, urlOf, WIDTHS } from './session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const weights = new Map<string, Promise<PageWeight>>()
/** Each page is loaded once; both tests read the same measurement. */
function weigh(route: string): Promise<PageWeight> {
  let w = weights.get(route)
  if (!w) {
    w = (async () => {
      const context = await newContext(browser, WIDTHS.desktop)
      try {
        return await weighPage(await context.newPage(), urlOf(route))
      } finally {
        await context.close()
      }
    })()
    weights.set(route, w)
  }
  return w
}
const path = (url: string) => url.replace(SITE_URL, '')

describe.concurrent.each(PAGES)('page $route', ({ route, chunk }) => {
  it('stays within its budget for JS, CSS and fonts (gzip bytes)', async () => {
    const w = await weigh(route)
    expect(w.status).toBe(200)
    const budget = budgetFor(route)
    const own = w.loaded.filter((l) => !l.prefetch)
    const list = (kind: string) => own.filter((l) => l.kind === kind).map((l) => `${path(l.url)} ${l.gzip}`).join(', ')
    expect(w.bytes.js.gzip, `JS gzip bytes: ${list('js')}`).toBeLessThanOrEqual(budget.js)
    expect(w.bytes.css.gzip, `CSS gzip bytes: ${list('css')}`).toBeLessThanOrEqual(budget.css)
    expect(w.bytes.font.gzip, `font gzip bytes: ${list('font')}`).toBeLessThanOrEqual(budget.font)
  })

  it('loads no data file and no other page\'s chunk, not even by prefetching', async () => {
    const w = await weigh(route)
    // The config turns VitePress's link prefetch off: other pages' chunks carry their data.
    expect(w.loaded.filter((l) => l.prefetch).map((l) => path(l.url)), 'prefetched files').toEqual([])
    const own = w.loaded
    // A file under /data/ (the page /data/ itself is the folder's index, not a data file).
    const dataFiles = own.filter((l) => /^\/data\/.+/.test(new URL(l.url).pathname)).map((l) => path(l.url))
    expect(dataFiles, 'data files fetched while the page loads').toEqual([])
    const js = own.filter((l) => l.kind === 'js')
    expect(js.some((l) => pageChunkOfUrl(l.url) === chunk), `the page's own chunk (${chunk}) among ${js.map((l) => path(l.url)).join(', ')}`).toBe(true)
    const foreign = js.filter((l) => {
      const of = pageChunkOfUrl(l.url)
      return of !== undefined && of !== chunk
    })
    expect(foreign.map((l) => path(l.url)), 'other pages\' chunks loaded by this page').toEqual([])
    // Anything else must be a shared chunk: the app entry or assets/chunks/*.
    const unknown = js.filter((l) => pageChunkOfUrl(l.url) === undefined && !/^\/assets\/(app\.[\w-]+\.js|chunks\/)/.test(new URL(l.url).pathname))
    expect(unknown.map((l) => path(l.url)), 'JS that is neither this page\'s chunk nor a shared chunk').toEqual([])
  })
})
