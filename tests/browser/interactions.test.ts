/**
 * The site's own controls, used the way a keyboard user does: a cited passage opens and closes
 * with the keyboard and shows its whole quote; the directory's filters narrow the list, live in
 * the URL, and a copied URL brings the same view back.
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

async function open(route: string) {
  const context = await newContext(browser, WIDTHS.desktop)
  const page = await context.newPage()
  await page.goto(urlOf(route))
  await waitForPage(page)
  return { page, close: () => context.close() }
}

/** Presses Tab until the focused element matches `selector`; fails if it never does. */
async function tabTo(page: Page, selector: string, most = 120): Promise<void> {
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector} in ${most} presses`)
}

// Each test opens its own context, so they run side by side.
describe.concurrent('a passage in "Kilder på denne side"', () => {
  it('is reached with Tab, opens with Enter to show the whole quote, and closes with Space', async () => {
    const { page, close } = await open('/koebenhavn-2017-18')
    try {
      await tabTo(page, '.NskPageSources summary', 400)
      const state = () =>
        page.evaluate(() => {
          const details = document.activeElement!.closest('details')!
          const clip = details.querySelector('.clip')!
          const quote = details.querySelector('q')!
          // Clamped to one line while closed: the clip is shorter than its text.
          return { open: details.open, clipped: clip.scrollHeight > clip.clientHeight + 1, quote: quote.textContent!.trim() }
        })
      const closed = await state()
      expect(closed.open).toBe(false)
      await page.keyboard.press('Enter')
      const opened = await state()
      expect(opened.open).toBe(true)
      expect(opened.clipped).toBe(false)
      expect(opened.quote.length).toBeGreaterThan(10)
      await page.keyboard.press('Space')
      expect((await state()).open).toBe(false)
    } finally {
      await close()
    }
  })
})

describe.concurrent('the help directory', () => {
  // Each offer stands under the heading of the need it mainly meets.
  const entryNeeds = (page: Page) => page.$$eval('.NskDirectory .entry', (els) => els.map((e) => e.closest('.group')!.querySelector('.group-label')!.textContent!.trim()))

  it('filters by need with the keyboard, keeps the filter in the URL, and a copied URL restores it', async () => {
    const { page, close } = await open('/hjaelp')
    let shared = ''
    try {
      const all = await entryNeeds(page)
      expect(new Set(all).size, 'the full list has every kind of need').toBeGreaterThan(2)
      await tabTo(page, '.NskDirectory input[name="behov"][value="courses"]')
      await page.keyboard.press('Space')
      await page.waitForFunction(() => location.search.includes('behov=courses'))
      const courses = await entryNeeds(page)
      expect(courses.length).toBeGreaterThan(0)
      expect(courses.length).toBeLessThan(all.length)
      expect(new Set(courses)).toEqual(new Set(['Kurser']))
      expect(await page.textContent('.NskDirectory .count')).toContain(`Viser ${courses.length} af ${all.length}`)
      shared = page.url()
    } finally {
      await close()
    }

    // The copied URL, opened fresh: the same box ticked, the same list.
    const again = await open(shared.replace(/^https?:\/\/[^/]+/, ''))
    try {
      expect(await again.page.isChecked('.NskDirectory input[name="behov"][value="courses"]')).toBe(true)
      expect(new Set(await entryNeeds(again.page))).toEqual(new Set(['Kurser']))
      await tabTo(again.page, '.NskDirectory button.reset')
      await again.page.keyboard.press('Enter')
      await again.page.waitForFunction(() => !location.search.includes('behov'))
      expect(new Set(await entryNeeds(again.page)).size).toBeGreaterThan(2)
    } finally {
      await again.close()
    }
  })

  it('filters by audience too, combined with need', async () => {
    const { page, close } = await open('/hjaelp?for=citizens')
    try {
      expect(await page.isChecked('.NskDirectory input[name="for"][value="citizens"]')).toBe(true)
      const citizens = await page.$$eval('.NskDirectory .entry', (els) => els.length)
      await page.check('.NskDirectory input[name="behov"][value="citizen_support"]')
      await page.waitForFunction(() => location.search.includes('behov=citizen_support'))
      const both = await entryNeeds(page)
      expect(both.length).toBeGreaterThan(0)
      expect(both.length).toBeLessThanOrEqual(citizens)
      expect(new Set(both)).toEqual(new Set(['Støtte til borgere']))
    } finally {
      await close()
    }
  })
})

describe.concurrent('the help directory\'s URL is untrusted input', () => {
  // Names every object has ("constructor", "__proto__", …) are not filter values.
  it.each(['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty', 'acute', 'nonsense'])('?behov=%s shows the whole list, ticks nothing and leaves the address clean', async (value) => {
    const { page, close } = await open(`/hjaelp?behov=${value}&for=${value}`)
    try {
      const total = await page.$$eval('.NskDirectory .entry', (els) => els.length)
      await page.waitForFunction(() => !location.search.includes('behov=') && !location.search.includes('for='))
      expect(await page.$$eval('.NskDirectory input:checked', (els) => els.length)).toBe(0)
      // Unfiltered, the status line names the whole list (a11y: the count is always said).
      expect((await page.textContent('.NskDirectory .count'))?.trim()).toBe(`Viser alle ${total} tilbud.`)
      expect(await page.$$eval('.NskDirectory .entry', (els) => els.length)).toBe(total)
      expect(await page.$$eval('.NskDirectory input[name="behov"]', (els) => els.map((e) => (e as HTMLInputElement).value))).not.toContain(value)
    } finally {
      await close()
    }
  })

  it('keeps "Ved akut fare: ring 112" in view and working under every filter', async () => {
    const { page, close } = await open('/hjaelp')
    try {
      const needs = await page.$$eval('.NskDirectory input[name="behov"]', (els) => els.map((e) => (e as HTMLInputElement).value))
      expect(needs.length).toBeGreaterThan(2)
      for (const need of needs) {
        await page.goto(urlOf(`/hjaelp?behov=${need}`))
        await waitForPage(page)
        await page.waitForFunction((n) => (document.querySelector(`.NskDirectory input[value="${n}"]`) as HTMLInputElement | null)?.checked === true, need)
        const call = page.locator('#ved-akut-fare')
        expect(await call.isVisible(), need).toBe(true)
        expect(await call.locator('a').getAttribute('href')).toBe('tel:112')
        // Every in-page link of the acute box still has its target on the page.
        const dead = await page.$$eval('.NskCall a[href^="#"]', (as) => as.map((a) => a.getAttribute('href')!).filter((h) => !document.getElementById(h.slice(1))))
        expect(dead, need).toEqual([])
      }
    } finally {
      await close()
    }
  })
})

describe.concurrent('the appearance switch', () => {
  it('switches light and dark by keyboard, says which is on, and remembers the choice on the next page', async () => {
    // A plain context: newContext stores an appearance before every page, which would hide the reader's choice.
    const context = await browser.newContext({ viewport: { width: WIDTHS.desktop, height: 900 }, colorScheme: 'light' })
    const close = () => context.close()
    const page = await context.newPage()
    await page.goto(urlOf('/om'))
    await waitForPage(page)
    try {
      const dark = () => page.evaluate(() => document.documentElement.classList.contains('dark'))
      const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      expect(await dark()).toBe(false)
      const light = await bg()
      await tabTo(page, '#nsk-appearance')
      expect(await page.getAttribute('#nsk-appearance', 'aria-pressed')).toBe('false')
      await page.keyboard.press('Enter')
      expect(await dark()).toBe(true)
      expect(await page.getAttribute('#nsk-appearance', 'aria-pressed')).toBe('true')
      expect(await bg(), 'the page turned dark').not.toBe(light)
      await page.goto(urlOf('/kilder'))
      await waitForPage(page)
      expect(await dark(), 'the choice holds on the next page').toBe(true)
    } finally {
      await close()
    }
  })
})
