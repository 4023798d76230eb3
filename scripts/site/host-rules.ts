/**
 * The static host's rules, written by the build beside the site in the format Netlify and
 * Cloudflare Pages read: `_headers` (response headers per path) and `_redirects` (old or typed
 * addresses to pages). The test server (scripts/browser/serve-site.ts) applies both, so the
 * browser tests run under exactly what is shipped.
 *
 * Netlify and Cloudflare differ when two matching rules set the same header (Netlify keeps the
 * later, Cloudflare joins them with a comma), so the rules never do: each header name comes from
 * at most one rule for any path (`overlaps` finds a breach; a test runs it on every built file).
 * Hence the split: `/*` carries what every response gets (the Content-Security-Policy, nosniff,
 * the referrer policy), and each top-level entry of the site its own caching rule and, unless it
 * is an embed page, `X-Frame-Options: DENY` (the policy has no frame-ancestors, so browsers obey
 * that header; embed pages get none and may be framed by anyone).
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { HOME_ROUTE, NOT_FOUND_FILES, SITE_PAGES } from '../../.vitepress/pages.ts'
import type { Lang } from '../format/locale.ts'
import { loadData } from '../data/load-data.ts'
import { EMBED_DIR } from './links.ts'
import { typedAddressRules } from './redirects.ts'

export { EMBED_DIR }

export const HEADERS_FILE = '_headers'
export const REDIRECTS_FILE = '_redirects'

export type Headers = Record<string, string>
export interface HeaderRule { path: string; headers: Headers }
/** A rule of `_redirects`: a redirect (3xx), or with 404 a rewrite (the host answers with the file `to`, status 404, the address unchanged). */
export interface Redirect { from: string; to: string; status: 301 | 302 | 307 | 308 | 404 }

/** Whether a rule answers in place (404: the page of `to`) rather than sending the browser on. */
export const isRewrite = (r: { status: number }): boolean => r.status === 404

/** Hashed file names (Vite's assets) never change their content: a year, immutable. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable'
/** HTML, data and everything else under a stable name: the browser asks again each time (cheap with ETags). */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate'

/** The inline scripts of a page (no `src`, run as script): their exact text, as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs!) && !/\btype\s*=\s*["']?(?!module|text\/javascript)[^"'\s>]/i.test(attrs!))
    .map(([, , body]) => body!)
}

/** A script's CSP source: `'sha256-<base64>'` of its UTF-8 text. */
export const scriptHash = (body: string): string => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`

/**
 * The policy for every response: the site's own files and, by hash, its inline scripts; Pagefind
 * compiles its WebAssembly ('wasm-unsafe-eval', which allows no JavaScript eval). No inline styles
 * (the build writes no `style` attribute), no plugins, no <base>, forms only to the site itself.
 * Images may be `data:` URLs: Pagefind's stylesheet draws its search icon with one (an image
 * runs nothing).
 */
export function contentSecurityPolicy(hashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${[...new Set(hashes)].sort().join(' ')} 'wasm-unsafe-eval'`.replace(/  +/g, ' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
}

/** Every file of a folder, relative, with forward slashes. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).map((f) => f.split('\\').join('/'))
}

/** The `_headers` rules for a built site (read from its files: the inline scripts of every page). */
export function headerRules(dist: string): HeaderRule[] {
  const files = filesOf(dist)
  const hashes = files.filter((f) => f.endsWith('.html')).flatMap((f) => inlineScripts(readFileSync(join(dist, f), 'utf8')).map(scriptHash))
  const rules: HeaderRule[] = [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(hashes),
        'X-Content-Type-Options': 'nosniff',
        // Nothing about which page a reader came from leaves the site (some readers are at risk).
        'Referrer-Policy': 'same-origin',
      },
    },
  ]
  const top = [...new Set(files.map((f) => f.split('/')[0]!))].filter((f) => f !== HEADERS_FILE && f !== REDIRECTS_FILE).sort()
  for (const entry of top) {
    const isDir = statSync(join(dist, entry)).isDirectory()
    const cache = entry === 'assets' ? CACHE_IMMUTABLE : CACHE_REVALIDATE
    const headers: Headers = entry === EMBED_DIR ? { 'Cache-Control': cache } : { 'Cache-Control': cache, 'X-Frame-Options': 'DENY' }
    const paths = isDir ? [`/${entry}/*`] : entry === 'index.html' ? ['/', '/index.html'] : entry.endsWith('.html') ? [`/${entry.slice(0, -5)}`, `/${entry}`] : [`/${entry}`]
    for (const path of paths) rules.push({ path, headers })
  }
  return rules
}

/** `_headers` as Netlify and Cloudflare Pages read it: a path, then indented `Name: value` lines. */
export function formatHeaders(rules: HeaderRule[]): string {
  const head = '# Response headers for the static host (Netlify / Cloudflare Pages format), written by the build.\n# No header is set by two rules that match one path (hosts merge such headers differently).\n'
  return head + rules.map((r) => `${r.path}\n${Object.entries(r.headers).map(([k, v]) => `  ${k}: ${v}\n`).join('')}`).join('\n')
}

