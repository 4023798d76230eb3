/**
 * The one list of the site's pages. The menu, the search index (Pagefind indexes only pages with
 * `search: true`), the no-JavaScript search page and the tests all read it; adding a page means
 * one entry here and one Markdown file under docs/, and no test to edit: the tests find the built
 * pages in the build and match them to this list, and fail when a Markdown page or a built page is
 * missing here, or an entry has no built page (the dynamic routes' pages included).
 */
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
}

export const NAV_GROUPS: Record<NavGroup, string> = {
  resultater: 'Resultater',
  kommuner: 'For kommuner',
  data: 'Data og metode',
}

export const SITE_PAGES: SitePageEntry[] = [
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

/** The route of a Markdown file (`hjaelp.md` → `/hjaelp`, `data/index.md` → `/data/`). */
export const routeOfFile = (file: string): string => '/' + file.replace(/(^|\/)index\.md$/, '$1').replace(/\.md$/, '')

/** The registry entry of a Markdown file: its own, or the dynamic route (`kommuner/[slug].md`) it comes from. */
export function entryOfFile(file: string): SitePageEntry | undefined {
  return (
    SITE_PAGES.find((p) => p.file === file) ??
    SITE_PAGES.find((p) => p.file.includes('[') && new RegExp(`^${p.file.replace(/\[[^\]]+\]/g, '[^/]+').replace(/\./g, '\\.')}$`).test(file))
  )
}

/** The menu: each group with its pages, in the order above. */
export const NAV = (Object.keys(NAV_GROUPS) as NavGroup[]).map((group) => ({
  group,
  text: NAV_GROUPS[group],
  items: SITE_PAGES.filter((p) => p.nav === group && !p.route.includes('[')),
}))
