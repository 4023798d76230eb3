/**
 * The site's Atom feed (/feed.xml): a reader hears about each data release (from data/CHANGELOG.md,
 * its version, date and what changed) and each change to the site itself (SITE_CHANGES). Dates
 * come from those lists, never from the build, so the feed is the same on every build.
 */
import { Feed } from 'feed'
import { FEED_PATH } from './links.ts'
import { canonicalUrl } from './site-url.ts'

export { FEED_PATH }

export interface FeedEntry { id: string; title: string; date: string; text: string[]; link: string }

/** Changes to the site that a reader can use, newest first (data releases come from the changelog). */
export const SITE_CHANGES: FeedEntry[] = [
  {
    id: 'side-2026-12-03-dele-citere-printe',
    title: 'Citér, hent og print tallene',
    date: '2026-12-03',
    text: [
      'Hvert nøgletal og hver figur har et direkte link og en "Citér" med kilde, adresse og dataversion.',
      'Hver figur kan hentes som SVG og PNG og sættes ind på en anden side.',
      'Sider kan printes uden menuer, med kilderne og linkenes adresser.',
    ],
    link: '/data/',
  },
]

/** The data releases in data/CHANGELOG.md: `## <version> – <YYYY-MM-DD>` and the bullets under it. */
export function releasesOf(changelog: string): FeedEntry[] {
  const out: FeedEntry[] = []
  for (const block of changelog.split(/^## /m).slice(1)) {
    const head = /^(\d+\.\d+\.\d+) – (\d{4}-\d{2}-\d{2})/.exec(block)
    if (!head) continue
    const bullets = block.replace(/`/g, "").split('\n').slice(1).join('\n').split(/^- /m).slice(1).map((b) => b.replace(/\s+/g, ' ').trim())
    out.push({ id: `data-${head[1]}`, title: `Data version ${head[1]}`, date: head[2]!, text: bullets, link: '/data/' })
  }
  return out
}

/** The feed as Atom XML. Without SITE_URL its links are site-relative and its ids are tag: URIs. */
export function atomFeed(o: { changelog: string; siteTitle: string; siteUrl: string | null; description: string }): string {
  // The feed library takes absolute addresses only: without SITE_URL it gets a placeholder origin,
  // which is taken out of the finished XML (leaving site-relative links).
  const PLACEHOLDER = 'https://adresse-ukendt.invalid/'
  const abs = (path: string) => canonicalUrl(o.siteUrl ?? PLACEHOLDER, path)
  const entries = [...releasesOf(o.changelog), ...SITE_CHANGES].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
  const feed = new Feed({
    id: o.siteUrl ?? 'tag:negativ-social-kontrol-i-tal,2026:feed',
    title: `${o.siteTitle}: nye data og ændringer`,
    description: o.description,
    link: abs('/'),
    language: 'da',
    updated: new Date(`${entries[0]!.date}T00:00:00Z`),
    generator: false,
    feedLinks: { atom: abs(FEED_PATH) },
    copyright: 'Data: CC BY 4.0',
  })
  for (const e of entries) {
    feed.addItem({
      id: o.siteUrl ? `${abs(e.link)}#${e.id}` : `tag:negativ-social-kontrol-i-tal,2026:${e.id}`,
      title: e.title,
      link: abs(e.link),
      date: new Date(`${e.date}T00:00:00Z`),
      description: e.text.join(' '),
      content: `<ul>${e.text.map((t) => `<li>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</li>`).join('')}</ul>`,
    })
  }
  const xml = feed.atom1()
  return o.siteUrl ? xml : xml.replaceAll(PLACEHOLDER.slice(0, -1), '')
}