/** Reads `_headers` back: rules in file order. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} })
    else {
      const m = /^\s+([^:\s]+):\s*(.*)$/.exec(line)
      const rule = rules.at(-1)
      if (!m || !rule) throw new Error(`_headers: expected "  Name: value" under a path, found ${JSON.stringify(line)}`)
      rule.headers[m[1]!] = m[2]!.trim()
    }
  }
  return rules
}

/** A host's path pattern as a RegExp: `*` matches anything (slashes too), `:name` one segment. */
export function pathPattern(path: string): RegExp {
  const body = path.split(/(\*|:[A-Za-z]\w*)/).map((p) => (p === '*' ? '.*' : p.startsWith(':') ? '[^/]+' : p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))).join('')
  return new RegExp(`^${body}$`)
}

/** The rules that match a request path, in file order. */
export const matchingRules = (rules: HeaderRule[], path: string): HeaderRule[] => rules.filter((r) => pathPattern(r.path).test(path))

/** The headers a request path gets (a header set by two matching rules is joined, as Cloudflare does; see `overlaps`). */
export function headersFor(rules: HeaderRule[], path: string): Headers {
  const out: Headers = {}
  for (const r of matchingRules(rules, path)) for (const [k, v] of Object.entries(r.headers)) out[k] = out[k] ? `${out[k]}, ${v}` : v
  return out
}

/** Header names that two matching rules both set for `path` (hosts disagree on those; there must be none). */
export function overlaps(rules: HeaderRule[], path: string): string[] {
  const seen = new Map<string, number>()
  for (const r of matchingRules(rules, path)) for (const k of Object.keys(r.headers)) seen.set(k.toLowerCase(), (seen.get(k.toLowerCase()) ?? 0) + 1)
  return [...seen].filter(([, n]) => n > 1).map(([k]) => k)
}

/**
 * Redirects: typed or old addresses to pages. Each `from` must be an address with no file behind
 * it (hosts differ on whether a rule beats an existing file; without one, they agree). Add rules
 * to the list this returns. The not-found rules come last: a host uses the first rule that matches.
 */
export function redirectRules(): Redirect[] {
  return [...typedAddressRules(loadData(), SITE_PAGES), ...notFoundRules()]
}

/**
 * Unknown addresses get their language's 404 page with status 404: under /en/ the English one,
 * anywhere else the Danish one. The more specific prefix first (`/en/*` before the catch-all `/*`),
 * since the first rule that matches wins. Netlify applies these only where no file answers (a rule
 * without `!` never shadows a file). Cloudflare Pages has no 404 rule and skips these lines, but it
 * answers an unknown address with the nearest 404.html up the path, which is the same page.
 */
export function notFoundRules(): Redirect[] {
  return (Object.entries(NOT_FOUND_FILES) as [Lang, string][])
    .map(([lang, file]): Redirect => ({ from: `${HOME_ROUTE[lang]}*`, to: `/${file}`, status: 404 }))
    .sort((a, b) => b.from.length - a.from.length)
}

/** `_redirects`: `from to status`, one a line. */
export function formatRedirects(redirects: Redirect[]): string {
  return `# Redirects for the static host (Netlify / Cloudflare Pages format), written by the build.\n${redirects.map((r) => `${r.from} ${r.to} ${r.status}\n`).join('')}`
}

export function parseRedirects(text: string): Redirect[] {
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.trim().startsWith('#'))
    .map((l) => {
      const [from, to, status = '301'] = l.trim().split(/\s+/)
      if (!from || !to || !/^(30[1278]|404)$/.test(status)) throw new Error(`_redirects: expected "from to 301|302|307|308|404", found ${JSON.stringify(l)}`)
      return { from, to, status: Number(status) as Redirect['status'] }
    })
}

/**
 * What the first rule that matches a request path says: where it is redirected, or (a rewrite,
 * status 404) which file answers it (`:splat` takes what `*` matched).
 */
export function redirectFor(redirects: Redirect[], path: string): { location: string; status: number } | null {
  for (const r of redirects) {
    const m = pathPattern(r.from).exec(path)
    if (!m) continue
    const splat = r.from.includes('*') ? path.slice(r.from.indexOf('*')) : ''
    return { location: r.to.replace(':splat', splat), status: r.status }
  }
  return null
}

/** Writes `_headers` and `_redirects` into a built site (last, once every page is final). */
export function writeHostRules(dist: string): { rules: number; redirects: number } {
  const rules = headerRules(dist)
  const redirects = redirectRules()
  writeFileSync(join(dist, HEADERS_FILE), formatHeaders(rules))
  writeFileSync(join(dist, REDIRECTS_FILE), formatRedirects(redirects))
  return { rules: rules.length, redirects: redirects.length }
}

/**
 * What VitePress leaves in its output that is not part of the site: the server bundle's
 * package.json, the client router's hashmap.json (this site has no client router) and the
 * default theme's icon stylesheet (empty; this theme uses no icons).
 */
export const BUILD_LEFTOVERS = ['package.json', 'hashmap.json', 'vp-icons.css']

export function removeBuildLeftovers(dist: string): void {
  for (const f of BUILD_LEFTOVERS) rmSync(join(dist, f), { force: true })
}
