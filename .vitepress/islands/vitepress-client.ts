/**
 * What islands may use from 'vitepress' in the browser. VitePress's client API needs its app
 * (site data, router), which MPA pages do not load; the island build points 'vitepress' here.
 * Same results as VitePress's own, so hydration matches the server's HTML.
 */
const EXTERNAL = /^(?:[a-z]+:|\/\/)/i

/** VitePress's withBase: a site-root path under the configured base. */
export function withBase(path: string): string {
  return EXTERNAL.test(path) || !path.startsWith('/') ? path : import.meta.env.BASE_URL.replace(/\/$/, '') + path
}
