/**
 * What a shared link shows: Open Graph and Twitter card metadata for every page (its title, its own
 * description, a preview image drawn at build time), and "Senest opdateret" from the data version
 * and the newest source the page uses (never the build date, so builds stay reproducible).
 * Addresses are absolute with SITE_URL; without it they are site-relative (the build says so once).
 */
import type { HeadConfig } from 'vitepress'
import { FORMATS, type Lang } from '../format/locale.ts'
import type { Source } from '../data/types.ts'
import { canonicalUrl } from './site-url.ts'
import { UI } from './ui.ts'

/** Where a page's preview image is published: /deling/<route as a name>.png. */
export const SHARE_DIR = 'deling'
export const SHARE_SIZE = { width: 1200, height: 630 }
export const shareImageName = (route: string): string => (route === '/' ? 'forside' : route.replace(/^\/|\/$/g, '').replaceAll('/', '-') || 'forside')
export const shareImagePath = (route: string): string => `/${SHARE_DIR}/${shareImageName(route)}.png`

/** Open Graph's locale of each language (language_TERRITORY): British English, as the edition writes. */
export const OG_LOCALE: Record<Lang, string> = { da: 'da_DK', en: 'en_GB' }

/**
 * The Open Graph and Twitter tags of a page, in its language (`og:locale`); a page with a twin in
 * the other language names that language too (`og:locale:alternate`).
 */
export function shareHead(o: { route: string; title: string; description: string; siteTitle: string; siteUrl: string | null; lang: Lang; hasTwin: boolean }): HeadConfig[] {
  const abs = (path: string) => (o.siteUrl ? canonicalUrl(o.siteUrl, path) : path)
  const image = abs(shareImagePath(o.route))
  const tags: HeadConfig[] = [
    ['meta', { property: 'og:type', content: 'website' }],
    ['meta', { property: 'og:site_name', content: o.siteTitle }],
    ['meta', { property: 'og:locale', content: OG_LOCALE[o.lang] }],
    ...(o.hasTwin ? [['meta', { property: 'og:locale:alternate', content: OG_LOCALE[o.lang === 'en' ? 'da' : 'en'] }] as HeadConfig] : []),
    ['meta', { property: 'og:title', content: o.title }],
    ['meta', { property: 'og:description', content: o.description }],
    ['meta', { property: 'og:image', content: image }],
    ['meta', { property: 'og:image:width', content: String(SHARE_SIZE.width) }],
    ['meta', { property: 'og:image:height', content: String(SHARE_SIZE.height) }],
    ['meta', { property: 'og:image:alt', content: `${o.title} – ${o.siteTitle}` }],
    ['meta', { name: 'twitter:card', content: 'summary_large_image' }],
    ['meta', { name: 'twitter:title', content: o.title }],
    ['meta', { name: 'twitter:description', content: o.description }],
    ['meta', { name: 'twitter:image', content: image }],
  ]
  if (o.siteUrl) tags.splice(tags.findIndex((t) => t[1].property === 'og:title'), 0, ['meta', { property: 'og:url', content: canonicalUrl(o.siteUrl, o.route) }])
  return tags
}

/** The sources a built page names (its links to their entries on its language's sources page). */
export function sourcesOnPage(html: string, sources: Source[], lang: Lang = 'da'): Source[] {
  // A page rests on the sources it cites in its own language: the links UI[lang].sourcesPage makes
  // (/kilder#kilde-<anchor>, /en/sources#source-<anchor_en>). The English source list's links to the
  // Danish entries are not citations.
  const [before, after] = UI[lang].sourcesPage({ anchor: '\u0000', anchor_en: '\u0000' }).split('\u0000').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const cited = new RegExp(`href="[^"]*${before}([^"]+)${after}"`, 'g')
  const keys = new Set([...html.matchAll(cited)].map((m) => decodeURIComponent(m[1]!)))
  return sources.filter((s) => keys.has(lang === 'en' ? s.anchor_en : s.anchor))
}

/**
 * "Senest opdateret": the data version's date, the date of the newest dated source the page uses, and
 * how many of its sources carry no date (web pages read on a day, which is not their date): "the
 * newest source" alone would pass over them.
 */
export function updatedLine(o: { version: string; versionDate: string; sources: Source[]; lang?: Lang }): string {
  const dated = o.sources.map((s) => s.date).filter((d): d is string => Boolean(d)).sort()
  const undated = o.sources.length - dated.length
  const newest = dated.at(-1)
  const { date, number } = FORMATS[o.lang ?? 'da']
  if (o.lang === 'en') {
    const parts = [`Last updated ${date(o.versionDate)} (data version ${o.version}).`]
    if (newest) parts.push(`The newest dated source this page rests on is from ${date(newest)}.`)
    if (undated) parts.push(`${newest ? 'It also rests on' : 'This page rests on'} ${number(undated)} undated ${undated === 1 ? 'source' : 'sources'}.`)
    return parts.join(' ')
  }
  const parts = [`Senest opdateret ${date(o.versionDate)} (dataversion ${o.version}).`]
  if (newest) parts.push(`Den nyeste daterede kilde, siden bygger på, er fra ${date(newest)}.`)
  if (undated) parts.push(`Siden bygger ${newest ? 'også ' : ''}på ${number(undated)} ${undated === 1 ? 'udateret kilde' : 'udaterede kilder'}.`)
  return parts.join(' ')
}
