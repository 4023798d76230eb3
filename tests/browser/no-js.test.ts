/**
 * The site with JavaScript off (a browser context with `javaScriptEnabled: false`), at 375 px:
 * every page reaches every other through the menu (a <details>), sources open, chart tables open
 * and downloads answer, the help directory lists every offer, and the search page lists every page
 * and the glossary.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { langOfEntry, langOfRoute, SEARCH_ROUTES, SITE_PAGES } from '../../.vitepress/pages.ts'
import type { Lang } from '../../scripts/format/locale.ts'
import { UI } from '../../scripts/site/ui.ts'
import { SEARCH_ROUTE } from '../../.vitepress/search-ui.ts'
import { loadData } from '../../scripts/data/load-data.ts'
import { hjaelpView } from '../../scripts/site/views/hjaelp.ts'
import { connectBrowser, newContext, PAGES, pagePool, SITE_URL, urlOf, WIDTHS } from './session.ts'

let browser: Browser
/** Pages in one light-mode context at 375 px with JavaScript off, reused from test to test (session.ts's pagePool). */
let noJs: Promise<BrowserContext> | undefined
const pool = pagePool(async () => (await (noJs ??= newContext(browser, WIDTHS.mobile, 'light', { javaScriptEnabled: false }))).newPage())
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await pool.close()
  await browser?.close()
})

async function withoutJs<T>(run: (page: Page) => Promise<T>): Promise<T> {
  const page = await pool.take()
  try {
    return await run(page)
  } finally {
    pool.give(page)
  }
}

// Each language has its own menu (the English pages' in English) and search page.
const MENU_ROUTES_OF = (lang: Lang) => SITE_PAGES.filter((p) => p.nav && langOfEntry(p) === lang && !p.route.includes('[')).map((p) => p.route)
const routes = PAGES.map((p) => p.route)

// Each page follows a link to another page of its own language (the menu's, or the search page from the header).
const linkedOf = (lang: Lang) => [...MENU_ROUTES_OF(lang), SEARCH_ROUTES[lang]]
const nextOf = (route: string, i: number) => {
  const linked = linkedOf(langOfRoute(route))
  return linked[(linked.indexOf(route) + 1) % linked.length] ?? linked[i % linked.length]!
}
describe.concurrent.each(PAGES.map((p, i) => ({ route: p.route, next: nextOf(p.route, i)!, lang: langOfRoute(p.route) })))('without JavaScript, $route', ({ route, next, lang }) => {
  const MENU_ROUTES = MENU_ROUTES_OF(lang)
  const SEARCH_ROUTE = SEARCH_ROUTES[lang]
  it('opens the menu, which links to every page, and a link leads to the next page', () =>
    withoutJs(async (page) => {
      expect((await page.goto(urlOf(route)))?.status()).toBe(200)
      const menu = page.locator('header details.menu')
      // Closed, none of the menu's links shows (at 375 px the sidebar is the menu).
      const nav = page.locator(`nav[aria-label="${UI[lang].mainMenu}"]`)
      const visibleLinks = () => nav.locator('a').evaluateAll((as) => as.filter((a) => a.getBoundingClientRect().height > 0).map((a) => a.getAttribute('href')))
      expect(await visibleLinks(), 'menu links while closed').toEqual([])
      await menu.locator('summary').click()
      expect(await menu.evaluate((d: HTMLDetailsElement) => d.open), 'the menu opened').toBe(true)
      expect(await visibleLinks(), 'visible menu links').toEqual(MENU_ROUTES)
      expect(await page.locator('header a.search-link').getAttribute('href'), 'search link').toBe(SEARCH_ROUTE)
      // A page outside the menu (the search page) is linked from the header instead.
      const target = MENU_ROUTES.includes(next) ? nav.locator(`a[href="${next}"]`) : page.locator(`header a[href="${next}"]`)
      await target.click()
      await page.waitForURL((u) => u.pathname === next)
      expect(await page.locator('main h1').count(), `arrived at ${next}`).toBe(1)
    }))
})

