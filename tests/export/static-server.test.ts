/**
 * /data is one place: the Data page is the download folder's index (/data/ → data/index.html), so
 * no folder shadows a page. Checked with linkinator's own static server on the built site (not the
 * project's test server): a folder answers with its index.html, nothing else is rewritten.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { LinkChecker, LinkState } from 'linkinator'
import { expect, it } from 'vitest'
// The site tests/build-setup.ts built for this run, never a .vitepress/dist left from an older build.
import { DIST } from '../site/built-site.ts'
/** linkinator reports its own server's URLs relative to the root ("data/", "data/funding.csv"). */
const pathOf = (u: string) => (/^https?:/.test(u) ? new URL(u).pathname : `/${u.replace(/^\.?\//, '')}`)

async function crawl(from: string, cleanUrls: boolean, only: (path: string) => boolean) {
  if (!existsSync(join(DIST, 'data', 'index.html'))) throw new Error(`expected the built Data page in ${DIST}, found none`)
  const checker = new LinkChecker()
  const { links } = await checker.check({
    // The root of serverRoot: linkinator starts its own server on DIST and crawls from /.
    path: from,
    serverRoot: DIST,
    recurse: true,
    cleanUrls,
    checkFragments: true,
    // The team's machine is often busy: a request that fails on the network (status 0, 5xx) is tried
    // again, up to 3 times; a 404 is reported at once, as before.
    concurrency: 4,
    retryErrors: true,
    retryErrorsCount: 3,
    retryErrorsJitter: 1000,
    // Per request; generous, since the team's two shared cores are often busy (a timeout reads as a broken link).
    timeout: 60_000,
    // linkinator serves DIST itself; paths below are site-root paths.
    linksToSkip: async (link) => {
      const url = new URL(link)
      return !/^(127\.0\.0\.1|localhost)$/.test(url.hostname) || !only(url.pathname)
    },
  })
  const checked = links.filter((l) => l.state !== LinkState.SKIPPED)
  const broken = links.filter((l) => l.state === LinkState.BROKEN).map((l) => `${l.status ?? '-'} ${pathOf(l.url)} (from ${l.parent ? pathOf(l.parent) : '?'})`)
  return { checked, broken }
}

it('every link into /data/ resolves on a static server without clean-URL rewriting', async () => {
  const { checked, broken } = await crawl('.', false, (p) => p === '/' || p === '/index.html' || p.startsWith('/data/'))
  const paths = new Set(checked.map((l) => pathOf(l.url)))
  expect(paths.has('/data/'), 'the Data page is /data/').toBe(true)
  expect([...paths].filter((p) => /^\/data\/[^/]+\.(csv|json|zip)$/.test(p)).length, 'downloads checked').toBeGreaterThan(40)
  expect(broken).toEqual([])
}, 120_000)

it('the whole site has no broken internal link on linkinator\'s own server (pages as extensionless .html files)', async () => {
  const { checked, broken } = await crawl('.', true, () => true)
  expect(checked.length).toBeGreaterThan(50)
  expect(broken).toEqual([])
}, 120_000)
