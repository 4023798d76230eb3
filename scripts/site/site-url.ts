/**
 * The site's public address: one setting, the environment variable SITE_URL (e.g.
 * `https://example.dk/`). Canonical links, sitemap.xml, robots.txt and the citation's URL are made
 * from it. Unset, they are left out: the site never invents an address for itself.
 */
/** The site's name, as pages, citations and images give it. */
export const SITE_TITLE = 'Negativ social kontrol i tal'

export function readSiteUrl(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.SITE_URL?.trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`SITE_URL: expected an https: address such as https://example.dk/, found ${JSON.stringify(raw)}`)
  }
  if (url.protocol !== 'https:' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL: expected an https: address without query, fragment or user, found ${JSON.stringify(raw)}`)
  }
  // With a trailing slash, so routes resolve below it (https://x.dk/nsk/ + hjaelp).
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

/** What the build says when the setting is missing, so an unset address is never a silent gap. */
export const SITE_URL_UNSET =
  'SITE_URL is unset: canonical links, sitemap.xml, robots.txt and the citation URL are left out, and Open Graph images, citations and the feed use site-relative addresses (set SITE_URL=https://… to make them absolute).'

/** A page's public address: the site's address and the page's clean route (`/hjaelp`, `/data/`). */
export function canonicalUrl(site: string, route: string): string {
  return new URL(route.replace(/^\//, ''), site).href
}

/** robots.txt: every page may be read; the sitemap is named by its full address. */
export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${canonicalUrl(site, '/sitemap.xml')}\n`
}

/** CITATION.cff as published: the repository's file with the site's address as its `url`. */
export function citationWithUrl(cff: string, site: string): string {
  if (/^url:/m.test(cff)) throw new Error('CITATION.cff: expected no url (it comes from SITE_URL), found one')
  const lines = cff.split('\n')
  const at = lines.findIndex((l) => l.startsWith('license:'))
  if (at < 0) throw new Error('CITATION.cff: expected a license line to put the url after, found none')
  lines.splice(at + 1, 0, `url: "${site}"`)
  return lines.join('\n')
}
