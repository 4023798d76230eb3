/**
 * The pages of the built site, found in `.vitepress/dist` and matched to the page registry
 * (`.vitepress/pages.ts`), so every page is tested, measured and photographed without anyone
 * listing it twice.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { entryOfFile, isNotFoundFile, NOT_FOUND_FILES, routeOfHtml, type SitePageEntry } from '../../.vitepress/pages.ts'
import { PROJECT_ROOT } from '../data/load-data.ts'
import { isEmbedFile } from '../site/links.ts'

export { isEmbedFile, isNotFoundFile, NOT_FOUND_FILES }

export const DIST = join(PROJECT_ROOT, '.vitepress', 'dist')
/** The Danish not-found page, which answers any unknown address outside /en/. */
export const NOT_FOUND_FILE = NOT_FOUND_FILES.da
/** A page of the site: not a not-found page (of either language), nor an embed page. */
export const isPageFile = (file: string): boolean => !isNotFoundFile(file) && !isEmbedFile(file)

export interface SitePage {
  /** Path of the HTML file from dist, with forward slashes: `index.html`, `guide/foo.html`. */
  file: string
  /** The clean URL path the site links to: `/`, `/foo`, `/guide/`. */
  route: string
  /** Its entry in the page registry. */
  entry: SitePageEntry
}

/** Throws a message that says what to do when the site has not been built. */
export function assertBuilt(dist = DIST): void {
  if (!existsSync(join(dist, 'index.html')) || Object.values(NOT_FOUND_FILES).some((f) => !existsSync(join(dist, f)))) {
    throw new Error(`No built site in ${relative(PROJECT_ROOT, dist) || dist}: run \`npm run build\` first (\`npm test\` builds before vitest).`)
  }
}

/** Every HTML file of the build, outside assets/ and pagefind/. */
export function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name)
    if (d.isDirectory()) return d.name === 'assets' || d.name === 'pagefind' ? [] : htmlFiles(full, root)
    return d.name.endsWith('.html') ? [relative(root, full).split(sep).join('/')] : []
  })
}

/** The clean URL of a built HTML file (`guide/foo.html` → `/guide/foo`, `guide/index.html` → `/guide/`). */
export const routeOf = routeOfHtml

/** The Markdown file a built page comes from: `guide/foo.html` → `guide/foo.md`. */
export const markdownOf = (file: string): string => `${file.slice(0, -'.html'.length)}.md`

/** Every page of the registry in the build (not the not-found pages, nor HTML copied from docs/public), index first, then by route. */
export function sitePages(dist = DIST): SitePage[] {
  assertBuilt(dist)
  return htmlFiles(dist)
    .filter((f) => !isNotFoundFile(f))
    .flatMap((file) => {
      const entry = entryOfFile(markdownOf(file))
      return entry ? [{ file, route: routeOf(file), entry }] : []
    })
    .sort((a, b) => (a.route === '/' ? -1 : b.route === '/' ? 1 : a.route.localeCompare(b.route)))
}

/**
 * The pages a per-page browser test visits: every page of its own, and of each dynamic route
 * (one template, many pages: /kommuner/[kommune]) the first and the last, so the suite's time does
 * not grow with the number of kommuner. Crawls (links, HTML validity) still read every page.
 */
export function representativePages(pages: SitePage[]): SitePage[] {
  const byEntry = new Map<string, SitePage[]>()
  for (const p of pages) byEntry.set(p.entry.file, [...(byEntry.get(p.entry.file) ?? []), p])
  return pages.filter((p) => {
    if (!p.entry.file.includes('[')) return true
    const all = byEntry.get(p.entry.file)!
    return p === all[0] || p === all[all.length - 1]
  })
}
