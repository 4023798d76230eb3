import { defineConfigWithTheme, type HeadConfig } from 'vitepress'
import { buildIslands } from './islands/build.ts'
import { INLINE_SCRIPT } from './inline-script.ts'
import { danishPermalink } from './permalink.ts'
import { outlineNamesFromHeadings } from './outline-names.ts'
import { isNotFoundFile, langOfEntry, langOfRoute, NOT_FOUND_FILES, routeOfFile, SEARCH_ROUTES, SITE_PAGES, twinRoute } from './pages.ts'
import type { Lang } from '../scripts/format/locale.ts'
import { canonicalUrl, readSiteUrl, SITE_TITLE } from '../scripts/site/site-url.ts'
import { searchHead } from './search-ui.ts'
import { UI } from '../scripts/site/ui.ts'
import { checkDataOnce, loadData } from '../scripts/data/load-data.ts'
import { formatDate } from '../scripts/format/danish.ts'
import { anchor } from '../scripts/site/anchors.ts'
import { linkFirstUse } from '../scripts/site/first-use.ts'
import { FEED_PATH } from '../scripts/site/links.ts'
import { shareHead, sourcesOnPage, updatedLine } from '../scripts/site/share-meta.ts'
import { notFoundScript } from '../scripts/site/not-found.ts'
import { fullName, kommunePath, regionPath } from '../scripts/site/views/kommuner.ts'

/**
 * What a language's 404 page may suggest: every page of that language in the list, every kommune
 * (their pages are Danish; the English page says so) and every region (the English region pages
 * on the English 404).
 */
function notFoundPages(base: string, lang: Lang): [string, string, string][] {
  const t = loadData()
  const en = lang === 'en'
  const pages: [string, string, string][] = [
    ...SITE_PAGES.filter((p) => !p.route.includes('[') && langOfEntry(p) === lang).map((p): [string, string, string] => [p.title, p.route, p.title]),
    ...t.kommuner.map((k): [string, string, string] => [en ? `${fullName(k)} (in Danish)` : fullName(k), kommunePath(k), k.kommune]),
    ...t.regions.map((r): [string, string, string] => [r.region, en ? twinRoute(regionPath(r.region))! : regionPath(r.region), r.region.replace(/^Region /, '')]),
  ]
  // The suggestion is a link the browser follows as written: under the base the site is built for.
  return pages.map(([shown, path, name]) => [shown, base + path.slice(1), name])
}

/** What the site's own theme (theme/Layout.vue) reads from the config; all of it Danish. */
export interface NskThemeConfig {
  skipToContentLabel: string
  outlineLabel: string
  footer: { message: string }
  /** The site's public address (SITE_URL), or null: printed pages and citations name their address with it. */
  siteUrl: string | null
  /** The data version the site was built from, and its date (Danish), for citations. */
  dataVersion: { version: string; date: string }
}

// The public address (SITE_URL) gives canonical links and sitemap.xml; unset, both are left out.
const SITE_URL = readSiteUrl()

