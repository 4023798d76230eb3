/**
 * `npm run shots:tab`: a keyboard reader's view at 320 × 640. For /, /hjaelp and /kommuner/, with
 * JavaScript on and off, it presses Tab from the top (opening the menu on the way, as
 * tests/browser/wcag22.test.ts does) and saves the viewport at every focus stop into
 * shots/tab/, with a line per stop in shots/tab/index.txt: what has focus and whether it is in
 * sight. For a person to look at; the test is the guard.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium, newSiteContext, waitForIslands } from './browser/chromium.ts'
import { focusState } from './browser/focus-state.ts'
import { DIST } from './browser/site-pages.ts'
import { serveSite } from './browser/serve-site.ts'
import { PROJECT_ROOT } from './data/load-data.ts'

const ROUTES = ['/', '/hjaelp', '/kommuner/']
const STOPS = 24
const OUT = join(PROJECT_ROOT, 'shots', 'tab')
const slug = (route: string) => (route === '/' ? 'index' : route.replace(/^\/|\/$/g, '').replaceAll('/', '_'))

async function main() {
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  const server = await serveSite(DIST)
  const browser = await launchChromium()
  const lines: string[] = []
  try {
    for (const route of ROUTES) {
      for (const js of [true, false]) {
        const context = await newSiteContext(browser, 320, 'light', { viewport: { width: 320, height: 640 }, javaScriptEnabled: js })
        const page = await context.newPage()
        await page.goto(server.url + route, { waitUntil: 'networkidle' })
        if (js) await waitForIslands(page)
        let opened = false
        for (let i = 1; i <= STOPS; i++) {
          await page.keyboard.press('Tab')
          const s = await focusState(page)
          const inSight = s.tag !== 'body' && !s.covered && !s.offscreen
          const file = `${slug(route)}-js-${js ? 'on' : 'off'}-${String(i).padStart(2, '0')}.png`
          await page.screenshot({ path: join(OUT, file) })
          lines.push(`${file}\t${inSight ? 'in sight' : 'NOT IN SIGHT'}\t${s.name}`)
          if (!opened && s.menu) {
            await page.keyboard.press('Enter')
            opened = true
          }
        }
        await context.close()
        console.log(`tabbed ${route} (JavaScript ${js ? 'on' : 'off'})`)
      }
    }
  } finally {
    await browser.close()
    await server.close()
  }
  writeFileSync(join(OUT, 'index.txt'), `${lines.join('\n')}\n`)
  const hidden = lines.filter((l) => l.includes('NOT IN SIGHT'))
  console.log(`${lines.length} focus stops in shots/tab/, ${hidden.length} out of sight`)
}

await main()
