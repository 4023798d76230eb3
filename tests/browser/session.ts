/**
 * What every browser test file shares: the served site, the one Chromium (connected to, not
 * launched again), a recorder of everything a page complains about, and a pool of pages to reuse.
 */
import { chromium, type Browser, type ConsoleMessage, type Page, type Request, type Response } from 'playwright-core'
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
/** Addresses that answer with each language's 404 page (the host's rules send unknown /en/… addresses to the English one). */
export const NOT_FOUND_ROUTES = { da: '/findes-ikke-denne-side', en: '/en/no-such-page' } as const
/** The address that answers with the Danish 404 page. */
export const NOT_FOUND_ROUTE = NOT_FOUND_ROUTES.da
/**
 * One page of each kind (issue 22): a results page with charts, citation marks and sources, the help
 * directory, the kommune finder, a kommune page, a region page, search, data, and the 404 page.
 * For checks too costly for every page.
 */
export const PAGE_KINDS: string[] = (() => {
  const routes = PAGES.map((p) => p.route)
  const firstUnder = (prefix: string) => {
    const r = routes.find((x) => x.startsWith(prefix) && x !== prefix)
    if (!r) throw new Error(`no page under ${prefix}`)
    return r
  }
  return ['/', '/koebenhavn-2017-18', '/hjaelp', '/kommuner/', firstUnder('/kommuner/'), firstUnder('/regioner/'), '/sog', '/data/', NOT_FOUND_ROUTE]
})()

export type { Theme }
export const WIDTHS = { desktop: 1280, mobile: 375 } as const

export const connectBrowser = (): Promise<Browser> => chromium.connect(inject('browserWsEndpoint'))

/** A fresh context at `width`, in light or dark mode (set before any page script runs). */
export const newContext = newSiteContext

/**
 * Console errors and warnings, uncaught errors and failed requests of one page, as readable lines,
 * from now until `stop()`. A request that the browser aborts because the page has since started
 * loading another address (a search hit clicked while the search page's icon was still loading)
 * is not a fault of either page.
 */
export function watchProblems(page: Page): { problems: string[]; stop(): void } {
  const problems: string[] = []
  // Which of the page's navigations each request belongs to (the latest when it was made).
  let navigations = 0
  const madeOn = new WeakMap<Request, number>()
  const onRequest = (r: Request) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations++
    madeOn.set(r, navigations)
  }
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') {
      const at = m.location().url ? ` (${m.location().url}:${m.location().lineNumber})` : ''
      problems.push(`console.${m.type()}: ${m.text()}${at}`)
    }
  }
  const onPageError = (e: Error) => problems.push(`page error: ${e.message}`)
  const onRequestFailed = (r: Request) => {
    const left = r.failure()?.errorText === 'net::ERR_ABORTED' && (madeOn.get(r) ?? navigations) < navigations
    if (!left) problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`)
  }
  const onResponse = (r: Response) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`)
  }
  page.on('request', onRequest)
  page.on('console', onConsole)
  page.on('pageerror', onPageError)
  page.on('requestfailed', onRequestFailed)
  page.on('response', onResponse)
  return {
    problems,
    stop() {
      page.off('request', onRequest)
      page.off('console', onConsole)
      page.off('pageerror', onPageError)
      page.off('requestfailed', onRequestFailed)
      page.off('response', onResponse)
    },
  }
}

/** What `page` complains about from now on (see watchProblems), for as long as the page lives. */
export const recordProblems = (page: Page): string[] => watchProblems(page).problems

/**
 * Pages to reuse: a test borrows one, loads its route in it (a new document, in the renderer the
 * page already has) and gives it back. Creating a page costs more CPU than loading or auditing one
 * (a renderer process starts, and Playwright sets it up), and the site is the same origin
 * throughout, so a test file makes as many pages as it runs tests at once, not one per test.
 * A pooled page's HTTP cache is off, so every load fetches what a first visit fetches (and every
 * response is seen); what it carries from its last route is its history and its renderer process.
 */
export function pagePool(make: () => Promise<Page>) {
  const idle: Page[] = []
  const made: Page[] = []
  return {
    async take(): Promise<Page> {
      for (let page = idle.pop(); page; page = idle.pop()) if (!page.isClosed()) return page
      const fresh = await make()
      made.push(fresh)
      const cdp = await fresh.context().newCDPSession(fresh)
      await cdp.send('Network.enable')
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
      return fresh
    },
    give(page: Page): void {
      idle.push(page)
    },
    async close(): Promise<void> {
      await Promise.all([...new Set(made.map((p) => p.context()))].map((c) => c.close()))
    },
  }
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
