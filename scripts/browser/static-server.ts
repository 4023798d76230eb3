/**
 * A small static file server for the built site, as a host serves it: clean URLs (`/foo` →
 * foo.html), 404.html with status 404, no directory listing, gzip when the client asks (as any
 * production host does, so Lighthouse sees realistic transfer sizes). 127.0.0.1 only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync, statSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.pdf': 'application/pdf',
}
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string
  close(): Promise<void>
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** The file a URL path stands for, or undefined. Never leaves `root`; directories only via index.html. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let path: string
  try {
    path = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (path.includes('\0')) return undefined
  const base = resolve(root)
  const full = resolve(base, '.' + path)
  if (full !== base && !full.startsWith(base + sep)) return undefined
  const candidates = path.endsWith('/') ? [join(full, 'index.html')] : [full, `${full}.html`, join(full, 'index.html')]
  return candidates.find(isFile)
}

/** Serves `root` on 127.0.0.1 on a free port. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const gzipCache = new Map<string, Buffer>()
  const send = (req: IncomingMessage, res: ServerResponse, file: string, status: number) => {
    const body = readFileSync(file)
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
    const headers: Record<string, string | number> = { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' }
    let payload: Buffer = body
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      payload = gzipCache.get(file) ?? gzipSync(body, { level: 9 })
      gzipCache.set(file, payload)
      headers['content-encoding'] = 'gzip'
      headers.vary = 'accept-encoding'
    }
    headers['content-length'] = payload.length
    res.writeHead(status, headers)
    res.end(req.method === 'HEAD' ? undefined : payload)
  }
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1')
    const file = resolveFile(root, pathname)
    if (file) return send(req, res, file, 200)
    const notFound = join(root, '404.html')
    if (isFile(notFound)) return send(req, res, notFound, 404)
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404')
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => ok())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
