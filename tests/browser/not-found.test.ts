/**
 * The 404 page for an address a reader typed: in Danish, with a description of its own; it offers
 * search, /hjaelp and the kommune finder (also without JavaScript), and where JavaScript runs it
 * suggests the page whose name is nearest to what was typed, Danish letters folded. Under /en/ the
 * host's rules answer with the English 404 page, which does the same in English.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectBrowser, newContext, urlOf, waitForPage, WIDTHS } from './session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe.concurrent('the 404 page', () => {
  it('offers search, help and the kommune finder without JavaScript, and describes itself in Danish', async () => {
    const context = await newContext(browser, WIDTHS.mobile, 'light', { javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      const response = await page.goto(urlOf('/kommuner/vejlle'))
      expect(response?.status()).toBe(404)
      const offers = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')))
      for (const href of ['/sog', '/hjaelp', '/kommuner/', '/']) expect(offers).toContain(href)
      expect(await page.isVisible('#nsk-suggest')).toBe(false)
      expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(/^Siden findes ikke her\./)
    } finally {
      await context.close()
    }
  })

  it.each([
    ['/kommuner/tonder', '/kommuner/toender'],
    ['/regioner/sjalland', '/regioner/sjaelland'],
  ])('%s, typed without Danish letters, is sent to %s by the host rules', async (typed, route) => {
    const context = await newContext(browser, WIDTHS.mobile)
    try {
      const page = await context.newPage()
      const response = await page.goto(urlOf(typed))
      expect(response?.status()).toBe(200)
      expect(new URL(page.url()).pathname).toBe(route)
    } finally {
      await context.close()
    }
  })

  it('suggests nothing for an address near no page', async () => {
    const context = await newContext(browser, WIDTHS.mobile)
    try {
      const page = await context.newPage()
      await page.goto(urlOf('/findes-ikke-denne-side'))
      await waitForPage(page)
      expect(await page.isVisible('#nsk-suggest')).toBe(false)
    } finally {
      await context.close()
    }
  })
})

describe.concurrent('the English 404 page', () => {
  // Written by hand: what an English reader must see.
  const TITLE = 'Page not found | Negative social control in figures'
  it.each(['/en/no-such-page', '/en/regions/nowhere', '/en/help/more/deeper'])('%s answers 404 with the English page, its offers English, without JavaScript', async (typed) => {
    const context = await newContext(browser, WIDTHS.mobile, 'light', { javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      const response = await page.goto(urlOf(typed))
      expect(response?.status()).toBe(404)
      expect(await page.getAttribute('html', 'lang')).toBe('en')
      expect(await page.title()).toBe(TITLE)
      expect(await page.getAttribute('meta[name="description"]', 'content')).toMatch(/^This page does not exist here\./)
      expect(await page.textContent('h1')).toBe('PAGE NOT FOUND')
      const offers = await page.$$eval('main a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent?.trim()]))
      for (const [href, text] of [['/en/search', 'Search the English pages'], ['/en/help', 'Help and advice'], ['/en/kommuner/', 'Find your kommune (Danish municipality)'], ['/en/', 'To the home page'], ['tel:112', '112']]) expect(offers).toContainEqual([href, text])
      expect(await page.textContent('main')).toContain('In acute danger: call 112')
      // The skip link and the quick exit, in English; the language switch leads to the Danish home page.
      expect(await page.textContent('a.skip-link')).toBe('Skip to content')
      expect(await page.getByRole('link', { name: 'Leave this page' }).count()).toBe(1)
      const sw = page.locator('header a.lang-switch')
      expect([await sw.getAttribute('href'), await sw.getAttribute('hreflang')]).toEqual(['/', 'da'])
      expect(await page.isVisible('#nsk-suggest')).toBe(false)
    } finally {
      await context.close()
    }
  })

  it('an unknown Danish address still gets the Danish page, whose language switch leads to the English home page', async () => {
    const context = await newContext(browser, WIDTHS.mobile, 'light', { javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      const response = await page.goto(urlOf('/english/no-such-page'))
      expect(response?.status()).toBe(404)
      expect(await page.getAttribute('html', 'lang')).toBe('da-DK')
      expect(await page.textContent('h1')).toBe('SIDEN FINDES IKKE')
      const sw = page.locator('header a.lang-switch')
      expect([await sw.getAttribute('href'), await sw.getAttribute('hreflang')]).toEqual(['/en/', 'en'])
    } finally {
      await context.close()
    }
  })
})

// Where JavaScript runs, each language's 404 page suggests the page whose name is nearest to what was
// typed, in its own words. Written by hand: the page's language, the address, the page, its name and
// the whole sentence.
describe.concurrent('the suggestion on a 404 page', () => {
  it.each([
    ['da-DK', '/kommuner/vejlle', '/kommuner/vejle', 'Vejle Kommune', 'Mente du Vejle Kommune?'],
    // (The host's rules send /kommuner/tonder and /regioner/sjalland, Danish letters folded, straight
    // to the page: see the test above. The 404 page's suggestion is for what they do not catch.)
    ['da-DK', '/kommuner/tondr', '/kommuner/toender', 'Tønder Kommune', 'Mente du Tønder Kommune?'],
    ['da-DK', '/hjalp', '/hjaelp', 'Hjælp og rådgivning', 'Mente du Hjælp og rådgivning?'],
    ['da-DK', '/regioner/sjaland', '/regioner/sjaelland', 'Region Sjælland', 'Mente du Region Sjælland?'],
    ['en', '/en/helpp', '/en/help', 'Help and advice', 'Did you mean Help and advice?'],
    ['en', '/en/regions/sjaeland', '/en/regions/sjaelland', 'Region Sjælland', 'Did you mean Region Sjælland?'],
    ['en', '/en/glosary', '/en/glossary', 'Glossary', 'Did you mean Glossary?'],
  ])('(%s) %s suggests %s (%s)', async (lang, typed, route, name, sentence) => {
    const context = await newContext(browser, WIDTHS.mobile)
    try {
      const page = await context.newPage()
      await page.goto(urlOf(typed))
      await waitForPage(page)
      const link = page.locator('#nsk-suggest a')
      await link.waitFor()
      expect(await page.getAttribute('html', 'lang')).toBe(lang)
      expect(await link.getAttribute('href')).toBe(route)
      expect(await link.textContent()).toBe(name)
      expect(await page.textContent('#nsk-suggest')).toBe(sentence)
    } finally {
      await context.close()
    }
  })
})
