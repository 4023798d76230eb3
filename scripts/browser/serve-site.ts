/**
 * Serves a built site as a host does, with sirv (the server behind `vitepress serve`): clean URLs
 * (`/foo` → foo.html, `/dir/` → dir/index.html), a 404 page with status 404, no directory listing,
 * gzip (files are compressed once, at level 9, so Lighthouse and the budgets see realistic
 * transfer sizes). It serves a private copy of the site, so a rebuild cannot swap files under a
 * running test, and only the files the copy holds: sirv lists them at start and answers nothing
 * else, so no path can reach outside it. 127.0.0.1 only, on a free port.
 *
 * Where the build wrote the static host's rules (`_headers`, `_redirects`; scripts/site/host-rules.ts),
 * it applies them as the host does: every response gets the headers its path matches, and an
 * address with no file behind it is redirected by the first rule that matches, or answered with the
 * file a 404 rule names (each language's 404 page: the rules say which; without rules, 404.html).
 * The rule files themselves are not served (hosts read them, they do not publish them).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import sirv from 'sirv'
import { HEADERS_FILE, headersFor, isRewrite, parseHeaders, parseRedirects, redirectFor, REDIRECTS_FILE } from '../site/host-rules.ts'
import { NOT_FOUND_FILE } from './site-pages.ts'

export interface ServedSite {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string
  /** The served copy of the site. */
  root: string
  close(): Promise<void>
}

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|csv|xml|txt|md)$/

/** A request's path as the host's rules see it: decoded (`/hjælp`, not `/hj%C3%A6lp`), no query. */
function pathOf(url = '/'): string {
  const path = new URL(url, 'http://host').pathname
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

export async function serveSite(dist: string): Promise<ServedSite> {
  const root = mkdtempSync(join(tmpdir(), 'nsk-site-'))
  cpSync(dist, root, { recursive: true })
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (COMPRESSIBLE.test(file)) writeFileSync(join(root, `${file}.gz`), gzipSync(readFileSync(join(root, file)), { level: 9 }))
  }
  // The pages the rules answer with (read once each, from the copy); without a rule, the Danish 404.html.
  const answers = new Map<string, Buffer>()
  const answer = (file: string) => answers.get(file) ?? answers.set(file, readFileSync(join(root, file))).get(file)!
  const hostRules = existsSync(join(root, HEADERS_FILE)) ? parseHeaders(readFileSync(join(root, HEADERS_FILE), 'utf8')) : null
  const redirects = existsSync(join(root, REDIRECTS_FILE)) ? parseRedirects(readFileSync(join(root, REDIRECTS_FILE), 'utf8')) : []
  const hidden = new Set([`/${HEADERS_FILE}`, `/${REDIRECTS_FILE}`])
  const serve = sirv(root, {
    dev: false,
    etag: false,
    gzip: true,
    extensions: ['html'],
    setHeaders: (res) => {
      if (hostRules) return
      res.setHeader('Cache-Control', 'no-cache')
      res.setHeader('X-Content-Type-Options', 'nosniff')
    },
    onNoMatch: (req, res) => {
      const rule = redirectFor(redirects, pathOf(req.url))
      if (rule && !isRewrite(rule)) return void res.writeHead(rule.status, { Location: rule.location }).end()
      const page = answer(rule ? rule.location.replace(/^\//, '') : NOT_FOUND_FILE)
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.length }).end(page)
    },
  })
  const server = createServer((req, res) => {
    const path = pathOf(req.url)
    if (hostRules) for (const [name, value] of Object.entries(headersFor(hostRules, path))) res.setHeader(name, value)
    if (hidden.has(path)) req.url = '/404-no-such-file'
    serve(req, res)
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => ok())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    root,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => {
          rmSync(root, { recursive: true, force: true })
          ok()
        })
      }),
  }
}
