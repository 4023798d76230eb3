/**
 * Search for a kommune or a region lands on its answer first: "Vejle" on Vejle Kommune's page
 * (not on "vejledningsindsats"), "Region Syddanmark" on the region's page. Asked of the built
 * Pagefind index directly, and through the search page a reader uses.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEARCH_ROUTE } from '../../.vitepress/search-ui.ts'
import { connectBrowser, newContext, urlOf, waitForPage, WIDTHS } from './session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const CASES: [string, string, string][] = [
  ['Vejle', '/kommuner/vejle', 'Vejle Kommune'],
  ['Tønder', '/kommuner/toender', 'Tønder Kommune'],
  ['Region Syddanmark', '/regioner/syddanmark', 'Region Syddanmark'],
  ['Bornholm', '/kommuner/bornholm', 'Bornholms Regionskommune'],
  // Typed without Danish letters.
  ['tonder', '/kommuner/toender', 'Tønder Kommune'],
  ['toender', '/kommuner/toender', 'Tønder Kommune'],
  ['aeroe', '/kommuner/aeroe', 'Ærø Kommune'],
  ['Kobenhavn', '/kommuner/koebenhavn', 'Københavns Kommune'],
]

// Each case opens its own context, so they run side by side.
describe.concurrent('search for a kommune or a region', () => {
  it.each(CASES)('"%s": the index ranks %s first', async (term, route) => {
    const context = await newContext(browser, WIDTHS.desktop)
    try {
      const page = await context.newPage()
      await page.goto(urlOf(SEARCH_ROUTE))
      const urls = await page.evaluate(async (q) => {
        // Through Function: a literal import() here would be rewritten by Vitest's transform.
        const load = new Function('u', 'return import(u)') as (u: string) => Promise<unknown>
        const pf = (await load('/pagefind/pagefind.js')) as { search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] } | null> }
        const found = await pf.search(q)
        return Promise.all((found?.results ?? []).slice(0, 3).map(async (r) => (await r.data()).url))
      }, term)
      expect(urls[0]?.replace(/\.html$/, ''), `top hits: ${urls.join(', ')}`).toBe(route)
    } finally {
      await context.close()
    }
  })

  it.each(CASES)('"%s": the search page\'s first hit opens %s, headed %s', async (term, route, heading) => {
    const context = await newContext(browser, WIDTHS.mobile)
    try {
      const page = await context.newPage()
      await page.goto(urlOf(`${SEARCH_ROUTE}?q=${encodeURIComponent(term)}`))
      const first = page.locator('.pagefind-ui__result-link').first()
      await first.waitFor({ timeout: 30_000 })
      expect(await first.getAttribute('href')).toBe(route)
      await Promise.all([page.waitForURL((u) => u.pathname === route), first.click()])
      await waitForPage(page)
      expect((await page.textContent('h1'))?.replace('\u200b', '').trim()).toBe(heading)
    } finally {
      await context.close()
    }
  })
})
