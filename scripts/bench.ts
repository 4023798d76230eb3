/**
 * `npm run bench`: a benchmark, not a test. Builds the site (timed), serves it on 127.0.0.1, and
 * prints per page the bytes it loads (HTML, JS, CSS, fonts; raw and gzip), its number of requests,
 * and Lighthouse's four category scores for mobile, run on the same Chromium as the tests.
 * Writes everything to reports/bench.json.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium, newSiteContext } from './browser/chromium.ts'
import { type PageWeight, weighPage } from './browser/page-weight.ts'
import { DIST, NOT_FOUND_FILE, sitePages } from './browser/site-pages.ts'
import { serveSite } from './browser/serve-site.ts'
import { PROJECT_ROOT } from './data/load-data.ts'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
// Milliseconds (CLS: a score); bootup-time and mainthread-work-breakdown say where the blocking time goes.
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'bootup-time', 'mainthread-work-breakdown'] as const

interface PageReport {
  route: string
  requests: number
  bytes: PageWeight['bytes']
  gzipTotal: number
  prefetch: PageWeight['prefetch']
  lighthouse: {
    scores: Record<string, number | null>
    metrics: Record<string, number | null>
    /** Audits that cost points, per category: id and score. */
    lost: Record<string, string[]>
  }
}

function build(): number {
  const started = performance.now()
  const run = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' })
  if (run.status !== 0) {
    console.error('\nBuild failed; nothing to measure.')
    process.exit(run.status ?? 1)
  }
  return (performance.now() - started) / 1000
}

async function lighthouseScores(url: string, port: number): Promise<PageReport['lighthouse']> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { categories, audits } = result.lhr
  const scores: Record<string, number | null> = {}
  const lost: Record<string, string[]> = {}
  for (const id of CATEGORIES) {
    const c = categories[id]
    scores[id] = c?.score == null ? null : Math.round(c.score * 100)
    lost[id] = (c?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1)
      .map((r) => `${r.id} (${audits[r.id]?.score})`)
  }
  const metrics = Object.fromEntries(METRICS.map((m) => [m, audits[m]?.numericValue ?? null]))
  return { scores, metrics, lost }
}

const kb = (n: number) => (n / 1024).toFixed(1)
const lighthouseVersion = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version

async function main() {
  const buildSeconds = build()
  const pages = sitePages()
  const server = await serveSite(DIST)
  const browser = await launchChromium()
  // Lighthouse drives its own Chromium (same binary, same flags) through chrome-launcher.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS })
  const reports: PageReport[] = []
  try {
    for (const { route } of pages) {
      const context = await newSiteContext(browser, 1280)
      const w = await weighPage(await context.newPage(), server.url + route)
      await context.close()
      const lh = await lighthouseScores(server.url + route, chrome.port)
      const gzipTotal = Object.values(w.bytes).reduce((s, b) => s + b.gzip, 0)
      reports.push({ route, requests: w.requests, bytes: w.bytes, gzipTotal, prefetch: w.prefetch, lighthouse: lh })
      process.stderr.write(`measured ${route}\n`)
    }
  } finally {
    chrome.kill()
    await browser.close()
    await server.close()
  }

  const header = ['page', 'req', 'HTML kB raw/gz', 'JS kB raw/gz', 'CSS kB raw/gz', 'fonts kB raw/gz', 'total gz kB', 'prefetch gz kB', 'perf', 'a11y', 'bp', 'seo']
  const rows = reports.map((r) => [
    r.route,
    String(r.requests),
    `${kb(r.bytes.html.raw)}/${kb(r.bytes.html.gzip)}`,
    `${kb(r.bytes.js.raw)}/${kb(r.bytes.js.gzip)}`,
    `${kb(r.bytes.css.raw)}/${kb(r.bytes.css.gzip)}`,
    `${kb(r.bytes.font.raw)}/${kb(r.bytes.font.gzip)}`,
    kb(r.gzipTotal),
    kb(r.prefetch.gzip),
    ...CATEGORIES.map((c) => String(r.lighthouse.scores[c] ?? '-')),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)))
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
  console.log(`\nBuild: ${buildSeconds.toFixed(1)} s (npm run build). Pages: ${reports.length} (+ ${NOT_FOUND_FILE}). Bytes are response bodies; gz = zlib level 9.`)
  // Lighthouse's performance score (TBT above all) depends on how busy the machine is: say how busy.
  const load = `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`
  console.log(`Lighthouse ${lighthouseVersion} mobile (simulated throttling), ${CHROMIUM_PATH}; ${load}.\n`)
  console.log(line(header))
  for (const r of rows) console.log(line(r))
  for (const r of reports) {
    const lost = Object.entries(r.lighthouse.lost).filter(([, a]) => a.length)
    if (lost.length) console.log(`\n${r.route}: ${lost.map(([c, a]) => `${c}: ${a.join(', ')}`).join('; ')}`)
  }

  const out = join(PROJECT_ROOT, 'reports', 'bench.json')
  mkdirSync(join(PROJECT_ROOT, 'reports'), { recursive: true })
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), loadavg: loadavg(), cpus: cpus().length, buildSeconds, chromium: CHROMIUM_PATH, lighthouse: lighthouseVersion, pages: reports }, null, 2) + '\n')
  console.log(`\nWritten to reports/bench.json`)
}

await main()
