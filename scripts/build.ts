/**
 * `npm run build`: checks the data, builds the site into a scratch folder (pages, downloads, then
 * the search index over the finished pages), and only when all of that succeeded replaces
 * `.vitepress/dist`. Bad data therefore never leaves a half-built site.
 * `--out-dir <folder>` builds into another folder instead (the tests build into a temporary one);
 * `--base /nsk/` builds it to be served under that path.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from 'vitepress'
import { acquireBuildLock } from './build-lock.ts'
import { checkDataOnce, dataChecks, pinCheckedData, PROJECT_ROOT } from './data/load-data.ts'
import { formatProblem } from './data/problems.ts'
import { exportBuilds } from './export/export-files.ts'
import { exportsOnce } from './export/exports-once.ts'
import { writeExports } from './export/write-exports.ts'
import { allCharts } from './site/charts/index.ts'
import { chartPages, writeChartImages, writeShareImages } from './site/chart-images.ts'
import { atomFeed, FEED_PATH } from './site/feed.ts'
import { removeBuildLeftovers, writeHostRules } from './site/host-rules.ts'
import { htmlFiles } from './browser/site-pages.ts'
import { missingRecords } from './site/records.ts'
import { writeSearchIndex } from './site/search-index.ts'
import { canonicalUrl, readSiteUrl, robotsTxt, SITE_TITLE, SITE_URL_UNSET } from './site/site-url.ts'

const { values: args } = parseArgs({ options: { 'out-dir': { type: 'string' }, base: { type: 'string' } } })
const dist = args['out-dir'] ? resolve(args['out-dir']) : join(PROJECT_ROOT, '.vitepress', 'dist')
const scratch = `${dist}-next`
// The path the site is served under ('/' unless `--base`), as VitePress writes it: with both slashes.
const base = args.base ? `/${args.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/') : '/'

const started = performance.now()
// Each step's time, printed as `timing <step>: <s> s` (npm run bench:scale reads them).
let lap = started
const timing = (step: string) => {
  const now = performance.now()
  console.log(`timing ${step}: ${((now - lap) / 1000).toFixed(1)} s`)
  lap = now
}

// Checked once here; the page loaders reuse this result (see checkDataOnce), as they are handed it for the whole build.
const { problems: dataProblems, tables, pkg } = checkDataOnce()
pinCheckedData()
timing('data check')
const problems = dataProblems.length ? dataProblems : missingRecords(tables)
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p))
  console.error(`\nBuild stopped: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the data. Nothing was written.`)
  process.exit(1)
}
// Read before anything is written, so a malformed address stops the build at once.
const siteUrl = readSiteUrl()
if (!siteUrl) console.warn(SITE_URL_UNSET)
// Each build waits for the one before it, once its data is checked (so bad data still stops a build at once).
await acquireBuildLock()
lap = performance.now()
rmSync(scratch, { recursive: true, force: true })
try {
  // The downloads first: the Data page's loader shows the sizes and checksums of this very set.
  const exports = await exportsOnce(pkg, tables)
  timing('downloads')
  // `--base /nsk/` builds the site to be served under a path (every internal link goes through withBase).
  await build(PROJECT_ROOT, { outDir: scratch, ...(args.base ? { base: args.base } : {}) })
  timing('vitepress')
  removeBuildLeftovers(scratch)
  // Each chart as SVG and PNG and its embed page, from the chart as the built page drew it.
  const images = writeChartImages(scratch, chartPages(scratch, allCharts(tables), htmlFiles(scratch)), {
    siteTitle: SITE_TITLE,
    version: pkg.version,
    address: (route) => (siteUrl ? canonicalUrl(siteUrl, route) : `${base}${route.slice(1)}`),
    base,
  })
  console.log(`chart images: ${images.charts} charts as SVG, PNG and embed page`)
  const shares = writeShareImages(scratch, htmlFiles(scratch), allCharts(tables), { version: pkg.version })
  console.log(`share images: ${shares.images} pages`)
  writeFileSync(join(scratch, FEED_PATH.slice(1)), atomFeed({ changelog: readFileSync(join(PROJECT_ROOT, 'data', 'CHANGELOG.md'), 'utf8'), siteTitle: SITE_TITLE, siteUrl, description: pkg.description }))
  timing('images and feed')
  writeExports(pkg, exports, scratch)
  timing('writing downloads')
  if (siteUrl) writeFileSync(join(scratch, 'robots.txt'), robotsTxt(siteUrl))
  // Every loader shares one check of the data and one set of downloads; more means a loader made its own.
  if (dataChecks() !== 1) throw new Error(`expected the data to be read and checked once per build, found ${dataChecks()} times`)
  if (exportBuilds() !== 1) throw new Error(`expected the downloads to be built once per build, found ${exportBuilds()} times`)
  console.log(`downloads: ${exports.files.length} files, built once`)
  // Last, on the finished HTML: a failed index means nothing is written.
  const search = await writeSearchIndex(scratch)
  timing('search index')
  console.log(`search index: ${search.pages} pages, language ${search.languages.join(', ')}`)
  // The host's headers hash the inline scripts of the finished pages, so they come after every page.
  const host = writeHostRules(scratch)
  console.log(`host rules: ${host.rules} header rules, ${host.redirects} redirects`)
} catch (e) {
  rmSync(scratch, { recursive: true, force: true })
  console.error(e instanceof Error ? e.message : e)
  console.error('\nBuild failed. Nothing was written; the previous site is unchanged.')
  process.exit(1)
}
if (existsSync(dist)) rmSync(dist, { recursive: true, force: true })
renameSync(scratch, dist)
console.log(`site built in ${((performance.now() - started) / 1000).toFixed(1)} s → ${relative(PROJECT_ROOT, dist) || dist}`)
