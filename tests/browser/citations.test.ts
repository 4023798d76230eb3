/**
 * Numbered citations with JavaScript off, as a reader on a phone uses them: a mark leads to its
 * passage in "Kilder på denne side", shown whole; the back-link leads to the mark. And the home
 * page answers "Virkede det?" in its first screen at 375 px.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectBrowser, newContext, urlOf, WIDTHS } from './session.ts'

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

// Each test opens its own context, so they run side by side.
describe.concurrent('a citation mark, without JavaScript', () => {
  for (const route of ['/handlingsplan-2017-2020', '/koebenhavn-2017-18']) {
    it(`on ${route} leads to its passage, shown whole, and back`, async () => {
      const context = await newContext(browser, WIDTHS.mobile, 'light', { javaScriptEnabled: false })
      const page = await context.newPage()
      try {
        await page.goto(urlOf(route))
        const mark = page.locator('.NskSummary sup.NskMark a').first()
        const href = (await mark.getAttribute('href'))!
        expect(href).toMatch(/^#kilde-\d+$/)
        await mark.click()
        expect(new URL(page.url()).hash).toBe(href)
        const entry = page.locator(href)
        expect(await entry.evaluate((e) => e.matches(':target'))).toBe(true)
        // Reached from its mark, the passage is not clamped, and it is on screen.
        const clip = entry.locator('.clip').first()
        expect(await clip.evaluate((c) => c.scrollHeight <= c.clientHeight + 1)).toBe(true)
        const box = (await entry.boundingBox())!
        expect(box.y).toBeGreaterThanOrEqual(0)
        expect(box.y).toBeLessThan(900)
        await entry.locator('a.back').click()
        const back = new URL(page.url()).hash
        expect(back).toMatch(/^#henvisning-\d+$/)
        expect(await page.locator(back).getAttribute('href')).toBe(href)
        const markBox = (await page.locator(back).boundingBox())!
        expect(markBox.y).toBeGreaterThanOrEqual(0)
        expect(markBox.y).toBeLessThan(900)
      } finally {
        await context.close()
      }
    })
  }
})

describe.concurrent('the home page at 375 × 812', () => {
  it('answers "Virkede det?" with both kommune counts, the outcome and the money, before the first scroll', async () => {
    const context = await newContext(browser, WIDTHS.mobile, 'light', { viewport: { width: WIDTHS.mobile, height: 812 } })
    const page = await context.newPage()
    try {
      await page.goto(urlOf('/'))
      const bottom = (sel: string) => page.locator(sel).evaluate((e) => e.getBoundingClientRect().bottom)
      expect(await page.locator('#virkede-det').textContent()).toMatch(/Virkede det\?/)
      const facts = await page.locator('.facts').innerText()
      for (const s of ['93 kommuner', '86 af 98 kommuner', '20 af 22', '73,4 mio. kr.', 'ministerens brev', 'pressemeddelelsen']) expect(facts).toContain(s)
      expect(await bottom('.facts')).toBeLessThanOrEqual(812)
      // The four ways on (results, your kommune, help, data) start within the first screen.
      const waysTop = await page.locator('.ways').evaluate((e) => e.getBoundingClientRect().top)
      expect(waysTop).toBeLessThan(812)
      expect(await page.locator('.ways a').count()).toBe(4)
    } finally {
      await context.close()
    }
  })
})
