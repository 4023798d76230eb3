/**
 * The pages of the built site, found in `.vitepress/dist`, so every page the site gains is
 * tested, measured and photographed without anyone listing it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { PROJECT_ROOT } from '../data/load-data.ts'

export const DIST = join(PROJECT_ROOT, '.vitepress', 'dist')
export const NOT_FOUND_FILE = '404.html'

export interface SitePage {
  /** Path of the HTML file from dist, with forward slashes: `index.html`, `guide/foo.html`. */
  file: string
  /** The clean URL path the site links to: `/`, `/foo`, `/guide/`. */
  route: string
  /** VitePress's name for the page's JS chunk (`assets/<chunk>.<hash>.js`): `index.md`, `guide_foo.md`. */
  chunk: string
}

/** Throws a message that says what to do when the site has not been built. */
export function assertBuilt(dist = DIST): void {
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'hashmap.json'))) {
    throw new Error(`No built site in ${relative(PROJECT_ROOT, dist) || dist}: run \`npm run build\` first (\`npm test\` builds before vitest).`)
  }
}

function htmlFiles(dir: string, root: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name)
    if (d.isDirectory()) return d.name === 'assets' ? [] : htmlFiles(full, root)
    return d.name.endsWith('.html') ? [relative(root, full).split(sep).join('/')] : []
  })
}

export const routeOf = (file: string): string =>
  file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file.slice(0, -'.html'.length)}`

/** VitePress's hashmap key for a page: `guide/foo.html` → `guide_foo.md` (lower case). */
export const chunkOf = (file: string): string => `${file.slice(0, -'.html'.length).replaceAll('/', '_')}.md`.toLowerCase()

/** Every normal page (not 404.html), index first, then by route. */
export function sitePages(dist = DIST): SitePage[] {
  assertBuilt(dist)
  const hashmap = JSON.parse(readFileSync(join(dist, 'hashmap.json'), 'utf8')) as Record<string, string>
  return htmlFiles(dist, dist)
    .filter((f) => f !== NOT_FOUND_FILE)
    .map((file) => ({ file, route: routeOf(file), chunk: chunkOf(file) }))
    .filter((p) => p.chunk in hashmap) // HTML copied from docs/public is not a VitePress page
    .sort((a, b) => (a.route === '/' ? -1 : b.route === '/' ? 1 : a.route.localeCompare(b.route)))
}

/**
 * The page a JS URL is the chunk of (its hashmap key, lower case), or undefined for shared chunks.
 * VitePress writes page chunks as `assets/<key>.<hash>.js` and `assets/<key>.<hash>.lean.js`, and
 * everything shared under `assets/chunks/` or as `assets/app.<hash>.js`.
 */
export function pageChunkOfUrl(url: string): string | undefined {
  const m = /\/assets\/([^/]+\.md)\.[\w-]+(?:\.lean)?\.js$/.exec(new URL(url).pathname)
  return m?.[1]?.toLowerCase()
}
