/**
 * End to end, on every page of the built site: it loads cleanly, loads no JavaScript file unless
 * it holds an island (and then only the island's), islands hydrate without changing what the
 * server rendered, charts are in the HTML, it fits 320 px, and works by keyboard; search finds the
 * data's records; the 404 page is Danish.
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import config from '../../.vitepress/config.ts'
import { loadData } from '../../scripts/data/load-data.ts'
import { hydrationProbe, hydrationReport } from './hydration-probe.ts'
import { SEARCH_ROUTE } from '../../.vitepress/search-ui.ts'
import { langOfRoute, SEARCH_ROUTES } from '../../.vitepress/pages.ts'
import { UI } from '../../scripts/site/ui.ts'
import { connectBrowser, newContext, PAGES, pagePool, recordProblems, SITE_URL, urlOf, waitForPage, watchProblems, WIDTHS } from './session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Opens `route` in a fresh context; the caller gets the page and what it complained about. */
async function open(route: string, width: number = WIDTHS.desktop, { probe = false, settle = false } = {}) {
  const context = await newContext(browser, width)
  if (probe) await context.addInitScript(hydrationProbe)
  const page = await context.newPage()
  const problems = recordProblems(page)
  const response = await page.goto(urlOf(route))
  await waitForPage(page, settle)
  return { page, problems, status: response?.status(), close: () => context.close() }
}

/** The server's HTML, parsed by the browser without running it: `.vp-doc` text and SVGs. */
async function serverView(page: Page, html: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html')
    const content = doc.querySelector('.vp-doc')
    const texts: string[] = []
    if (content) {
      const walker = doc.createTreeWalker(content, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.trim()) texts.push(n.textContent)
    }
    return {
      texts,
      svgs: [...doc.querySelectorAll('.vp-doc svg')].map((s) => s.outerHTML),
      charts: doc.querySelectorAll('svg[role="img"]').length,
    }
  }, html)
}
const liveView = (page: Page) =>
  page.evaluate(() => ({
    text: document.querySelector('.vp-doc')?.textContent ?? '',
    svgs: [...document.querySelectorAll('.vp-doc svg')].map((s) => s.outerHTML),
    charts: document.querySelectorAll('svg[role="img"]').length,
  }))
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/**
 * The server's text nodes that are missing, in order, from the text after hydration. Client-only
 * additions (the directory's filter form) are allowed; changed or lost server text is not.
 */
function lostText(serverTexts: string[], liveText: string): string[] {
  const live = squash(liveText)
  const lost: string[] = []
  let at = 0
  for (const t of serverTexts.map(squash)) {
    const i = live.indexOf(t, at)
    if (i < 0) lost.push(`${t.slice(0, 80)} (after: ${JSON.stringify(live.slice(Math.max(0, at - 40), at + 40))})`)
    else at = i + t.length
  }
  return lost.slice(0, 10)
}

/** Pages at desktop width with the hydration probe, reused from route to route (session.ts's pagePool). */
let probed: Promise<BrowserContext> | undefined
const pool = pagePool(async () => {
  probed ??= newContext(browser, WIDTHS.desktop).then(async (c) => {
    await c.addInitScript(hydrationProbe)
    return c
  })
  return (await probed).newPage()
})
afterAll(() => pool.close())

