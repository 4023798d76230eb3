/**
 * `npm run bench`: a benchmark, not a test. Builds the site (timed), serves it on 127.0.0.1, and
 * measures every page: the bytes a first visit loads (HTML, JS, CSS, fonts; raw and gzip), its
 * requests, its height at 375 px, and Lighthouse's four scores for mobile (simulated throttling),
 * the median of 3 runs, on the same Chromium as the tests.
 *
 * It prints a table and writes it to bench/BENCH.md, and the page heights to
 * bench/page-heights.json; both are committed, so a change in weight, score or length shows in
 * review. The full detail (metrics, audits that cost points) goes to reports/bench.json (ignored).
 * Targets (issue 10): performance ≥ 98, accessibility, best practices and SEO 100 on every page.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium, newSiteContext, waitForIslands } from './browser/chromium.ts'
import { type PageWeight, weighPage } from './browser/page-weight.ts'
import { serveSite } from './browser/serve-site.ts'
import { DIST, NOT_FOUND_FILE, representativePages, sitePages } from './browser/site-pages.ts'
import { PROJECT_ROOT } from './data/load-data.ts'

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const RUNS = 3
// Milliseconds (CLS: a score).
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const
const BENCH_DIR = join(PROJECT_ROOT, 'bench')
const HEIGHTS_FILE = join(BENCH_DIR, 'page-heights.json')

interface LighthouseRun {
  scores: Record<string, number | null>
  metrics: Record<string, number | null>
  /** Audits that cost points, per category: id and score. */
  lost: Record<string, string[]>
}
interface PageReport {
  route: string
  requests: number
  bytes: PageWeight['bytes']
  gzipTotal: number
  height375: number
  /** Median of the runs, per category. */
  scores: Record<string, number | null>
  runs: LighthouseRun[]
}
interface Measured {
  route: string
  weight: PageWeight
  height375: number
}

/** A first visit at 375 px: what it loads, and the page's full height. */
async function measure(browser: Awaited<ReturnType<typeof launchChromium>>, base: string, route: string): Promise<Measured> {
  const context = await newSiteContext(browser, 375)
  try {
    const page = await context.newPage()
    const weight = await weighPage(page, base + route)
    await waitForIslands(page)
    return { route, weight, height375: await page.evaluate(() => document.documentElement.scrollHeight) }
  } finally {
    await context.close()
  }
}

/**
 * The site is measured as it is deployed: with its public address set. Without SITE_URL the
 * hreflang links are site-relative, which Lighthouse's hreflang audit rejects (it wants full URLs);
 * a stand-in address serves when none is given (the canonical links then name another origin than
 * 127.0.0.1, which Lighthouse allows).
 */
const SITE_URL = process.env.SITE_URL || 'https://example.org/'