/** The data version and its date, from the package (the build has checked it; bad data stops it elsewhere). */
function dataVersion(): NskThemeConfig['dataVersion'] {
  // `created` is the version's release date (CHANGELOG.md's heading gives the same day).
  const pkg = checkDataOnce().pkg as ReturnType<typeof checkDataOnce>['pkg'] & { created?: string }
  return { version: pkg.version ?? '', date: pkg.created ? formatDate(pkg.created.slice(0, 10)) : '' }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** A sitemap entry's alternates: the page and its twin, by language (none for a page without a twin). */
function sitemapLinks(url: string): { url: string; lang: string }[] | undefined {
  const route = '/' + url.replace(/^\//, '')
  const twin = twinRoute(route)
  if (!twin) return undefined
  return [route, twin].sort().map((r) => ({ url: r.replace(/^\//, ''), lang: langOfRoute(r) }))
}

// The islands' scripts are built once per build, when the first page that holds one is written.
let islands: Promise<Record<string, string>> | undefined

// VitePress as a static-site generator: every page is HTML and CSS (mpa), written by the site's
// own theme; JavaScript only for islands (see islands/README.md) and one inline script.
export default defineConfigWithTheme<NskThemeConfig>({
  srcDir: 'docs',
  lang: 'da-DK',
  title: SITE_TITLE,
  description: 'Danmarks indsats mod negativ social kontrol og æresrelaterede konflikter: planer, penge, resultater og evalueringer – med kilde til hvert tal.',
  cleanUrls: true,
  mpa: true,
  lastUpdated: false,
  // The inline script sets the appearance; VitePress's own dark-mode script would be a second one.
  appearance: false,
  // VitePress's <Content> wrapper carries style="position:relative" by default; the site's
  // Content-Security-Policy allows no style attribute, and nothing here needs it.
  contentProps: {},
  head: [
    ['meta', { name: 'theme-color', content: '#1f4e79' }],
    ['script', { id: 'nsk-js' }, INLINE_SCRIPT],
  ],
  // Two languages: Danish at the root, English under /en/ (VitePress sets <html lang> from these,
  // which Pagefind reads to index each language separately). Interface strings come from UI.
  locales: {
    root: { label: 'Dansk', lang: 'da-DK' },
    en: {
      label: 'English',
      lang: 'en',
      link: '/en/',
      title: UI.en.siteTitle,
      description: 'Denmark’s work against negative social control and honour-related conflicts: plans, money, results and evaluations, with a source for every figure.',
    },
  },
  // The sitemap lists both languages; each page with a twin names it (xhtml:link hreflang).
  // The English 404 page (a Markdown page of its own) is no page to list.
  sitemap: SITE_URL ? { hostname: SITE_URL, transformItems: (items) => items.filter((item) => !isNotFoundFile(`${item.url.replace(/^\//, '')}.html`)).map((item) => ({ ...item, links: sitemapLinks(item.url) })) } : undefined,
  // A kommune's or region's page has a description of its own, made from the data by its route's paths().
  transformPageData(pageData) {
    // The English 404 page (docs/en/404.md) is named and described in UI.en.notFound, as the Danish one in UI.da.notFound.
    if (isNotFoundFile(pageData.relativePath)) {
      const { pageTitle, description } = UI[langOfRoute(pageData.relativePath)].notFound
      pageData.title = pageData.frontmatter.title = pageTitle
      pageData.description = pageData.frontmatter.description = description
    }
    const description = (pageData.params as { description?: unknown } | undefined)?.description
    if (typeof description === 'string') pageData.frontmatter.description = pageData.description = description
  },
  transformHead({ pageData, siteConfig, description }) {
    // The icon under the base path the site is built for (head entries in the config are not rebased).
    const base = siteConfig.site.base
    const head: HeadConfig[] = [['link', { rel: 'icon', href: `${base}favicon.svg`, type: 'image/svg+xml' }]]
    if (pageData.isNotFound || isNotFoundFile(pageData.relativePath)) return head
    const route = routeOfFile(pageData.relativePath)
    // Without SITE_URL, links are site-root paths under the base the site is built for.
    const address = (r: string) => (SITE_URL ? canonicalUrl(SITE_URL, r) : `${base}${r.replace(/^\//, '')}`)
    if (SITE_URL) head.push(['link', { rel: 'canonical', href: address(route) }])
    // hreflang both ways: a page with a twin names itself and its twin (absolute when SITE_URL is set).
    const twin = twinRoute(route)
    if (twin) for (const r of [route, twin].sort()) head.push(['link', { rel: 'alternate', hreflang: langOfRoute(r), href: address(r) }])
    // The feed of data releases and site changes, and Open Graph / Twitter: the page's own title and description, its preview image (scripts/site/chart-images.ts).
    // In the page's language: the site's name, the feed's (Danish) title and og:locale.
    const lang = langOfRoute(route)
    const siteTitle = UI[lang].siteTitle
    head.push(['link', { rel: 'alternate', type: 'application/atom+xml', title: UI[lang].feedTitle(siteTitle), href: base + FEED_PATH.replace(/^\//, '') }])
    head.push(...shareHead({ route, title: pageData.title || siteTitle, description, siteTitle, siteUrl: SITE_URL, lang, hasTwin: Boolean(twin) }))
    return head
  },
  markdown: { headers: { level: [2, 3] }, anchor: { permalink: danishPermalink as never } },
  themeConfig: {
    siteUrl: SITE_URL,
    dataVersion: dataVersion(),
    skipToContentLabel: UI.da.skipToContent,
    outlineLabel: UI.da.onThisPage,
    footer: { message: UI.da.footer },
  },
  buildEnd() {
    islands = undefined
  },
  async transformHtml(html, _id, { page, content, siteConfig }) {
    // VitePress leaves #app of 404.html empty for its client router to fill; there is none here.
    // VitePress gives its 404 page an English description ("Not Found") and "404" as its title; not transformPageData's to change.
    if (page === NOT_FOUND_FILES.da.replace(/\.html$/, '.md'))
      html = html
        .replace('<div id="app"></div>', `<div id="app">${content}</div>`)
        .replace(/<title>404 \|/, `<title>${UI.da.notFound.pageTitle} |`)
        .replace('<meta name="description" content="Not Found">', `<meta name="description" content="${escapeHtml(UI.da.notFound.description)}">`)
    // Each language's 404 page suggests the page nearest to the address typed.
    if (isNotFoundFile(page)) {
      const lang = langOfRoute(page)
      html = html.replace('</body>', `<script>${notFoundScript(notFoundPages(siteConfig.site.base, lang), UI[lang].notFound.didYouMean)}</script></body>`)
    }
    // The contents list names a heading whose figures come from the data by its rendered text.
    html = outlineNamesFromHeadings(html, page)
    // The default theme's icon stylesheet and its macOS probe: this theme uses neither.
    html = html.replace(/\s*<link rel="preload stylesheet" href="[^"]*vp-icons\.css" as="style">/, '').replace(/\s*<script id="check-mac-os">[^<]*<\/script>/, '')
    if (SITE_PAGES.some((p) => p.file === page && Object.values(SEARCH_ROUTES).includes(p.route))) html = html.replace('</head>', `${searchHead(siteConfig.site.base)}</head>`)
    // Each term's first use on a page links to its explanation in the glossary (not on the glossary itself).
    // (English pages explain their Danish terms in their own words, and link the English glossary themselves.)
    if (page !== 'ordliste.md' && !isNotFoundFile(page) && langOfRoute(page) === 'da') {
      const terms = loadData().terms.map((t) => ({ id: t.term_id, term: t.term, href: `${siteConfig.site.base}ordliste#${anchor.term(t)}` }))
      html = linkFirstUse(html, terms)
    }
    // "Senest opdateret", from the data version, the newest dated source the page names and its undated ones (not the build date).
    if (!isNotFoundFile(page)) {
      const { version, created } = checkDataOnce().pkg as ReturnType<typeof checkDataOnce>['pkg'] & { created?: string }
      const line = updatedLine({ version, versionDate: created!.slice(0, 10), sources: sourcesOnPage(html, loadData().sources, langOfRoute(page)), lang: langOfRoute(page) })
      html = html.replace('</main>', `<p class="page-updated">${escapeHtml(line)}</p></main>`)
    }
    const names = [...new Set([...html.matchAll(/ data-island="([^"]+)"/g)].map((m) => m[1]!))]
    if (!names.length) return html
    islands ??= buildIslands(siteConfig.srcDir, siteConfig.outDir, siteConfig.site.base)
    const urls = await islands
    const scripts = names.map((n) => {
      if (!urls[n]) throw new Error(`${page}: the island "${n}" has no .vitepress/islands/${n}.island.ts`)
      return `<script type="module" src="${urls[n]}"></script>`
    })
    return html.replace('</body>', `${scripts.join('')}</body>`)
  },
})