// Pages run side by side (several at a time in the one browser; most of a page's checks is waiting).
// Each page is loaded once (with the hydration probe, recording every complaint and script, settled)
// for the read-only checks, which run first; the checks that press keys or need another width load
// it again, each into a new document.
describe.concurrent.each(PAGES)('page $route', ({ route }) => {
  let page: Page
  let watch: ReturnType<typeof watchProblems>
  let status: number | undefined
  const scripts: string[] = []
  const onResponse = (r: Response) => {
    if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  }
  beforeAll(async () => {
    page = await pool.take()
    // A pooled page may still be loading the last page's files (Pagefind on a search page); leave it
    // first, so their aborted requests are not counted against this page.
    await page.goto('about:blank')
    watch = watchProblems(page)
    page.on('response', onResponse)
    status = (await page.goto(urlOf(route)))?.status()
    await waitForPage(page, true)
    watch.stop()
    page.off('response', onResponse)
  })
  afterAll(async () => {
    if (!page) return
    await page.setViewportSize({ width: WIDTHS.desktop, height: 900 })
    pool.give(page)
  })
  /** Loads `route` again, into a new document, at `width`. */
  const reload = async (width: number = WIDTHS.desktop) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto(urlOf(route))
    await waitForPage(page)
    return page
  }
  /** The server's HTML for `route`, as the browser parses it without running it (fetched once). */
  let server: Promise<Awaited<ReturnType<typeof serverView>>> | undefined
  const serverHtml = () => (server ??= fetch(urlOf(route)).then((r) => r.text()).then((html) => serverView(page, html)))

  it.sequential('loads with 200, no console error or warning, no page error, no failed request', () => {
    expect(status).toBe(200)
    expect(watch.problems, 'what the page complained about').toEqual([])
  })

  it.sequential('loads no JavaScript file unless it holds an island, and then only its islands\' scripts', async () => {
    const islands = await page.$$eval('[data-island]', (els) => els.map((e) => e.getAttribute('data-island')))
    // The search page loads Pagefind's UI; an island page, the bundle under assets/islands/.
    const allowed = Object.values(SEARCH_ROUTES).includes(route) ? /^\/pagefind\// : islands.length ? /^\/assets\/islands\// : null
    const unexpected = scripts.filter((s) => !allowed || !allowed.test(s))
    expect(unexpected, `JavaScript files loaded by ${route} (islands: ${islands.join(', ') || 'none'})`).toEqual([])
    if (islands.length) expect(scripts.length, 'an island page loads its island').toBeGreaterThan(0)
  })

  it.sequential('hydrates its islands without a mismatch: server text kept, every SVG as the server rendered it, charts not re-rendered', async () => {
    const { problems } = watch
    const server = await serverHtml()
    const live = await liveView(page)
    const report = await page.evaluate(hydrationReport)
    expect(problems.filter((p) => /hydrat|mismatch/i.test(p)), 'Vue hydration messages').toEqual([])
    expect(server.texts.length, 'text in .vp-doc of the server HTML').toBeGreaterThan(0)
    expect(lostText(server.texts, live.text), 'server text of .vp-doc changed or lost after hydration').toEqual([])
    expect(live.svgs, 'SVG markup in .vp-doc after hydration').toEqual(server.svgs)
    expect(report.serverSvgs, 'server SVGs seen by the probe').toBe(server.svgs.length)
    expect(report.detached, 'server SVGs that the client replaced').toEqual([])
    expect(report.mutations, 'client-side changes inside server SVGs').toEqual([])
  })

  it.sequential('has every chart (svg role="img") in the HTML before JavaScript, and still after hydration', async () => {
    const server = await serverHtml()
    const live = await liveView(page)
    expect(live.charts, 'charts after hydration vs. charts in the raw HTML (a difference means a chart is drawn only on the client or lost)').toBe(server.charts)
    const liveSvgs = new Set(live.svgs)
    const lost = server.svgs.filter((s) => s.includes('role="img"') && !liveSvgs.has(s))
    expect(lost.map((s) => s.slice(0, 120)), 'charts of the raw HTML missing after hydration').toEqual([])
  })

  it.sequential('does not scroll sideways at 320 px', async () => {
    await reload(320)
    const fit = await page.evaluate(() => {
      const root = document.documentElement
      const W = root.clientWidth
      // The culprits: the deepest visible elements that stick out of the viewport or out of their own box.
      const sticksOut = (e: Element) => {
        const s = getComputedStyle(e)
        if (s.position === 'fixed' || s.overflowX === 'hidden' || s.overflowX === 'clip') return false
        return e.getBoundingClientRect().right > W + 0.5 || (s.overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)
      }
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => sticksOut(e) && ![...e.children].some(sticksOut))
        .slice(0, 10)
        .map((e) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}"> "${(e.textContent ?? '').trim().slice(0, 40)}"`)
      return { scrollWidth: root.scrollWidth, clientWidth: W, wide }
    })
    expect(fit.scrollWidth, `document wider than the viewport; widest culprits: ${fit.wide.join(', ')}`).toBeLessThanOrEqual(fit.clientWidth)
  })

  it.sequential('keyboard: the first Tab reaches a skip link, which moves focus to the content', async () => {
    await reload()
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => {
      const a = document.activeElement
      const href = a?.getAttribute('href') ?? ''
      const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null
      return { tag: a?.tagName.toLowerCase(), href, text: a?.textContent?.trim(), targetHoldsMain: Boolean(target?.matches('main') || target?.querySelector('main')) }
    })
    expect(first.tag, `first focusable element: ${JSON.stringify(first)}`).toBe('a')
    expect(first.href).toMatch(/^#./)
    // In the page's language: the Danish one is the config's, the English one the list of interface strings'.
    expect(first.text, 'skip link text').toBe(langOfRoute(route) === 'en' ? UI.en.skipToContent : config.themeConfig?.skipToContentLabel)
    expect(first.targetHoldsMain, 'the skip link points at the main content').toBe(true)
    await page.keyboard.press('Enter')
    const inContent = await page.evaluate((href) => {
      const target = document.getElementById(href.slice(1))
      return Boolean(target && document.activeElement && target.contains(document.activeElement))
    }, first.href)
    expect(inContent, 'after Enter on the skip link, focus is in the content').toBe(true)
  })

  it.sequential('keyboard: focus is visible on each of the first 25 Tab stops (outline or box-shadow)', async () => {
    await reload()
    const invisible: string[] = []
    let stops = 0
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab')
      const f = await page.evaluate(() => {
        const e = document.activeElement
        if (!e || e === document.body) return null
        const s = getComputedStyle(e)
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== 'rgba(0, 0, 0, 0)'
        const shadow = s.boxShadow !== 'none'
        const label = `<${e.tagName.toLowerCase()}${e.getAttribute('class') ? ` class="${e.getAttribute('class')}"` : ''}> "${(e.textContent ?? e.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`
        return { visible: outline || shadow, label }
      })
      if (!f) break
      stops++
      if (!f.visible) invisible.push(f.label)
    }
    expect(stops, 'Tab stops reached').toBeGreaterThan(1)
    expect(invisible, 'focused elements without a visible focus indicator').toEqual([])
  })
})