function build(): number {
  const started = performance.now()
  const run = spawnSync('npm', ['run', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit', env: { ...process.env, SITE_URL } })
  if (run.status !== 0) {
    console.error('\nBuild failed; nothing to measure.')
    process.exit(run.status ?? 1)
  }
  return (performance.now() - started) / 1000
}

async function lighthouseRun(url: string, port: number): Promise<LighthouseRun> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { categories, audits } = result.lhr
  const scores: Record<string, number | null> = {}
  const lost: Record<string, string[]> = {}
  for (const id of CATEGORIES) {
    const c = categories[id]
    scores[id] = c?.score == null ? null : Math.round(c.score * 100)
    lost[id] = (c?.auditRefs ?? []).filter((r) => r.weight > 0 && (audits[r.id]?.score ?? 1) < 1).map((r) => `${r.id} (${audits[r.id]?.score})`)
  }
  const metrics = Object.fromEntries(METRICS.map((m) => [m, audits[m]?.numericValue ?? null]))
  return { scores, metrics, lost }
}

const median = (xs: (number | null)[]): number | null => {
  const n = xs.filter((x): x is number => x !== null).sort((a, b) => a - b)
  return n.length ? n[Math.floor(n.length / 2)]! : null
}
const kb = (n: number) => (n / 1000).toFixed(1)
const lighthouseVersion = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version

async function main() {
  const buildSeconds = build()
  const pages = sitePages()
  const site = await serveSite(DIST)
  const browser = await launchChromium()
  // Lighthouse drives its own Chromium (same binary, same flags) through chrome-launcher.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS })
  const reports: PageReport[] = []
  const heights: Record<string, number> = {}
  // Every page's weight and height; Lighthouse on each page of its own and the first and last of a
  // dynamic route (one template for every kommune), RUNS times each.
  const scored = new Set(representativePages(pages).map((p) => p.route))
  try {
    for (const { route } of pages) {
      const m = await measure(browser, site.url, route)
      heights[route] = m.height375
      if (!scored.has(route)) continue
      const runs: LighthouseRun[] = []
      for (let i = 0; i < RUNS; i++) runs.push(await lighthouseRun(site.url + route, chrome.port))
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(runs.map((r) => r.scores[c] ?? null))]))
      const w = m.weight
      const gzipTotal = Object.values(w.bytes).reduce((s, b) => s + b.gzip, 0)
      reports.push({ route, requests: w.requests, bytes: w.bytes, gzipTotal, height375: m.height375, scores, runs })
      process.stderr.write(`measured ${route}\n`)
    }
  } finally {
    chrome.kill()
    await browser.close()
    await site.close()
  }

  const before = existsSync(HEIGHTS_FILE) ? (JSON.parse(readFileSync(HEIGHTS_FILE, 'utf8')) as Record<string, number>) : {}
  const header = ['page', 'requests', 'HTML kB', 'JS kB', 'CSS kB', 'first visit kB', 'height 375 px', 'perf', 'a11y', 'bp', 'seo']
  const rows = reports.map((r) => {
    const was = before[r.route]
    const growth = was === undefined ? ' (new)' : r.height375 === was ? '' : ` (${r.height375 > was ? '+' : ''}${r.height375 - was})`
    return [
      `\`${r.route}\``,
      String(r.requests),
      kb(r.bytes.html.gzip),
      kb(r.bytes.js.gzip),
      kb(r.bytes.css.gzip),
      kb(r.gzipTotal),
      `${r.height375}${growth}`,
      ...CATEGORIES.map((c) => String(r.scores[c] ?? '-')),
    ]
  })
  const table = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ':--' : '--:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
  const load = `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`
  const misses = reports.flatMap((r) => {
    const lost = r.runs.flatMap((run) => Object.entries(run.lost).filter(([, a]) => a.length).map(([c, a]) => `${c}: ${a.join(', ')}`))
    return lost.length ? [`- \`${r.route}\`: ${[...new Set(lost)].join('; ')}`] : []
  })
  const text = `# Benchmark

Written by \`npm run bench\`; do not edit. ${new Date().toISOString().slice(0, 10)}.

Build: ${buildSeconds.toFixed(1)} s (\`npm run build\` with SITE_URL=${SITE_URL}, including the data check, exports and search index).
Pages: ${pages.length} (+ ${NOT_FOUND_FILE}); the table has each page of its own and the first and last of each
dynamic route (${reports.length}); \`bench/page-heights.json\` has every page's height. Bytes: a first visit at 375 px, response bodies gzip-compressed
(zlib level 9), in kB (1000 bytes); the inline script counts with the HTML. Height: the page's full
height at 375 px in CSS pixels, with the change from the last committed run. Lighthouse ${lighthouseVersion}, mobile
(simulated throttling), median of ${RUNS} runs, on ${CHROMIUM_PATH}; ${load} (performance depends on how
busy the machine is). Targets: performance ≥ 98, the other three 100.

${table}
${misses.length ? `\nAudits that cost points in some run:\n\n${misses.join('\n')}\n` : ''}`
  console.log(`\n${text}`)
  mkdirSync(BENCH_DIR, { recursive: true })
  writeFileSync(join(BENCH_DIR, 'BENCH.md'), text)
  writeFileSync(HEIGHTS_FILE, JSON.stringify(heights, null, 2) + '\n')
  mkdirSync(join(PROJECT_ROOT, 'reports'), { recursive: true })
  writeFileSync(join(PROJECT_ROOT, 'reports', 'bench.json'), JSON.stringify({ date: new Date().toISOString(), loadavg: loadavg(), cpus: cpus().length, buildSeconds, chromium: CHROMIUM_PATH, lighthouse: lighthouseVersion, pages: reports }, null, 2) + '\n')
  console.log('Written to bench/BENCH.md, bench/page-heights.json (committed) and reports/bench.json.')
}

await main()
