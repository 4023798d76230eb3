/**
 * What the build publishes for the static host: nothing that is not part of the site, and
 * `_headers` / `_redirects` that give every file the headers it needs, the same on Netlify and on
 * Cloudflare Pages (no header set by two rules for one path), with a Content-Security-Policy that
 * allows exactly the inline scripts the pages hold.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILD_LEFTOVERS, CACHE_IMMUTABLE, CACHE_REVALIDATE, EMBED_DIR, formatHeaders, headersFor, isRewrite, overlaps, parseHeaders, parseRedirects, pathPattern, redirectFor } from '../../scripts/site/host-rules.ts'
import { DIST } from './built-site.ts'

const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(join(DIST, f)).isFile())
  .map((f) => f.split('\\').join('/'))
const html = files.filter((f) => f.endsWith('.html'))
const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'))
/** The addresses a reader's browser asks for: a page by its clean route, every other file by its path. */
const addressOf = (f: string) => (f === 'index.html' ? '/' : f.endsWith('/index.html') ? `/${f.slice(0, -10)}` : f.endsWith('.html') ? `/${f.slice(0, -5)}` : `/${f}`)

describe('what the build publishes', () => {
  it('leaves out what VitePress writes for itself (package.json, hashmap.json, an empty vp-icons.css) and writes no empty file', () => {
    expect(BUILD_LEFTOVERS.sort()).toEqual(['hashmap.json', 'package.json', 'vp-icons.css'])
    for (const f of ['package.json', 'hashmap.json', 'vp-icons.css']) expect(existsSync(join(DIST, f)), f).toBe(false)
    expect(files.filter((f) => statSync(join(DIST, f)).size === 0)).toEqual([])
  })

  it('every file outside data/ and pagefind/ is a page, a host or crawler file, or named by another file', () => {
    const texts = files.filter((f) => /\.(html|css|js|json|xml|txt)$/.test(f)).map((f) => readFileSync(join(DIST, f), 'utf8'))
    const own = new Set(['_headers', '_redirects', 'robots.txt', 'sitemap.xml'])
    const orphans = files.filter((f) => !f.startsWith('data/') && !f.startsWith('pagefind/') && !f.endsWith('.html') && !own.has(f)).filter((f) => !texts.some((t) => t.includes(f.split('/').pop()!)))
    expect(orphans).toEqual([])
  })

  it('no page has a style attribute (the policy allows none) or an inline event handler', () => {
    const bad = html.flatMap((f) => {
      const page = readFileSync(join(DIST, f), 'utf8').replace(/<script\b[\s\S]*?<\/script>/g, '')
      return [...page.matchAll(/<[a-z][^>]*?\s(style|on[a-z]+)=/gi)].map((m) => `${f}: ${m[1]}=`)
    })
    expect(bad).toEqual([])
  })
})