// Each search and each 404 check opens its own context, so they run side by side.
describe.concurrent('search', () => {
  // Pagefind indexes the rendered pages, so records drawn by components (directory entries,
  // initiatives, recommendations, terms) are found. The header's "Søg" opens search from any page; the first hit
  // must lead to a page that shows the word (or, for an inflected form, its stem).
  const cases: [string, string][] = [
    ['Danner', 'danner'],
    ['sikkerhedskonsulent', 'sikkerhedskonsulent'],
    ['overgangspladser', 'overgangspladser'],
    ['initiativerne', 'initiativ'],
  ]
  it.each(cases)('finds "%s" and its first hit leads to a page that shows "%s"', async (term, shown) => {
    const { page, problems, close } = await open('/tidslinje')
    try {
      await page.locator('header a.search-link').click()
      await page.waitForURL((u) => u.pathname === SEARCH_ROUTE)
      const input = page.locator('.pagefind-ui__search-input')
      await input.waitFor({ state: 'visible' })
      await input.fill(term)
      const hits = page.locator('.pagefind-ui__result-link')
      await hits.first().waitFor({ timeout: 10_000 })
      const href = await hits.first().getAttribute('href')
      expect(href, 'result links are clean URLs').not.toMatch(/\.html/)
      await hits.first().click()
      await page.waitForURL((u) => u.pathname !== SEARCH_ROUTE)
      await waitForPage(page)
      expect((await page.locator('.vp-doc').innerText()).toLowerCase(), `the page ${href}`).toContain(shown)
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  it('finds every initiative by its name', async () => {
    const { initiatives } = loadData()
    const { page, close } = await open(SEARCH_ROUTE)
    try {
      const missing: string[] = []
      for (const i of initiatives) {
        // Among the hits for its name is a page whose text holds the name.
        const found = await page.evaluate(async (name) => {
          // Through Function: a literal import() here would be rewritten by Vitest's transform.
          const load = new Function('u', 'return import(u)') as (u: string) => Promise<unknown>
          const pf = (await load('/pagefind/pagefind.js')) as { search(q: string): Promise<{ results: { data(): Promise<{ content: string }> }[] } | null> }
          const search = await pf.search(name)
          const pages = await Promise.all((search?.results ?? []).map((r) => r.data()))
          return pages.some((d) => d.content.replace(/\s+/g, ' ').includes(name))
        }, i.name)
        if (!found) missing.push(`${i.initiative_id}: ${i.name}`)
      }
      expect(missing, 'initiatives that search does not find by name').toEqual([])
    } finally {
      await close()
    }
  })
})

describe.concurrent('404 page', () => {
  const notFound = UI.da.notFound
  it('answers an unknown address with status 404 and a Danish page', async () => {
    const route = '/findes-ikke-denne-side'
    expect((await fetch(urlOf(route))).status).toBe(404)
    const { page, problems, status, close } = await open(route)
    try {
      expect(status).toBe(404)
      expect(await page.getAttribute('html', 'lang')).toBe('da-DK')
      const text = squash(await page.locator('body').innerText())
      for (const s of [notFound.title, notFound.quote, notFound.linkText]) {
        expect(s, 'the Danish 404 text in scripts/site/ui.ts').toBeTruthy()
        expect(text.toLowerCase()).toContain(String(s).toLowerCase())
      }
      const home = page.getByRole('link', { name: notFound.linkLabel ?? notFound.linkText })
      expect(await home.getAttribute('href')).toBe('/')
      // The one expected complaint is the 404 response itself.
      expect(problems.filter((p) => !p.includes(`404`) || !p.includes(route))).toEqual([])
    } finally {
      await close()
    }
  })

  it('has no English left from the default theme', async () => {
    const { page, close } = await open('/findes-ikke-denne-side')
    try {
      const text = await page.locator('body').innerText()
      expect(text).not.toMatch(/PAGE NOT FOUND|Take me home|But if you don't change your direction/i)
    } finally {
      await close()
    }
  })
})

it('serves the site on 127.0.0.1', () => {
  expect(new URL(SITE_URL).hostname).toBe('127.0.0.1')
})
