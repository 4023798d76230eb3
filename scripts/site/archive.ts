import { formatDate } from '../format/danish.ts'
import type { Tables } from '../data/types.ts'

/** An external address with its Internet Archive copy, dated from the source that gave it. */
export interface ArchivedLink {
  url: string
  /** The site the link goes to (`uim.dk`), so the link says where it leads. */
  host: string
  archiveUrl: string
  /** "29. juni 2020": the date of the copy asked for. */
  archiveDate: string
}

/** The archive row for an address as a given source gives it; null if the data has none. */
export function archived(t: Pick<Tables, 'archives'>, url: string | null, sourceId: string): ArchivedLink | null {
  if (!url) return null
  const a = t.archives.find((x) => x.url === url && x.source_id === sourceId)
  if (!a) throw new Error(`no archive copy of ${url} for ${sourceId}`) // the data check makes this unreachable
  return { url, host: hostOf(url), archiveUrl: a.archive_url, archiveDate: formatDate(a.archive_date) }
}

export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '')
}