describe('_headers', () => {
  it('reads back as it was written', () => {
    expect(formatHeaders(rules)).toBe(readFileSync(join(DIST, '_headers'), 'utf8'))
  })

  it('gives every file its headers, each from one rule only (hosts merge repeated headers differently)', () => {
    const problems: string[] = []
    for (const f of files.filter((f) => f !== '_headers' && f !== '_redirects')) {
      const path = addressOf(f)
      const paths = f.endsWith('.html') ? [path, `/${f}`] : [path]
      for (const p of paths) {
        const h = headersFor(rules, p)
        const twice = overlaps(rules, p)
        if (twice.length) problems.push(`${p}: ${twice.join(', ')} set by two rules`)
        if (!h['Content-Security-Policy']) problems.push(`${p}: no Content-Security-Policy`)
        if (h['X-Content-Type-Options'] !== 'nosniff') problems.push(`${p}: no nosniff`)
        if (h['Referrer-Policy'] !== 'same-origin') problems.push(`${p}: Referrer-Policy ${h['Referrer-Policy']}`)
        const cache = f.startsWith('assets/') ? CACHE_IMMUTABLE : CACHE_REVALIDATE
        if (h['Cache-Control'] !== cache) problems.push(`${p}: Cache-Control ${h['Cache-Control']}, expected ${cache}`)
        const frame = f.startsWith(`${EMBED_DIR}/`) ? undefined : 'DENY'
        if (h['X-Frame-Options'] !== frame) problems.push(`${p}: X-Frame-Options ${h['X-Frame-Options']}, expected ${frame ?? 'none'}`)
      }
    }
    expect(problems).toEqual([])
  })

  it("allows the site's own scripts and exactly the inline scripts its pages hold, by SHA-256", () => {
    const csp = headersFor(rules, '/')['Content-Security-Policy']!
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1]!.split(' ')
    // Every <script> without src in the built pages, hashed here (not by the code under test).
    const inline = new Set<string>()
    for (const f of html) {
      for (const m of readFileSync(join(DIST, f), 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        inline.add(`'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`)
      }
    }
    expect(inline.size).toBeGreaterThanOrEqual(2) // the one inline script, and the search page's start of Pagefind
    expect(scriptSrc.filter((s) => s.startsWith("'sha256-")).sort()).toEqual([...inline].sort())
    expect(scriptSrc.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'wasm-unsafe-eval'"])
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("style-src 'self';")
    expect(csp).not.toMatch(/'unsafe-inline'|[^-]'unsafe-eval'|\s\*/)
  })

  it('matches paths as the hosts do', () => {
    expect(pathPattern('/*').test('/')).toBe(true)
    expect(pathPattern('/kommuner/*').test('/kommuner/vejle')).toBe(true)
    expect(pathPattern('/kommuner/*').test('/kommunerne')).toBe(false)
    expect(pathPattern('/a/:x/b').test('/a/y/b')).toBe(true)
    expect(pathPattern('/a/:x/b').test('/a/y/z/b')).toBe(false)
    expect(pathPattern('/om.html').test('/omXhtml')).toBe(false)
  })
})

describe('_redirects', () => {
  const redirects = parseRedirects(readFileSync(join(DIST, '_redirects'), 'utf8'))

  it('sends no address that has a file behind it elsewhere (hosts differ on which wins)', () => {
    const served = new Set(files.flatMap((f) => [addressOf(f), `/${f}`]))
    expect(redirects.filter((r) => !r.from.includes('*') && !r.from.includes(':') && served.has(r.from))).toEqual([])
    for (const r of redirects) expect(r.to.startsWith('/') || r.to.startsWith('https://'), `${r.from} → ${r.to}`).toBe(true)
  })

  it('leads the addresses people type to their page: Danish letters, capitals, a trailing slash, a name without Danish letters', () => {
    // As a browser sends them: percent-encoded where they have letters outside ASCII.
    const cases: [typed: string, page: string][] = [
      ['/hjælp', '/hjaelp'],
      ['/kommuner/københavn', '/kommuner/koebenhavn'],
      ['/kommuner/Vejle/', '/kommuner/vejle'],
      ['/kommuner/vejle/', '/kommuner/vejle'],
      ['/kommuner/tonder', '/kommuner/toender'],
      ['/kommuner/Tønder', '/kommuner/toender'],
      ['/regioner/Sjælland', '/regioner/sjaelland'],
      ['/kommuner', '/kommuner/'],
    ]
    for (const [typed, page] of cases) expect(redirectFor(redirects, encodeURI(typed))?.location, typed).toBe(page)
    // Each redirect's target is a page the build wrote; each 404 rule's a file it wrote.
    const pages = new Set(html.map(addressOf))
    expect(redirects.filter((r) => !isRewrite(r) && !pages.has(r.to.split('#')[0]!)).map((r) => `${r.from} → ${r.to}`)).toEqual([])
    expect(redirects.filter((r) => isRewrite(r) && !files.includes(r.to.slice(1))).map((r) => `${r.from} → ${r.to}`)).toEqual([])
  })

  it('answers an unknown address with its language\'s 404 page: /en/* before the catch-all, both after every redirect', () => {
    // Written by hand: the two rules, last in the file, the more specific first.
    expect(redirects.slice(-2)).toEqual([
      { from: '/en/*', to: '/en/404.html', status: 404 },
      { from: '/*', to: '/404.html', status: 404 },
    ])
    expect(redirects.slice(0, -2).filter(isRewrite)).toEqual([])
    expect(redirectFor(redirects, '/en/no-such-page')).toEqual({ location: '/en/404.html', status: 404 })
    expect(redirectFor(redirects, '/en/regions/nowhere')).toEqual({ location: '/en/404.html', status: 404 })
    expect(redirectFor(redirects, '/findes-ikke')).toEqual({ location: '/404.html', status: 404 })
    expect(redirectFor(redirects, '/english/x')).toEqual({ location: '/404.html', status: 404 })
    // Typed addresses still reach their page, in both languages.
    expect(redirectFor(redirects, encodeURI('/hjælp'))).toEqual({ location: '/hjaelp', status: 301 })
    expect(redirectFor(redirects, '/en/help/')).toEqual({ location: '/en/help', status: 301 })
  })

  it('reads rules as the hosts do', () => {
    const rs = parseRedirects('# comment\n/hjælp /hjaelp 301\n/gammel/* /ny/:splat 302\n')
    expect(redirectFor(rs, '/hjælp')).toEqual({ location: '/hjaelp', status: 301 })
    expect(redirectFor(rs, '/gammel/a/b')).toEqual({ location: '/ny/a/b', status: 302 })
    expect(redirectFor(rs, '/andet')).toBeNull()
    expect(() => parseRedirects('/a /b 200\n')).toThrow(/expected/)
    const nf = parseRedirects('/en/* /en/404.html 404\n/* /404.html 404\n')
    expect(nf.map(isRewrite)).toEqual([true, true])
    expect(redirectFor(nf, '/en/x/y')).toEqual({ location: '/en/404.html', status: 404 })
    expect(redirectFor(nf, '/x')).toEqual({ location: '/404.html', status: 404 })
  })
})
