/**
 * The one list of the site's pages. The menu, the search index (Pagefind indexes only pages with
 * `search: true`), the no-JavaScript search page and the tests all read it; adding a page means
 * one entry here and one Markdown file under docs/, and no test to edit: the tests find the built
 * pages in the build and match them to this list, and fail when a Markdown page or a built page is
 * missing here, or an entry has no built page (the dynamic routes' pages included).
 */
import type { Lang } from '../scripts/format/locale.ts'

export type NavGroup = 'resultater' | 'kommuner' | 'data'

export interface SitePageEntry {
  /** The clean URL, as links write it: `/`, `/hjaelp`, `/data/`. A `[param]` segment stands for a dynamic route's pages. */
  route: string
  /** The Markdown file under docs/. */
  file: string
  /** The page's name in the menu and in the list of pages. */
  title: string
  /** Its group in the menu; null keeps it out of the menu (it is still in the list of pages). */
  nav: NavGroup | null
  /** Whether search finds it. */
  search: boolean
  /** Its language; Danish when not given (English pages are EN_PAGES, under /en/). */
  lang?: Lang
  /** An English page: the route of its Danish twin (the twin's link back is found from here). */
  twin?: string
}

export const NAV_GROUPS: Record<NavGroup, string> = {
  resultater: 'Resultater',
  kommuner: 'For kommuner',
  data: 'Data og metode',
}

const DA_PAGES: SitePageEntry[] = [
  { route: '/', file: 'index.md', title: 'Forside', nav: 'resultater', search: true },
  { route: '/handlingsplan-2017-2020', file: 'handlingsplan-2017-2020.md', title: 'Handlingsplanen 2017–2020', nav: 'resultater', search: true },
  { route: '/aftale-2021-2024', file: 'aftale-2021-2024.md', title: 'Aftalen 2021–2024', nav: 'resultater', search: true },
  { route: '/koebenhavn-2017-18', file: 'koebenhavn-2017-18.md', title: 'Københavns Kommune 2017–18', nav: 'resultater', search: true },
  { route: '/anbefalinger', file: 'anbefalinger.md', title: 'Anbefalinger', nav: 'resultater', search: true },
  { route: '/tidslinje', file: 'tidslinje.md', title: 'Tidslinje', nav: 'resultater', search: true },
  { route: '/hjaelp', file: 'hjaelp.md', title: 'Hjælp og rådgivning', nav: 'kommuner', search: true },
  { route: '/kommuner/', file: 'kommuner/index.md', title: 'Find din kommune', nav: 'kommuner', search: true },
  { route: '/kommuner/beredskaber', file: 'kommuner/beredskaber.md', title: 'Kommunernes beredskaber', nav: 'kommuner', search: true },
  // One page per kommune and per region; their data comes from the route's .paths.ts.
  { route: '/kommuner/[kommune]', file: 'kommuner/[kommune].md', title: 'Kommunerne', nav: null, search: true },
  { route: '/regioner/', file: 'regioner/index.md', title: 'Alle regioner', nav: null, search: true },
  { route: '/regioner/[region]', file: 'regioner/[region].md', title: 'Regionerne', nav: null, search: true },
  { route: '/data/', file: 'data/index.md', title: 'Data', nav: 'data', search: true },
  { route: '/kilder', file: 'kilder.md', title: 'Kilder', nav: 'data', search: true },
  { route: '/ordliste', file: 'ordliste.md', title: 'Ordliste', nav: 'data', search: true },
  { route: '/om', file: 'om.md', title: 'Om siden', nav: 'data', search: true },
  { route: '/sog', file: 'sog.md', title: 'Søg', nav: null, search: false },
]

/**
 * The English edition (issue 23): each page names its Danish twin, so the registry is the one list
 * of which Danish pages have an English twin. Kommune pages stay Danish (the English finder and
 * region pages lead to them and say so). A test fails when a Danish page in TWINS_REQUIRED has none.
 */
export const EN_PAGES: SitePageEntry[] = [
  { route: '/en/', file: 'en/index.md', title: 'Home', nav: 'resultater', search: true, lang: 'en', twin: '/' },
  { route: '/en/action-plan-2017-2020', file: 'en/action-plan-2017-2020.md', title: 'The action plan 2017–2020', nav: 'resultater', search: true, lang: 'en', twin: '/handlingsplan-2017-2020' },
  { route: '/en/agreement-2021-2024', file: 'en/agreement-2021-2024.md', title: 'The agreement 2021–2024', nav: 'resultater', search: true, lang: 'en', twin: '/aftale-2021-2024' },
  { route: '/en/copenhagen-2017-18', file: 'en/copenhagen-2017-18.md', title: 'City of Copenhagen 2017–18', nav: 'resultater', search: true, lang: 'en', twin: '/koebenhavn-2017-18' },
  { route: '/en/recommendations', file: 'en/recommendations.md', title: 'Recommendations', nav: 'resultater', search: true, lang: 'en', twin: '/anbefalinger' },
  { route: '/en/timeline', file: 'en/timeline.md', title: 'Timeline', nav: 'resultater', search: true, lang: 'en', twin: '/tidslinje' },
  { route: '/en/help', file: 'en/help.md', title: 'Help and advice', nav: 'kommuner', search: true, lang: 'en', twin: '/hjaelp' },
  { route: '/en/kommuner/', file: 'en/kommuner/index.md', title: 'Find your kommune', nav: 'kommuner', search: true, lang: 'en', twin: '/kommuner/' },
  { route: '/en/regions/', file: 'en/regions/index.md', title: 'All regions', nav: null, search: true, lang: 'en', twin: '/regioner/' },
  // One English page per region (the kommune pages stay Danish; the English finder and region pages lead to them).
  { route: '/en/regions/[region]', file: 'en/regions/[region].md', title: 'The regions', nav: null, search: true, lang: 'en', twin: '/regioner/[region]' },
  { route: '/en/data/', file: 'en/data/index.md', title: 'Data', nav: 'data', search: true, lang: 'en', twin: '/data/' },
  { route: '/en/sources', file: 'en/sources.md', title: 'Sources', nav: 'data', search: true, lang: 'en', twin: '/kilder' },
  { route: '/en/glossary', file: 'en/glossary.md', title: 'Glossary', nav: 'data', search: true, lang: 'en', twin: '/ordliste' },
  { route: '/en/about', file: 'en/about.md', title: 'About this site', nav: 'data', search: true, lang: 'en', twin: '/om' },
  { route: '/en/search', file: 'en/search.md', title: 'Search', nav: null, search: false, lang: 'en', twin: '/sog' },
]

