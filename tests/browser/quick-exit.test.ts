/**
 * "Væk fra denne side" on the pages about help, used three ways: by mouse (it leaves with
 * location.replace, so Back does not return), by keyboard (Shift three times; Shift with a letter
 * between does nothing) and without JavaScript (a plain link to the neutral page). The neutral
 * page's address is read from data/quick_exit.csv; the browser is offline, so the test answers it.
 */
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import { kommunePath, regionPath } from '../../scripts/site/views/kommuner.ts'
import { connectBrowser, newContext, urlOf, waitForPage, WIDTHS } from './session.ts'

const t = loadData()
const EXIT = t.quick_exit[0]!.url
// (The 404 page too: a reader at risk may land there from a mistyped address.)
const PAGES = ['/hjaelp', '/ordliste', kommunePath(t.kommuner.find((k) => k.kommune === 'Tønder')!), regionPath(t.regions[0]!.region), '/findes-ikke-denne-side']

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** A context where the neutral page answers (the machine is offline). */
async function context(js = true): Promise<BrowserContext> {
  const c = js ? await newContext(browser, WIDTHS.mobile) : await browser.newContext({ viewport: { width: WIDTHS.mobile, height: 800 }, javaScriptEnabled: false })
  await c.route(`${EXIT}**`, (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Vejret</title><p>Vejret</p>' }))
  return c
}

describe.concurrent('the quick exit', () => {
  it.each(PAGES)('%s shows "Væk fra denne side" as a link to the neutral page, and says it does not clear the history', async (route) => {
    const c = await context(false)
    try {
      const page = await c.newPage()
      await page.goto(urlOf(route))
      const link = page.getByRole('link', { name: 'Væk fra denne side' })
      expect(await link.getAttribute('href')).toBe(EXIT)
      expect(await link.isVisible()).toBe(true)
      expect(await page.textContent('.NskQuickExit')).toMatch(/sletter ikke din browserhistorik.*privat vindue/s)
    } finally {
      await c.close()
    }
  })

  it('without JavaScript, the link leads to the neutral page', async () => {
    const c = await context(false)
    try {
      const page = await c.newPage()
      await page.goto(urlOf('/hjaelp'))
      await Promise.all([page.waitForURL((u) => u.href.startsWith(EXIT)), page.click('#nsk-exit')])
      expect(await page.title()).toBe('Vejret')
    } finally {
      await c.close()
    }
  })

  it('by mouse, it leaves with location.replace: Back goes to the page before, not back here', async () => {
    const c = await context()
    try {
      const page = await c.newPage()
      await page.goto(urlOf('/'))
      await waitForPage(page)
      await page.goto(urlOf('/hjaelp'))
      await waitForPage(page)
      await Promise.all([page.waitForURL((u) => u.href.startsWith(EXIT)), page.mouse.click(...(await center(page, '#nsk-exit')))])
      await page.goBack()
      expect(new URL(page.url()).pathname).toBe('/')
    } finally {
      await c.close()
    }
  })

  it('by keyboard, Shift three times leaves (and Back does not return); Shift with a letter between does not', async () => {
    const c = await context()
    try {
      const page = await c.newPage()
      await page.goto(urlOf('/'))
      await waitForPage(page)
      const route = kommunePath(t.kommuner.find((k) => k.kommune === 'Vejle')!)
      await page.goto(urlOf(route))
      await waitForPage(page)
      // Typing a capital letter is not a press of Shift alone.
      await page.keyboard.press('Shift')
      await page.keyboard.press('Shift+A')
      await page.keyboard.press('Shift')
      await page.waitForTimeout(200)
      expect(new URL(page.url()).pathname).toBe(route)
      expect(await page.textContent('#nsk-exit-status')).toContain('tryk 2 gange mere')
      await page.keyboard.press('Shift')
      expect(await page.textContent('#nsk-exit-status')).toContain('tryk 1 gang mere')
      await Promise.all([page.waitForURL((u) => u.href.startsWith(EXIT)), page.keyboard.press('Shift')])
      await page.goBack()
      expect(new URL(page.url()).pathname).toBe('/')
    } finally {
      await c.close()
    }
  })

  it('is reached by Tab and followed with Enter', async () => {
    const c = await context()
    try {
      const page = await c.newPage()
      await page.goto(urlOf('/hjaelp'))
      await waitForPage(page)
      for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.id === 'nsk-exit')); i++) await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('nsk-exit')
      await Promise.all([page.waitForURL((u) => u.href.startsWith(EXIT)), page.keyboard.press('Enter')])
    } finally {
      await c.close()
    }
  })
})

async function center(page: import('playwright-core').Page, selector: string): Promise<[number, number]> {
  const box = (await page.locator(selector).boundingBox())!
  return [box.x + box.width / 2, box.y + box.height / 2]
}
