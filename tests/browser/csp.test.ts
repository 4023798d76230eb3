/**
 * The site under the headers it ships (`_headers`, applied by the test server as the host does):
 * on every page Chromium reports no Content-Security-Policy violation, islands hydrate and search
 * runs Pagefind's WebAssembly; a script the site did not write is refused (so the policy is really
 * in force); pages refuse to be framed by another site.
 */
import { readdirSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEARCH_ROUTE } from '../../.vitepress/search-ui.ts'
import { EMBED_DIR } from '../../scripts/site/links.ts'
import { ALL_PAGES, DIST_DIR, connectBrowser, newContext, SITE_URL, urlOf, waitForPage, WIDTHS } from './session.ts'

/** The charts' embed pages (/indlejring/<id>), which other sites may frame. */
const EMBEDS = readdirSync(join(DIST_DIR, EMBED_DIR)).map((f) => `/${EMBED_DIR}/${f.replace(/\.html$/, '')}`)

let browser: Browser
let context: BrowserContext
beforeAll(async () => {
  browser = await connectBrowser()
  context = await newContext(browser, WIDTHS.desktop)
  // Runs before the page's own scripts, outside the page's policy (Playwright adds it through DevTools).
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = [])
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`))
  })
})
afterAll(async () => {
  await context?.close()
  await browser?.close()
})

const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)

/** Loads `route`, waits for its islands (with `settle`, also a quiet network); returns its violations and console complaints. */
async function visit(page: Page, route: string, settle = false) {
  const complaints: string[] = []
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() === 'error' || m.type() === 'warning') complaints.push(m.text())
  }
  page.on('console', onConsole)
  const response = await page.goto(urlOf(route))
  await waitForPage(page, settle)
  page.off('console', onConsole)
  return { response, violations: await violations(page), complaints }
}

describe('Content-Security-Policy from _headers', () => {
  it('every page loads with the policy in force and no violation', async () => {
    const routes = [...ALL_PAGES.map((p) => p.route), ...EMBEDS, '/findes-ikke', '/en/findes-ikke']
    const failures: string[] = []
    const pages = await Promise.all([1, 2, 3].map(() => context.newPage()))
    let next = 0
    await Promise.all(
      pages.map(async (page) => {
        for (let i = next++; i < routes.length; i = next++) {
          const route = routes[i]!
          // The search page waits for a quiet network: Pagefind loads its index and WebAssembly after load.
          const { response, violations, complaints } = await visit(page, route, route === SEARCH_ROUTE)
          const csp = response?.headers()['content-security-policy'] ?? ''
          if (!/script-src 'self' 'sha256-/.test(csp)) failures.push(`${route}: no Content-Security-Policy with hashed scripts (${csp || 'none'})`)
          for (const v of violations) failures.push(`${route}: ${v}`)
          // The unknown address answers 404 (its page's own request is the one "failed" resource).
          for (const c of complaints) if (!(/\/findes-ikke$/.test(route) && /status of 404/.test(c))) failures.push(`${route}: console: ${c}`)
        }
        await page.close()
      }),
    )
    expect(routes.length).toBeGreaterThan(100)
    expect(failures).toEqual([])
  }, 300_000)

  it('the inline script ran under the policy (its hash matches), and a script the site did not write does not run', async () => {
    const page = await context.newPage()
    await visit(page, '/')
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true)
    await page.evaluate(() => {
      const s = document.createElement('script')
      s.textContent = 'window.__injected = true'
      document.head.append(s)
      document.body.setAttribute('style', 'outline: 1px solid red')
    })
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined()
    const seen = await violations(page)
    expect(seen.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true)
    expect(seen.some((v) => v.startsWith('style-src-attr blocked inline'))).toBe(true)
    await page.close()
  })

  it('search runs Pagefind (WebAssembly) under the policy and finds a page', async () => {
    const page = await context.newPage()
    const { violations: before } = await visit(page, `${SEARCH_ROUTE}?q=Danner`)
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 })
    expect(before).toEqual([])
    expect(await violations(page)).toEqual([])
    await page.close()
  })

  it('a page put in an iframe by another site is refused; the site sends nosniff and its referrer policy', async () => {
    const page = await context.newPage()
    const { frame, response, close } = await frameFromOtherSite(page, '/handlingsplan-2017-2020')
    try {
      expect(response.headers()['x-frame-options']).toBe('DENY')
      expect(response.headers()['x-content-type-options']).toBe('nosniff')
      expect(response.headers()['referrer-policy']).toBe('same-origin')
      expect(frame.url()).toBe('chrome-error://chromewebdata/')
    } finally {
      await close()
      await page.close()
    }
  })
})

describe('embed pages', () => {
  it('may be framed by another site, and show the chart there without a script', async () => {
    expect(EMBEDS.length).toBeGreaterThan(5)
    const page = await context.newPage()
    const { frame, response, close } = await frameFromOtherSite(page, EMBEDS[0]!)
    try {
      expect(response.headers()['x-frame-options']).toBeUndefined()
      expect(response.headers()['content-security-policy']).toMatch(/script-src 'self'/)
      expect(frame.url()).toBe(urlOf(EMBEDS[0]!))
      expect(await frame.locator('svg[role="img"]').count()).toBe(1)
      expect(await frame.locator('script').count()).toBe(0)
    } finally {
      await close()
      await page.close()
    }
  })
})

/**
 * Puts `route` in an iframe on a page of another origin: a second server on 127.0.0.1 with its
 * own port (both loopback, so Chromium's local-network checks let the request through and only
 * the site's own headers decide). Resolves once the frame has loaded or been refused.
 */
export async function frameFromOtherSite(page: Page, route: string) {
  const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="da"><title>Avis</title><iframe title="Figur" src="${urlOf(route)}"></iframe>`))
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const close = () => new Promise<void>((ok) => server.close(() => ok()))
  try {
    const responded = page.waitForResponse(urlOf(route))
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    const response = await responded
    await page.waitForLoadState('load')
    const frame = page.frames().find((f) => f !== page.mainFrame())
    if (!frame) throw new Error('the other site has no iframe')
    return { frame, response, close }
  } catch (e) {
    await close()
    throw e
  }
}
