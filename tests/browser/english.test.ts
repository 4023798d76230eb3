/**
 * The English edition in a browser (issue 23): the English search page searches the English pages
 * only (Pagefind indexes each language from <html lang>), the Danish one the Danish pages; and the
 * language switch leads to the twin, without JavaScript, both ways.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EN_PAGES, SEARCH_ROUTES } from '../../.vitepress/pages.ts'
import { connectBrowser, newContext, recordProblems, urlOf, waitForPage, WIDTHS } from './session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function searchHits(route: string, term: string): Promise<string[]> {
  const context = await newContext(browser, WIDTHS.desktop)
  try {
    const page = await context.newPage()
    const problems = recordProblems(page)
    await page.goto(urlOf(`${route}?q=${encodeURIComponent(term)}`))
    await waitForPage(page)
    const hits = page.locator('.pagefind-ui__result-link')
    await hits.first().waitFor({ timeout: 15_000 })
    expect(problems).toEqual([])
    return await hits.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
  } finally {
    await context.close()
  }
}

describe.concurrent('search per language', () => {
  it('the English search page finds English pages only ("security consultants")', async () => {
    const hits = await searchHits(SEARCH_ROUTES.en, 'security consultants')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.filter((h) => !h.startsWith('/en/')), 'Danish pages among the English hits').toEqual([])
  })
  it('the Danish search page finds Danish pages only ("sikkerhedskonsulenter")', async () => {
    const hits = await searchHits(SEARCH_ROUTES.da, 'sikkerhedskonsulenter')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.filter((h) => h.startsWith('/en/')), 'English pages among the Danish hits').toEqual([])
  })
})

describe.concurrent('the language switch, without JavaScript', () => {
  it.each(EN_PAGES.filter((p) => !p.route.includes('[')).map((p) => [p.route, p.twin!]))('%s ↔ %s', async (route, twin) => {
    const context = await newContext(browser, WIDTHS.mobile, 'light', { javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(urlOf(twin))
      await page.locator('header a.lang-switch').click()
      await page.waitForURL((u) => u.pathname === route)
      expect(await page.getAttribute('html', 'lang')).toBe('en')
      await page.locator('header a.lang-switch').click()
      await page.waitForURL((u) => u.pathname === twin)
      expect(await page.getAttribute('html', 'lang')).toBe('da-DK')
    } finally {
      await context.close()
    }
  })
})
