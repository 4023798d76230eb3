/**
 * Nothing jumps while a page loads (Lighthouse's cumulative layout shift, and what a reader sees as
 * a jump): on every page, at both widths, the layout shifts the browser reports before any input
 * add up to less than MAX_SHIFT. The search pages draw something late (Pagefind's search box), so
 * the test waits for it there; everywhere it waits for the islands and the fonts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEARCH_ROUTES } from '../../.vitepress/pages.ts'
import { connectBrowser, newContext, PAGES, pagePool, urlOf, waitForPage, WIDTHS } from './session.ts'

interface Shift { value: number; sources: string[] }
declare global {
  interface Window { __shifts?: Shift[] }
}

/** Records every layout shift not caused by input, with the elements that moved (tag#id.class). */
const RECORD_SHIFTS = () => {
  window.__shifts = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
      if (e.hadRecentInput) continue
      const name = (n?: Node) => (n instanceof Element ? `${n.localName}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}` : String(n?.nodeName))
      window.__shifts!.push({ value: e.value, sources: e.sources.map((s) => name(s.node)) })
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

let browser: Browser
const pools = new Map<number, ReturnType<typeof pagePool>>()
const poolFor = (width: number) => {
  let pool = pools.get(width)
  if (!pool) {
    let context: Promise<BrowserContext> | undefined
    const make = async () => {
      const c = await newContext(browser, width)
      await c.addInitScript(RECORD_SHIFTS)
      return c
    }
    pool = pagePool(async () => (await (context ??= make())).newPage())
    pools.set(width, pool)
  }
  return pool
}
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await Promise.all([...pools.values()].map((p) => p.close()))
  await browser?.close()
})

/**
 * The search box used to push the lists below it down by 0,02 (1280 px) to 0,05 (375 px). Under
 * heavy load (a full test run beside a build) the browser also reports small moves of the header's
 * tools or of a line of text, up to 0,007, which a reader does not see as a jump; 0,01 leaves room
 * for them and catches the kind of jump the search box made.
 */
const MAX_SHIFT = 0.01
const SEARCH = new Set(Object.values(SEARCH_ROUTES))
const CASES = PAGES.flatMap(({ route }) => Object.entries(WIDTHS).map(([name, width]) => ({ route, width, label: `${name} (${width} px)` })))

describe.concurrent.each(CASES)('$route, $label', ({ route, width }) => {
  it(`does not jump as it loads (the layout shifts before any input add up to less than ${MAX_SHIFT})`, async () => {
    const pool = poolFor(width)
    const page: Page = await pool.take()
    try {
      await page.goto(urlOf(route))
      await waitForPage(page)
      if (SEARCH.has(route)) await page.locator('.pagefind-ui__search-input').waitFor({ timeout: 15_000 })
      await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))))
      const shifts = await page.evaluate(() => window.__shifts ?? [])
      const total = shifts.reduce((s, x) => s + x.value, 0)
      expect(total, `layout shifts: ${shifts.map((s) => `${s.value.toFixed(4)} (${s.sources.join(', ')})`).join('; ')}`).toBeLessThan(MAX_SHIFT)
    } finally {
      pool.give(page)
    }
  })
})
