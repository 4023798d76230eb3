/**
 * `npm run shots:print -- [--out <folder>] [route …]`: prints pages of the built site to PDF with
 * Chromium (A4, as a reader's "Print → Save as PDF" does), in the dark theme (print must look the
 * same as from the light one), and turns each PDF page into a PNG with pdftoppm (Debian's
 * poppler-utils), for a person to look at. Default: /handlingsplan-2017-2020 and /kommuner/vejle
 * into shots/print/.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { launchChromium } from './browser/chromium.ts'
import { printPdf } from './browser/print.ts'
import { serveSite } from './browser/serve-site.ts'
import { DIST } from './browser/site-pages.ts'
import { PROJECT_ROOT } from './data/load-data.ts'

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true })
const OUT = resolve(values.out ?? join(PROJECT_ROOT, 'shots', 'print'))
const routes = positionals.length ? positionals : ['/handlingsplan-2017-2020', '/kommuner/vejle']
const slug = (route: string) => (route === '/' ? 'index' : route.replace(/^\/|\/$/g, '').replaceAll('/', '_'))

mkdirSync(OUT, { recursive: true })
const server = await serveSite(DIST)
const browser = await launchChromium()
try {
  for (const route of routes) {
    const pdf = await printPdf(browser, server.url + route, 'dark')
    const file = join(OUT, `${slug(route)}.pdf`)
    writeFileSync(file, pdf)
    execFileSync('pdftoppm', ['-png', '-r', '70', file, join(OUT, slug(route))])
    console.log(`printed ${route} → ${file} (+ one PNG per page)`)
  }
} finally {
  await browser.close()
  await server.close()
}
