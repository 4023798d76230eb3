import { launchChromium, newSiteContext } from './browser/chromium.ts'
import { DIST } from './browser/site-pages.ts'
import { serveSite } from './browser/serve-site.ts'
async function main() {
const routes = process.argv.slice(2)
const server = await serveSite(DIST)
const browser = await launchChromium()
try {
  for (const r of routes) for (const w of [375, 1280]) {
    const ctx = await newSiteContext(browser, w, 'light')
    const page = await ctx.newPage()
    await page.goto(server.url + r, { waitUntil: 'networkidle' })
    await page.screenshot({ path: `/tmp/shots/${r.replace(/\//g, '_')}-${w}.png`, fullPage: false })
    const sw = await page.evaluate(() => document.documentElement.scrollWidth)
    console.log(r, w, 'scrollWidth', sw)
    await ctx.close()
  }
} finally {
  await browser.close(); await server.close()
}
}
main()
