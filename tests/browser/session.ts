/**
 * What every browser test file shares: the served site, the one Chromium (connected to, not
 * launched again) and a recorder of everything a page complains about.
 */
import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { newSiteContext, type Theme, waitForIslands } from '../../scripts/browser/chromium.ts'
import { representativePages, sitePages } from '../../scripts/browser/site-pages.ts'

export const SITE_URL = inject('siteUrl')
/** The served copy of the built site. */
export const DIST_DIR = inject('distDir')
/** Every normal page of the built site (404.html has its own tests). */
export const ALL_PAGES = sitePages(DIST_DIR)
/** What per-page tests visit: every page, but of a dynamic route (one per kommune) only the first and last. */
export const PAGES = representativePages(ALL_PAGES)
export const urlOf = (route: string) => SITE_URL + route

export type { Theme }
export const WIDTHS = { desktop: 1280, mobile: 375 } as const

export const connectBrowser = (): Promise<Browser> => chromium.connect(inject('browserWsEndpoint'))

/** A fresh context at `width`, in light or dark mode (set before any page script runs). */
export const newContext = newSiteContext

/** Console errors and warnings, uncaught errors and failed requests of one page, as readable lines. */
export function recordProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') {
      const at = m.location().url ? ` (${m.location().url}:${m.location().lineNumber})` : ''
      problems.push(`console.${m.type()}: ${m.text()}${at}`)
    }
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`))
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`)
  })
  return problems
}

/**
 * Resolves when the page has loaded and its islands (if any) are mounted; with `settle`, also when
 * the network has been quiet for 500 ms (late scripts, late errors).
 */
export async function waitForPage(page: Page, settle = false): Promise<void> {
  await waitForIslands(page)
  if (settle) await page.waitForLoadState('networkidle')
  // Two frames, so watchers and onMounted hooks that run after mount have run too.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))))
}
