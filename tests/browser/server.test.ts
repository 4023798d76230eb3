/**
 * The test server (sirv, scripts/browser/serve-site.ts) serves the built site and nothing else:
 * no path, however encoded, reaches a file beside the served folder; an unknown address gets its
 * language's 404 page with status 404; clean URLs and gzip work as on a host.
 */
import { rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { basename, dirname, join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { DIST_DIR, SITE_URL } from './session.ts'

// A file right beside the served copy: what a traversal would reach.
const SECRET = 'nsk-traversal-secret'
const outside = join(dirname(DIST_DIR), `${basename(DIST_DIR)}-secret.txt`)
beforeAll(() => writeFileSync(outside, SECRET))
afterAll(() => rmSync(outside, { force: true }))

/** A GET with the path sent exactly as written (fetch and URL would normalise the dots away). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(SITE_URL)
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => ok({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', fail)
    req.end()
  })
}

const name = basename(outside)
it.each([
  `/../${name}`,
  `/%2e%2e/${name}`,
  `/%2E%2E%2F${name}`,
  `/..%2f${name}`,
  `/assets/../../${name}`,
  `/..\\${name}`,
  `//..//${name}`,
])('refuses the path %s with 404, without the file outside the site', async (path) => {
  const { status, body } = await rawGet(path)
  expect(body).not.toContain(SECRET)
  expect(status).toBe(404)
})

it('serves clean URLs, the 404 page with status 404, and gzip', async () => {
  expect((await rawGet('/om')).status).toBe(200)
  const missing = await rawGet('/findes-ikke')
  expect(missing.status).toBe(404)
  expect(missing.body).toContain('SIDEN FINDES IKKE')
  // Under /en/, as the host's rules say (_redirects), the English 404 page.
  const missingEn = await rawGet('/en/findes-ikke')
  expect(missingEn.status).toBe(404)
  expect(missingEn.body).toContain('PAGE NOT FOUND')
  expect(missingEn.body).toContain('<html lang="en"')
  const gz = await fetch(`${SITE_URL}/om`, { headers: { 'accept-encoding': 'gzip' } })
  expect(gz.headers.get('content-encoding')).toBe('gzip')
})
