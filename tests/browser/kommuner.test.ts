/**
 * Finding a kommune's answer as a caseworker would: with JavaScript off on a 375 px phone, two
 * taps from /hjaelp; with JavaScript on, the finder's filter narrows the list as you type and
 * the URL keeps the choice. And the help directory's "advice to professionals" filter finds the
 * security consultants and Etnisk Konsulentteam.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectBrowser, newContext, urlOf, waitForPage, WIDTHS } from './session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const kommuneLinks = (page: Page) =>
  page.$$eval('.NskKommuneFinder .kommuner a', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.textContent!.trim()))

// Each test opens its own context, so they run side by side.
describe.concurrent('without JavaScript, at 375 px', () => {
  it("reaches a kommune's answer in two taps from /hjaelp", async () => {
    const context = await newContext(browser, WIDTHS.mobile, 'light', { javaScriptEnabled: false })
    const page = await context.newPage()
    try {
      await page.goto(urlOf('/hjaelp'))
      const finder = page.locator('main').getByRole('link', { name: 'Find din kommune', exact: true })
      await expect(finder.isVisible()).resolves.toBe(true)
      await Promise.all([page.waitForURL(/\/kommuner\/$/), finder.click()]) // tap 1
      const vejle = page.locator('main').getByRole('link', { name: 'Vejle', exact: true })
      await Promise.all([page.waitForURL(/\/kommuner\/vejle$/), vejle.click()]) // tap 2
      expect(await page.textContent('h1')).toContain('Vejle Kommune')
      const main = await page.textContent('main')
      expect(main).toContain('Region Syddanmark')
      expect(main).toContain('Ingen af kilderne nævner, hvilket team af sikkerhedskonsulenter der dækker Region Syddanmark.')
      // The whole list is there without JavaScript, and no filter box pretends to work.
      await page.goto(urlOf('/kommuner/'))
      expect(await kommuneLinks(page)).toHaveLength(98)
      expect(await page.$('#kommune-filter')).toBeNull()
    } finally {
      await context.close()
    }
  })
})

// A kommune employee on a phone without JavaScript: from the front page to "what applies to my
// kommune and who to call" in at most three taps, for kommuner with and without a found beredskab.
describe.concurrent('without JavaScript, from the front page', () => {
  it.each([
    ['Tønder', 'toender', false],
    ['Vejle', 'vejle', false],
    ['Odense', 'odense', true],
    ['Aalborg', 'aalborg', true],
  ] as const)('reaches %s Kommune\'s beredskab and who to call in two taps', async (name, slug, found) => {
    const context = await newContext(browser, WIDTHS.mobile, 'light', { javaScriptEnabled: false })
    const page = await context.newPage()
    try {
      await page.goto(urlOf('/'))
      const finder = page.locator('main').getByRole('link', { name: /^Find din kommune/ })
      await Promise.all([page.waitForURL(/\/kommuner\/$/), finder.click()]) // tap 1
      await Promise.all([page.waitForURL(new RegExp(`/kommuner/${slug}$`)), page.locator('main').getByRole('link', { name, exact: true }).click()]) // tap 2
      expect(await page.textContent('h1')).toContain(`${name} Kommune`)
      // The first screen (375 × 800) says who to call in acute danger.
      const call = page.locator('#ved-akut-fare')
      expect(await call.textContent()).toContain('Ved akut fare: ring 112')
      expect((await call.boundingBox())!.y).toBeLessThan(800)
      expect(await page.locator('#ved-akut-fare a').getAttribute('href')).toBe('tel:112')
      const main = (await page.textContent('main'))!.replace(/\s+/g, ' ')
      expect(main).toContain(`${name} Kommunes beredskab`)
      if (found) expect(main).toMatch(/Skal revideres senest\s*\d{1,2}\. \p{L}+ \d{4}/u)
      else expect(main).toContain(`Vi har ikke fundet et offentliggjort beredskab for ${name} Kommune i de kilder, vi har søgt i`)
      expect(main).toContain('Hvad loven kræver af alle kommuner')
      expect(main).toContain('Rådgivning til fagpersoner')
    } finally {
      await context.close()
    }
  })
})

describe.concurrent('with JavaScript, the kommune finder', () => {
  it.each([
    ['tonder', ['Tønder']],
    ['toender', ['Tønder']],
    ['aeroe', ['Ærø']],
    ['Kobenhavn', ['København']],
    ['hoje', ['Høje-Taastrup']],
  ])('folds Danish letters: "%s" finds %j', async (typed, expected) => {
    const context = await newContext(browser, WIDTHS.mobile)
    try {
      const page = await context.newPage()
      await page.goto(urlOf('/kommuner/'))
      await waitForPage(page)
      await page.fill('#kommune-filter', typed)
      await page.waitForFunction((q) => new URLSearchParams(location.search).get('kommune') === q, typed)
      expect(await kommuneLinks(page)).toEqual(expected)
    } finally {
      await context.close()
    }
  })

  it('narrows the list as you type, keeps the text in the URL, and a copied URL restores it', async () => {
    const context = await newContext(browser, WIDTHS.mobile)
    let shared = ''
    try {
      const page = await context.newPage()
      await page.goto(urlOf('/kommuner/'))
      await waitForPage(page)
      expect(await kommuneLinks(page)).toHaveLength(98)
      await page.fill('#kommune-filter', 'Vej')
      await page.waitForFunction(() => new URLSearchParams(location.search).get('kommune') === 'Vej')
      expect((await kommuneLinks(page)).sort()).toEqual(['Vejen', 'Vejle'])
      expect(await page.textContent('.NskKommuneFinder .count')).toContain('Viser 2 af 98 kommuner')
      await page.fill('#kommune-filter', 'Vejle')
      await page.waitForFunction(() => new URLSearchParams(location.search).get('kommune') === 'Vejle')
      expect(await kommuneLinks(page)).toEqual(['Vejle'])
      shared = page.url()
      // A word inside a name matches too ("taastrup" → Høje-Taastrup).
      await page.fill('#kommune-filter', 'taastrup')
      await page.waitForFunction(() => new URLSearchParams(location.search).get('kommune') === 'taastrup')
      expect(await kommuneLinks(page)).toEqual(['Høje-Taastrup'])
    } finally {
      await context.close()
    }

    const again = await newContext(browser, WIDTHS.mobile)
    try {
      const page = await again.newPage()
      await page.goto(shared)
      await waitForPage(page)
      expect(await page.inputValue('#kommune-filter')).toBe('Vejle')
      expect(await kommuneLinks(page)).toEqual(['Vejle'])
      await Promise.all([page.waitForURL(/\/kommuner\/vejle$/), page.getByRole('link', { name: 'Gå til Vejle Kommune' }).click()])
      expect(await page.textContent('h1')).toContain('Vejle Kommune')
    } finally {
      await again.close()
    }
  })
})

describe.concurrent('the help directory', () => {
  it('finds the security consultants and Etnisk Konsulentteam under "Rådgivning til fagpersoner"', async () => {
    const context = await newContext(browser, WIDTHS.desktop)
    try {
      const page = await context.newPage()
      await page.goto(urlOf('/hjaelp?behov=advice'))
      await waitForPage(page)
      const names = await page.$$eval('.NskDirectory .entry .name', (els) => els.map((e) => e.textContent!.trim()))
      expect(names).toContain('Sikkerhedskonsulenterne')
      expect(names).toContain('Etnisk Konsulentteam (Københavns Kommune)')
      expect(await page.textContent('.NskDirectory .count')).toMatch(/Viser \d+ af \d+ tilbud/)
    } finally {
      await context.close()
    }
  })
})
