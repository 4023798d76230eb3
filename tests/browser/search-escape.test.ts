/**
 * Data is text, in the page and in search (issue 12 §4: the guard that replaced the home-made
 * search-index escape). A data string holding markup is rendered by Vue as the site's components
 * render data (text interpolation), indexed by the build's own Pagefind step, and searched through
 * the site's own search UI: the reader sees the markup as text, and none of it runs.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { searchHead } from '../../.vitepress/search-ui.ts'
import { serveSite, type ServedSite } from '../../scripts/browser/serve-site.ts'
import { writeSearchIndex } from '../../scripts/site/search-index.ts'
import { connectBrowser, newContext, WIDTHS } from './session.ts'

const HOSTILE = '<img src=x onerror="window.__nskInjected=1"><b>fed</b> Hjælpelinjen & "citat"'

let browser: Browser
let site: ServedSite
let dir: string
beforeAll(async () => {
  browser = await connectBrowser()
  dir = mkdtempSync(join(tmpdir(), 'nsk-escape-'))
  const body = await renderToString(createSSRApp({ render: () => h('main', { 'data-pagefind-body': '' }, [h('h1', 'Tilbud'), h('p', HOSTILE)]) }))
  const page = (head: string, main: string) => `<!DOCTYPE html><html lang="da-DK"><head><meta charset="utf-8"><title>Prøve</title>${head}</head><body>${main}</body></html>`
  writeFileSync(join(dir, 'index.html'), page('', body))
  writeFileSync(join(dir, 'sog.html'), page(searchHead('/'), '<div id="sog"></div>'))
  writeFileSync(join(dir, '404.html'), page('', '<p>404</p>'))
  await writeSearchIndex(dir)
  site = await serveSite(dir)
})
afterAll(async () => {
  await site?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
  await browser?.close()
})

it('renders a data string holding markup as escaped text', async () => {
  const html = await renderToString(createSSRApp({ render: () => h('p', HOSTILE) }))
  expect(html).toBe('<p>&lt;img src=x onerror=&quot;window.__nskInjected=1&quot;&gt;&lt;b&gt;fed&lt;/b&gt; Hjælpelinjen &amp; &quot;citat&quot;</p>')
})

it('search finds it and shows the markup as text; none of it runs', async () => {
  const context = await newContext(browser, WIDTHS.desktop)
  try {
    const page = await context.newPage()
    await page.goto(`${site.url}/sog?q=onerror`)
    const result = page.locator('.pagefind-ui__result').first()
    await result.waitFor({ timeout: 10_000 })
    // Pagefind first draws a placeholder excerpt (". . .") and fills it when the fragment loads.
    await result.locator('.pagefind-ui__result-excerpt', { hasText: 'onerror' }).waitFor({ timeout: 10_000 })
    const excerpt = await result.locator('.pagefind-ui__result-excerpt').innerText()
    expect(excerpt, 'the excerpt shows the markup as text').toContain('<img src=x onerror=')
    expect(await page.locator('#sog img, #sog b').count(), 'elements made from the data').toBe(0)
    expect(await page.evaluate(() => (window as { __nskInjected?: number }).__nskInjected), 'the injected handler ran').toBeUndefined()
    expect(await result.locator('a').first().getAttribute('href'), 'clean URL').toBe('/')
  } finally {
    await context.close()
  }
})
