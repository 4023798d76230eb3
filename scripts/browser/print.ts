/** Printing a page as a reader does ("Print → Save as PDF" in Chromium): A4, the page's print stylesheet. */
import type { Browser } from 'playwright-core'
import { newSiteContext, type Theme, waitForIslands } from './chromium.ts'

/** The PDF of `url`, printed from a reader in `theme` (the screen theme must not reach the paper). */
export async function printPdf(browser: Browser, url: string, theme: Theme = 'light'): Promise<Buffer> {
  const context = await newSiteContext(browser, 1280, theme)
  try {
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'networkidle' })
    await waitForIslands(page)
    // page.pdf prints with the print media type, as the browser's print dialog does.
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
  } finally {
    await context.close()
  }
}
