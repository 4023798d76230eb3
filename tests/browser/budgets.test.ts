/**
 * Budgets as tests (bytes are deterministic): per page, the gzip size of what a first visit loads
 * stays within tests/browser/budgets.ts; a page without an island loads no JavaScript file; no
 * page fetches a data file while it loads.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEARCH_ROUTES } from '../../.vitepress/pages.ts'
import { type PageWeight, weighPage } from '../../scripts/browser/page-weight.ts'
import { BUDGET } from './budgets.ts'
import { connectBrowser, newContext, PAGES, SITE_URL, urlOf, WIDTHS } from './session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const path = (url: string) => url.replace(SITE_URL, '')

describe.concurrent.each(PAGES)('page $route', ({ route }) => {
  it('stays within its budget: JS files only with an island, first visit ≤ 60 kB, CSS ≤ 15 kB (gzip bytes)', async () => {
    const context = await newContext(browser, WIDTHS.mobile)
    let w: PageWeight
    let islands: number
    try {
      const page = await context.newPage()
      w = await weighPage(page, urlOf(route))
      islands = await page.$$eval('[data-island]', (els) => els.length)
    } finally {
      await context.close()
    }
    expect(w.status).toBe(200)
    const list = (kind?: string) => w.loaded.filter((l) => !kind || l.kind === kind).map((l) => `${path(l.url)} ${l.gzip}`).join(', ')
    if (!islands && !Object.values(SEARCH_ROUTES).includes(route)) expect(w.bytes.js.gzip, `JS files on a page without an island: ${list('js')}`).toBe(BUDGET.jsWithoutIsland)
    const total = Object.values(w.bytes).reduce((s, b) => s + b.gzip, 0)
    expect(total, `first visit, gzip bytes: ${list()}`).toBeLessThanOrEqual(BUDGET.firstVisit)
    expect(w.bytes.css.gzip, `CSS gzip bytes: ${list('css')}`).toBeLessThanOrEqual(BUDGET.css)
    expect(w.bytes.font.gzip, `font gzip bytes: ${list('font')}`).toBe(BUDGET.font)
    const dataFiles = w.loaded.filter((l) => /^\/data\/./.test(new URL(l.url).pathname) && l.kind !== 'html').map((l) => path(l.url))
    expect(dataFiles, 'data files fetched while the page loads').toEqual([])
  })
})
