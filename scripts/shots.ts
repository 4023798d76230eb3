/**
 * `npm run shots`: full-page PNGs of every page of the built site (and the 404 page) at 1280 and
 * 375 px, light and dark, into shots/ (git-ignored), for a person to look at.
 */
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium, newSiteContext, type Theme, waitForIslands } from './browser/chromium.ts'
import { DIST, sitePages } from './browser/site-pages.ts'
import { serveSite } from './browser/serve-site.ts'
import { PROJECT_ROOT } from './data/load-data.ts'

const WIDTHS = [1280, 375]
const THEMES: Theme[] = ['light', 'dark']
const OUT = join(PROJECT_ROOT, 'shots')

/** An address no page has: the server answers with 404.html, as a host would. */
const MISSING = '/findes-ikke'
const slug = (route: string) => (route === '/' ? 'index' : route === MISSING ? '404' : route.replace(/^\/|\/$/g, '').replaceAll('/', '_'))

async function main() {
  const routes = [...sitePages().map((p) => p.route), MISSING]
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  const server = await serveSite(DIST)
  const browser = await launchChromium()
  let count = 0
  try {
    for (const route of routes) {
      for (const width of WIDTHS) {
        for (const theme of THEMES) {
          const context = await newSiteContext(browser, width, theme)
          const page = await context.newPage()
          await page.goto(server.url + route, { waitUntil: 'networkidle' })
          await waitForIslands(page)
          await page.screenshot({ path: join(OUT, `${slug(route)}-${width}-${theme}.png`), fullPage: true })
          await context.close()
          count++
        }
      }
      console.log(`shot ${route}`)
    }
  } finally {
    await browser.close()
    await server.close()
  }
  console.log(`${count} screenshots in shots/`)
}

await main()
