/**
 * Accessibility on every page and the 404 page, light and dark mode, desktop and mobile width. Each
 * page is loaded once per mode and width (into a reused browser page: tests/browser/session.ts's
 * pagePool), and on that load, in this order:
 * - axe-core (WCAG 2.0/2.1 A and AA rules, and landmark-unique: tests/browser/axe.ts) on the page as
 *   it loads: 0 violations;
 * - HTML_CodeSniffer (WCAG2AA) on the same load, and IBM's Equal Access engine (WCAG_2_2) on one page
 *   of each kind (tests/browser/engines.ts, session.ts's PAGE_KINDS): 0 errors, 0 violations;
 * - at desktop width, the contrast of the charts' SVG text, which axe does not check: each text's
 *   computed fill against what it is drawn on (its square or bar, else the page), at least 4.5:1;
 * - every disclosure (<details>) opened and every popover shown, axe again on what that reveals
 *   (quotes, the tables of a chart's numbers), so text that is hidden at first is checked too.
 * A failure names the page, mode and width, each rule, what to fix and the elements that break it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeReport, runAxe } from './axe.ts'
import { htmlcsErrors, ibmFindings } from './engines.ts'
import { svgTextContrast } from './svg-contrast.ts'
import { connectBrowser, newContext, NOT_FOUND_ROUTES, PAGE_KINDS, PAGES, pagePool, type Theme, urlOf, waitForPage, WIDTHS } from './session.ts'

const THEMES: Theme[] = ['light', 'dark']
const ROUTES = [...PAGES.map((p) => p.route), ...Object.values(NOT_FOUND_ROUTES)]
/** Chart text contrast is checked at this width (the charts scale; their colours do not change). */
const CONTRAST_WIDTH = WIDTHS.desktop

let browser: Browser
/** One pool of pages per mode and width (each pool's pages share one context). */
const pools = new Map<string, ReturnType<typeof pagePool>>()
const poolFor = (theme: Theme, width: number) => {
  const key = `${theme} ${width}`
  let pool = pools.get(key)
  if (!pool) {
    let context: Promise<BrowserContext> | undefined
    pool = pagePool(async () => (await (context ??= newContext(browser, width, theme))).newPage())
    pools.set(key, pool)
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

/** Opens every <details> and shows every popover; returns how many of each. */
async function openEverything(page: Page): Promise<{ details: number; popovers: number }> {
  return page.evaluate(() => {
    const details = [...document.querySelectorAll('details')]
    for (const d of details) d.open = true
    const popovers = [...document.querySelectorAll<HTMLElement>('[popover]')]
    for (const p of popovers) if (!p.matches(':popover-open')) p.showPopover()
    return { details: details.length, popovers: popovers.length }
  })
}

const CASES = ROUTES.flatMap((route) =>
  THEMES.flatMap((theme) => Object.entries(WIDTHS).map(([name, width]) => ({ route, theme, width, label: `${theme} mode, ${name} (${width} px)` }))),
)

// Suites run side by side (several pages at a time in the one browser); the steps of one suite run in
// order on its one page, since opening every disclosure changes the page the steps before it check.
describe.concurrent.each(CASES)('$route, $label', ({ route, theme, width, label }) => {
  let page: Page
  beforeAll(async () => {
    page = await poolFor(theme, width).take()
    await page.goto(urlOf(route))
    await waitForPage(page)
  })
  afterAll(() => {
    if (page) poolFor(theme, width).give(page)
  })

  // axe takes 10 s or more on the long data pages when pages run side by side on a small CI machine.
  it.sequential('as it loads: axe finds 0 violations', async () => {
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark')), 'html.dark follows the stored appearance').toBe(theme === 'dark')
    expect(axeReport(await runAxe(page)), `axe violations on ${route} (${label})`).toEqual([])
  }, 180_000)

  // Two more engines on the same load (tests/browser/engines.ts): they catch what axe does not.
  it.sequential('as it loads: HTML_CodeSniffer (WCAG2AA) finds 0 errors', async () => {
    expect(await htmlcsErrors(page), `HTML_CodeSniffer errors on ${route} (${label})`).toEqual([])
  }, 180_000)

  // IBM's engine costs seconds a page (most on /data/'s long tables), so it checks one page of each kind.
  if (PAGE_KINDS.includes(route)) {
    it.sequential('as it loads: IBM Equal Access (WCAG_2_2) finds 0 violations', async () => {
      const { violations } = await ibmFindings(page)
      expect(violations.map((v) => `${v.rule}: ${v.message} — ${v.where}`), `IBM Equal Access violations on ${route} (${label})`).toEqual([])
    }, 600_000)
  }

  if (width === CONTRAST_WIDTH) {
    it.sequential('every chart text has a contrast of at least 4.5:1 against what it is drawn on', async () => {
      const low = (await svgTextContrast(page)).filter((t) => !(t.ratio >= 4.5)).map((t) => `${t.chart}: "${t.text}" ${t.fill} on ${t.background} = ${t.ratio}:1`)
      expect(low, `SVG text below 4.5:1 on ${route} (${label})`).toEqual([])
    })
  }

  it.sequential('every disclosure open and popover shown: axe finds 0 violations in what that reveals', async () => {
    const opened = await openEverything(page)
    // The page as it loads is the first step's; here axe checks what opening revealed.
    const include = [...(opened.details ? ['details'] : []), ...(opened.popovers ? ['[popover]'] : [])]
    if (!include.length) return
    expect(axeReport(await runAxe(page, include)), `axe violations on ${route} (${label}) with everything opened`).toEqual([])
  }, 180_000)
})

it('finds chart text to check and disclosures to open (the checks above see what they check)', async () => {
  const context = await newContext(browser, CONTRAST_WIDTH, 'light')
  try {
    const page = await context.newPage()
    await page.goto(urlOf('/koebenhavn-2017-18'))
    await waitForPage(page)
    expect((await svgTextContrast(page)).length).toBeGreaterThan(10)
    const opened = await openEverything(page)
    expect(opened.details).toBeGreaterThan(0)
  } finally {
    await context.close()
  }
})