describe('without JavaScript', () => {
  it('a cited passage opens and shows its whole quote', () =>
    withoutJs(async (page) => {
      await page.goto(urlOf('/koebenhavn-2017-18'))
      const passage = page.locator('.NskPageSources details.passage').first()
      await passage.locator('summary').click()
      expect(await passage.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true)
      const quote = passage.locator('q').first()
      expect(await quote.isVisible()).toBe(true)
      // Open, the passage is no longer clamped to one line.
      expect(await passage.locator('.clip').evaluate((c) => c.scrollHeight <= c.clientHeight + 1)).toBe(true)
      expect((await quote.innerText()).trim().length).toBeGreaterThan(10)
    }))

  it('every chart\'s table opens, and its CSV download answers', () =>
    withoutJs(async (page) => {
      let charts = 0
      for (const route of routes) {
        await page.goto(urlOf(route))
        for (const figure of await page.locator('.vp-doc details.numbers').all()) {
          await figure.locator('summary').click()
          expect(await figure.locator('table').isVisible(), `chart table on ${route}`).toBe(true)
          charts++
        }
        for (const href of await page.locator('.vp-doc a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
          const response = await fetch(SITE_URL + href)
          expect(response.status, `${href} on ${route}`).toBe(200)
          expect((await response.text()).length, `${href} is not empty`).toBeGreaterThan(10)
        }
      }
      expect(charts, 'charts with a table').toBeGreaterThan(3)
    }))

  it('the help directory lists every offer, with no filter controls', () =>
    withoutJs(async (page) => {
      await page.goto(urlOf('/hjaelp'))
      const expected = hjaelpView(loadData()).entries.map((e) => e.name)
      const shown = await page.locator('.NskDirectory .entry .name').evaluateAll((hs) => hs.filter((h) => h.getBoundingClientRect().height > 0).map((h) => h.textContent!.trim()))
      expect(shown).toEqual(expected)
      // Grouped: each offer under a heading naming the need it mainly meets, the groups in the filter's order.
      const grouped = await page.locator('.NskDirectory .entry').evaluateAll((els) =>
        els.map((e) => ({ name: e.querySelector('.name')!.textContent!.trim(), group: e.closest('section.group')?.querySelector('h3')?.textContent ?? '' })),
      )
      const view = hjaelpView(loadData())
      for (const [k, e] of view.entries.entries()) expect(grouped[k]?.group, `${e.name} stands under its need`).toContain(e.needLabel)
      const headings = await page.locator('.NskDirectory section.group > h3 .group-label').allTextContents()
      expect(headings).toEqual(Object.values(view.needs).filter((label) => view.entries.some((e) => e.needLabel === label)))
      expect(await page.locator('.NskDirectory form').count(), 'filters need JavaScript and are not shown').toBe(0)
    }))

  it('the search page lists every page and every term of the glossary', () =>
    withoutJs(async (page) => {
      await page.goto(urlOf(SEARCH_ROUTE))
      const hrefs = await page.locator('.vp-doc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))
      // Every page of its own; the pages of a dynamic route (each kommune) are listed on their index page.
      for (const r of SITE_PAGES.filter((p) => langOfEntry(p) === 'da').map((p) => p.route).filter((r) => r !== SEARCH_ROUTE && !r.includes('['))) expect(hrefs, `link to ${r}`).toContain(r)
      const terms = hrefs.filter((h) => h.startsWith('/ordliste#'))
      expect(terms.length, 'glossary terms listed').toBe(loadData().terms.length)
    }))

  it('the appearance switch, which needs JavaScript, is hidden; the system setting gives dark mode', async () => {
    const context = await newContext(browser, WIDTHS.mobile, 'dark', { javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      await page.goto(urlOf('/'))
      expect(await page.locator('#nsk-appearance').isVisible()).toBe(false)
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      expect(bg, 'body background in dark mode').toBe('rgb(27, 27, 31)')
    } finally {
      await context.close()
    }
  })
})
