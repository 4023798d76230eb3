/**
 * The page registry (.vitepress/pages.ts) is the one list of pages: every Markdown page under
 * docs/ has an entry, and every entry's file exists. (tests/site/pages.test.ts matches it to the build.)
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { entryOfFile, isNotFoundFile, routeOfFile, routeOfHtml, SITE_PAGES } from '../../.vitepress/pages.ts'
import { PROJECT_ROOT } from '../../scripts/data/load-data.ts'

const DOCS = join(PROJECT_ROOT, 'docs')
const markdown = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md') && !f.startsWith('public')).map((f) => f.split('\\').join('/'))

describe('the page registry', () => {
  it('has an entry for every Markdown page in docs/ (but the not-found page)', () => {
    expect(markdown.filter((f) => !entryOfFile(f) && !isNotFoundFile(f)), 'pages missing from .vitepress/pages.ts').toEqual([])
    expect(markdown.filter(isNotFoundFile)).toEqual(['en/404.md'])
  })
  it.each(SITE_PAGES)('$route: its file exists, and its route is the file\'s', (p) => {
    expect(existsSync(join(DOCS, p.file)), p.file).toBe(true)
    if (!p.file.includes('[')) expect(routeOfFile(p.file)).toBe(p.route)
  })
  it('gives a built HTML file its clean URL', () => {
    expect(['index.html', 'hjaelp.html', 'data/index.html', 'en/index.html', 'en/regions/sjaelland.html'].map(routeOfHtml)).toEqual(['/', '/hjaelp', '/data/', '/en/', '/en/regions/sjaelland'])
  })
  it('names each route once', () => {
    expect(new Set(SITE_PAGES.map((p) => p.route)).size).toBe(SITE_PAGES.length)
  })
})
