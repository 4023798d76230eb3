/**
 * The build and the page registry (.vitepress/pages.ts) agree: every HTML page the build wrote has
 * an entry, every entry has its pages, and the dynamic routes have one page per kommune and region
 * in data/ at the address written by hand in tests/kommuner/slugs.ts. Adding a page is one registry
 * entry and one Markdown file: this test and every test that reads PAGES then check it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { SITE_PAGES } from '../../.vitepress/pages.ts'
import { htmlFiles, isNotFoundFile, isPageFile, NOT_FOUND_FILES } from '../../scripts/browser/site-pages.ts'
import { DATA_DIR } from '../../scripts/data/load-data.ts'
import { KOMMUNER, REGIONER } from '../kommuner/slugs.ts'
import { DIST, PAGES } from './built-site.ts'

const names = (file: string, column: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(DATA_DIR, file), 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => r[column]!)

// HTML the build copies from docs/public is not a page of the registry (there is none today), nor
// are the charts' embed pages, which tests/site/chart-images.test.ts checks one per chart, nor the
// not-found pages of the two languages (tests/browser/not-found.test.ts).
const built = htmlFiles(DIST).filter(isPageFile)

describe('the page list', () => {
  it('has a registry entry for every page the build wrote', () => {
    const known = new Set(PAGES.map((p) => p.file))
    expect(built.filter((f) => !known.has(f)), 'built pages missing from .vitepress/pages.ts').toEqual([])
  })

  it.each(SITE_PAGES.filter((p) => !p.route.includes('[')))('$route is built at its route', (entry) => {
    expect(PAGES.filter((p) => p.entry === entry).map((p) => p.route)).toEqual([entry.route])
  })

  it('builds one page per kommune in data/kommuner.csv, at its hand-written address', () => {
    const kommuner = names('kommuner.csv', 'kommune')
    expect(kommuner).toHaveLength(98)
    const expected = kommuner.map((k) => `/kommuner/${KOMMUNER[k] ?? `(no slug written for ${k})`}`).sort()
    expect(PAGES.filter((p) => p.entry.route === '/kommuner/[kommune]').map((p) => p.route).sort()).toEqual(expected)
  })

  it('builds one page per region in data/regions.csv, at its hand-written address', () => {
    const regions = names('regions.csv', 'region')
    expect(regions).toHaveLength(5)
    const expected = regions.map((r) => `/regioner/${REGIONER[r] ?? `(no slug written for ${r})`}`).sort()
    expect(PAGES.filter((p) => p.entry.route === '/regioner/[region]').map((p) => p.route).sort()).toEqual(expected)
  })

  it('has a not-found page per language, and no other page is one', () => {
    // Written by hand: the Danish and the English 404 page.
    expect(Object.values(NOT_FOUND_FILES).sort()).toEqual(['404.html', 'en/404.html'])
    expect(htmlFiles(DIST).filter(isNotFoundFile).sort()).toEqual(['404.html', 'en/404.html'])
    expect(PAGES.filter((p) => isNotFoundFile(p.file))).toEqual([])
  })

  it('has no registry entry without a page', () => {
    expect(SITE_PAGES.filter((e) => !PAGES.some((p) => p.entry === e)).map((e) => e.route)).toEqual([])
  })
})
