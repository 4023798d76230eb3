import { anchor } from './anchors.ts'

/**
 * Every internal address on the site, made here: site-root paths with clean URLs (no `.html`)
 * and the anchors the pages give their records. Components pass them through VitePress's
 * `withBase`, so the site still works when it is served under a base path.
 */
export const href = {
  /** A page, optionally at one of its anchors: "/aftale-2021-2024#initiativ-fl21-mærk". */
  page: (route: `/${string}`, id?: string) => `${route.replace(/(\/index)?\.html$/, '') || '/'}${id ? `#${id}` : ''}`,
  /** A source's entry on /kilder. */
  source: (sourceId: string) => href.page('/kilder', anchor.source(sourceId)),
  /** A recommendation on /anbefalinger. */
  recommendation: (id: string) => href.page('/anbefalinger', anchor.recommendation(id)),
  /** A chart's numbers: /data/charts/<chart-id>.csv */
  chartData: (chartId: string) => `/data/charts/${chartId}.csv`,
  /** A download under /data/ (unhashed, stable). */
  dataFile: (path: string) => `/data/${path}`,
}
