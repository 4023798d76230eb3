import { type Anchored, anchor } from './anchors.ts'

/** The folder of the standalone chart pages that other sites may put in an iframe (no JavaScript). */
export const EMBED_DIR = 'indlejring'
/** A chart's standalone embed page (/indlejring/<id>.html), written after the build for other sites' iframes: not a page of the registry. */
export const isEmbedFile = (file: string): boolean => file.startsWith(`${EMBED_DIR}/`)
/** The folder of the charts as images (SVG and PNG, drawn at build time). */
export const IMAGE_DIR = 'figurer'
/** The Atom feed of data releases and site changes (scripts/site/feed.ts). */
export const FEED_PATH = '/feed.xml'

/**
 * Every internal address on the site, made here: site-root paths with clean URLs (no `.html`)
 * and the anchors the pages give their records. Components pass them through VitePress's
 * `withBase`, so the site still works when it is served under a base path.
 */
export const href = {
  /** A page, optionally at one of its anchors: "/aftale-2021-2024#initiativ-maerk". */
  page: (route: `/${string}`, id?: string) => `${route.replace(/(\/index)?\.html$/, '') || '/'}${id ? `#${id}` : ''}`,
  /** A source's entry on /kilder. */
  source: (s: Anchored) => href.page('/kilder', anchor.source(s)),
  /** A recommendation on /anbefalinger. */
  recommendation: (r: Anchored) => href.page('/anbefalinger', anchor.recommendation(r)),
  /** A chart's numbers: /data/charts/<chart-id>.csv */
  chartData: (chartId: string) => `/data/charts/${chartId}.csv`,
  /** A chart as an image: `/figurer/<chart-id>.svg` or `.png`. */
  chartImage: (chartId: string, ext: 'svg' | 'png') => `/${IMAGE_DIR}/${chartId}.${ext}`,
  /** A chart's embed page. */
  chartEmbed: (chartId: string) => `/${EMBED_DIR}/${chartId}`,
  /** A download under /data/ (unhashed, stable). */
  dataFile: (path: string) => `/data/${path}`,
}
