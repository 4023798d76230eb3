import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { canonicalUrl, citationWithUrl, readSiteUrl, robotsTxt } from '../../scripts/site/site-url.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../scripts/data/load-data.ts'

describe('SITE_URL, the one setting for the site address', () => {
  it('is null when unset or blank, so nothing is made up', () => {
    expect(readSiteUrl({})).toBeNull()
    expect(readSiteUrl({ SITE_URL: '  ' })).toBeNull()
  })
  it('takes an https address and ends it with a slash', () => {
    expect(readSiteUrl({ SITE_URL: 'https://nsk.example/sti' })).toBe('https://nsk.example/sti/')
    expect(readSiteUrl({ SITE_URL: 'https://nsk.example/' })).toBe('https://nsk.example/')
  })
  it('refuses what is not a plain https address, naming it', () => {
    expect(() => readSiteUrl({ SITE_URL: 'http://nsk.example/' })).toThrow('found "http://nsk.example/"')
    expect(() => readSiteUrl({ SITE_URL: 'nsk.example' })).toThrow('expected an https: address')
    expect(() => readSiteUrl({ SITE_URL: 'https://nsk.example/?a=1' })).toThrow('without query')
  })
  it('gives pages, robots.txt and CITATION.cff their address below the site', () => {
    expect(canonicalUrl('https://nsk.example/sti/', '/')).toBe('https://nsk.example/sti/')
    expect(canonicalUrl('https://nsk.example/sti/', '/hjaelp')).toBe('https://nsk.example/sti/hjaelp')
    expect(canonicalUrl('https://nsk.example/sti/', '/data/')).toBe('https://nsk.example/sti/data/')
    expect(robotsTxt('https://nsk.example/')).toBe('User-agent: *\nAllow: /\nSitemap: https://nsk.example/sitemap.xml\n')
    const cff = readFileSync(join(PROJECT_ROOT, 'CITATION.cff'), 'utf8')
    const published = parse(citationWithUrl(cff, 'https://nsk.example/')) as Record<string, unknown>
    expect(published.url).toBe('https://nsk.example/')
    expect(published.title).toBe((parse(cff) as Record<string, unknown>).title)
  })
})
