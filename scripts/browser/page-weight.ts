/**
 * What a page costs to load: every response Chromium receives while the page loads and settles,
 * by kind, with raw and gzip (zlib level 9) byte counts. Sizes come from the bodies, not from
 * transfer headers, so they are the same on every machine. Prefetches (VitePress fetches the
 * chunks of linked pages when the browser is idle) are counted apart: the page does not need them.
 */
import type { Page, Response } from 'playwright-core'
import { gzipSync } from 'node:zlib'

export type Kind = 'html' | 'js' | 'css' | 'font' | 'other'
export interface Bytes { raw: number; gzip: number }
export interface Loaded { url: string; kind: Kind; status: number; raw: number; gzip: number; prefetch: boolean }
export interface PageWeight {
  url: string
  status: number
  /** Requests the page itself made (prefetches not counted). */
  requests: number
  bytes: Record<Kind, Bytes>
  prefetch: { requests: number; raw: number; gzip: number; urls: string[] }
  loaded: Loaded[]
}

export function kindOf(contentType: string, url: string): Kind {
  const path = new URL(url).pathname
  if (/javascript/.test(contentType) || /\.m?js$/.test(path)) return 'js'
  if (/text\/css/.test(contentType) || path.endsWith('.css')) return 'css'
  if (/^font\/|woff2?|opentype|truetype/.test(contentType) || /\.(woff2?|ttf|otf)$/.test(path)) return 'font'
  if (/text\/html/.test(contentType)) return 'html'
  return 'other'
}

const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length

/** Opens `url` in `page`, waits until the network is idle, and sums what was loaded. */
export async function weighPage(page: Page, url: string): Promise<PageWeight> {
  const pending: Promise<Loaded | undefined>[] = []
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        const request = response.request()
        if (response.status() >= 300 && response.status() < 400) return undefined // the redirect's target is counted
        const body = await response.body().catch(() => Buffer.alloc(0))
        const kind = kindOf(response.headers()['content-type'] ?? '', response.url())
        const prefetch = (await request.allHeaders())['sec-purpose']?.includes('prefetch') ?? false
        return { url: response.url(), kind, status: response.status(), raw: body.length, gzip: gzipSize(body), prefetch }
      })(),
    )
  }
  page.on('response', onResponse)
  let status = 0
  try {
    const response = await page.goto(url, { waitUntil: 'load' })
    status = response?.status() ?? 0
    await page.waitForLoadState('networkidle')
  } finally {
    page.off('response', onResponse)
  }
  const loaded = (await Promise.all(pending)).filter((x): x is Loaded => x !== undefined)
  const zero = (): Bytes => ({ raw: 0, gzip: 0 })
  const bytes: Record<Kind, Bytes> = { html: zero(), js: zero(), css: zero(), font: zero(), other: zero() }
  const own = loaded.filter((l) => !l.prefetch)
  for (const l of own) {
    bytes[l.kind].raw += l.raw
    bytes[l.kind].gzip += l.gzip
  }
  const pre = loaded.filter((l) => l.prefetch)
  return {
    url,
    status,
    requests: own.length,
    bytes,
    prefetch: { requests: pre.length, raw: pre.reduce((s, l) => s + l.raw, 0), gzip: pre.reduce((s, l) => s + l.gzip, 0), urls: pre.map((l) => l.url) },
    loaded,
  }
}