export const SITE_PAGES: SitePageEntry[] = [...DA_PAGES, ...EN_PAGES]

/** Danish pages that must have an English twin (issue 23); the registry test holds EN_PAGES to it. */
export const TWINS_REQUIRED = ['/', '/handlingsplan-2017-2020', '/aftale-2021-2024', '/koebenhavn-2017-18', '/anbefalinger', '/tidslinje', '/hjaelp', '/kommuner/', '/regioner/', '/regioner/[region]', '/data/', '/kilder', '/ordliste', '/om', '/sog']

/** A page's language. */
export const langOfEntry = (p: SitePageEntry): Lang => p.lang ?? 'da'

/** The home page and search page of each language. */
export const HOME_ROUTE: Record<Lang, string> = { da: '/', en: '/en/' }
export const SEARCH_ROUTES: Record<Lang, string> = { da: '/sog', en: '/en/search' }

/**
 * The page each language answers an unknown address with (status 404, through the host's rules:
 * scripts/site/host-rules.ts): Danish is VitePress's own 404.html, English docs/en/404.md. Neither
 * is a page of the list: no menu entry, no search, no sitemap, no twin, no preview image.
 */
export const NOT_FOUND_FILES: Record<Lang, string> = { da: '404.html', en: 'en/404.html' }

/** A not-found page, by its built file or its Markdown file (`404.html`, `en/404.md`). */
export const isNotFoundFile = (file: string): boolean => (Object.values(NOT_FOUND_FILES) as string[]).includes(file.replace(/\.md$/, '.html'))

/** The language of a route (or Markdown file): everything under /en/ is English. */
export const langOfRoute = (route: string): Lang => (/^\/?en(\/|$)/.test(route) ? 'en' : 'da')

/**
 * The route of a page's twin in the other language, or null. A dynamic route's pages pair by slug
 * (/en/regions/<slug> ↔ /regioner/<slug>).
 */
export function twinRoute(route: string): string | null {
  const en = EN_PAGES.find((p) => p.route === route || p.twin === route)
  if (en) return en.route === route ? en.twin! : en.route
  for (const p of EN_PAGES.filter((e) => e.route.includes('['))) {
    const [enPrefix, daPrefix] = [p.route, p.twin!].map((r) => r.slice(0, r.indexOf('[')))
    if (route.startsWith(enPrefix!)) return daPrefix + route.slice(enPrefix!.length)
    if (route.startsWith(daPrefix!)) return enPrefix + route.slice(daPrefix!.length)
  }
  return null
}

/** The route of a Markdown file (`hjaelp.md` → `/hjaelp`, `data/index.md` → `/data/`). */
/** A page's title in the menu, by its route: "Aftalen 2021–2024". */
export function titleOfRoute(route: string): string {
  const entry = SITE_PAGES.find((p) => p.route === route)
  if (!entry) throw new Error(`no page ${route} in the registry`)
  return entry.title
}

export const routeOfFile = (file: string): string => '/' + file.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')

/** The route of a built HTML file (`hjaelp.html` → `/hjaelp`, `data/index.html` → `/data/`): its Markdown file's. */
export const routeOfHtml = (file: string): string => routeOfFile(file.replace(/\.html$/, '.md'))

/** The registry entry of a Markdown file: its own, or the dynamic route (`kommuner/[slug].md`) it comes from. */
export function entryOfFile(file: string): SitePageEntry | undefined {
  return (
    SITE_PAGES.find((p) => p.file === file) ??
    SITE_PAGES.find((p) => p.file.includes('[') && new RegExp(`^${p.file.replace(/\[[^\]]+\]/g, '[^/]+').replace(/\./g, '\\.')}$`).test(file))
  )
}

export const NAV_GROUPS_EN: Record<NavGroup, string> = {
  resultater: 'Results',
  kommuner: 'For municipalities',
  data: 'Data and method',
}

/** The menu of one language: each group with its pages, in the order above. */
export const navOf = (lang: Lang) =>
  (Object.keys(NAV_GROUPS) as NavGroup[]).map((group) => ({
    group,
    text: (lang === 'en' ? NAV_GROUPS_EN : NAV_GROUPS)[group],
    items: SITE_PAGES.filter((p) => p.nav === group && langOfEntry(p) === lang && !p.route.includes('[')),
  })).filter((g) => g.items.length)
