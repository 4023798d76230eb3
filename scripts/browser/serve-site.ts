/**
 * Serves a built site as a host does, with sirv (the server behind `vitepress serve`): clean URLs
 * (`/foo` → foo.html, `/dir/` → dir/index.html), 404.html with status 404, no directory listing,
 * gzip (files are compressed once, at level 9, so Lighthouse and the budgets see realistic
 * transfer sizes). It serves a private copy of the site, so a rebuild cannot swap files under a
 * running test, and only the files the copy holds: sirv lists them at start and answers nothing
 * else, so no path can reach outside it. 127.0.0.1 only, on a free port.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import sirv from 'sirv'

export interface ServedSite {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string
  /** The served copy of the site. */
  root: string
  close(): Promise<void>
}

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|csv|xml|txt|md)$/

export async function serveSite(dist: string): Promise<ServedSite> {
  const root = mkdtempSync(join(tmpdir(), 'nsk-site-'))
  cpSync(dist, root, { recursive: true })
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (COMPRESSIBLE.test(file)) writeFileSync(join(root, `${file}.gz`), gzipSync(readFileSync(join(root, file)), { level: 9 }))
  }
  const notFound = readFileSync(join(root, '404.html'))
  const serve = sirv(root, {
    dev: false,
    etag: false,
    gzip: true,
    extensions: ['html'],
    setHeaders: (res) => {
      res.setHeader('Cache-Control', 'no-cache')
      res.setHeader('X-Content-Type-Options', 'nosniff')
    },
    onNoMatch: (_req, res) => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': notFound.length }).end(notFound)
    },
  })
  const server = createServer((req, res) => serve(req, res))
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
