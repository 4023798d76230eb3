/**
 * axe-core (WCAG 2.0/2.1 A and AA rules, and landmark-unique: tests/browser/axe.ts) on every page,
 * light and dark, desktop and mobile width: 0 violations. A failure names each rule, what to fix and
 * the elements that break it.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeFor, axeReport } from './axe.ts'
import { connectBrowser, newContext, PAGES, type Theme, urlOf, waitForPage, WIDTHS } from './session.ts'

const THEMES: Theme[] = ['light', 'dark']
const ROUTES = [...PAGES.map((p) => p.route), '/findes-ikke-denne-side']

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

// Concurrent: several pages at a time in the one browser.
describe.concurrent.each(ROUTES)('axe on %s', (route) => {
  const cases = THEMES.flatMap((theme) => Object.entries(WIDTHS).map(([name, width]) => [`${theme} mode, ${name} (${width} px)`, theme, width] as const))
  it.each(cases)(
    '%s: 0 violations',
    async (_label, theme, width) => {
      const context = await newContext(browser, width, theme)
      try {
        const page = await context.newPage()
        await page.goto(urlOf(route))
        await waitForPage(page)
        expect(await page.evaluate(() => document.documentElement.classList.contains('dark')), 'html.dark follows the stored appearance').toBe(theme === 'dark')
        const report = axeReport(await axeFor(page).analyze())
        expect(report, `axe violations on ${route} (${theme}, ${width} px)`).toEqual([])
      } finally {
        await context.close()
      }
    },
    // axe takes 10 s or more on the long data pages, and pages run side by side on a small CI machine.
    180_000,
  )
})
