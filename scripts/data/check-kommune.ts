import type { Problem } from './problems.ts'
import type { TypedRow } from './check-table.ts'
import type { SourceTexts } from './source-texts.ts'

type At = (table: string, row: TypedRow, column: string, message: string) => void
const str = (v: unknown) => (typeof v === 'string' ? v : null)
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The Internet Archive address of `url` as of an ISO date: what archives.archive_url must be. */
export function archiveUrl(url: string, isoDate: string): string {
  return `https://web.archive.org/web/${isoDate.replaceAll('-', '')}/${url}`
}

/**
 * Rules of the kommune and region tables: regions match the register, a host is named only where
 * its source names it, every mention names its kommune, every region has a consultant statement,
 * and every external address has an archive copy dated from its source.
 */
export function checkKommuneRules(tables: Map<string, TypedRow[]>, at: At): void {
  const rows = (name: string) => tables.get(name) ?? []
  const kommuner = rows('kommuner')
  const regions = rows('regions')
  const sources = new Map(rows('sources').map((s) => [s.source_id, s]))
  const kommuneName = new Map(kommuner.map((k) => [k.kommunekode, String(k.kommune)]))
  const sender = (row: TypedRow) => String(sources.get(row.source_id)?.sender ?? '')
  /** The kommune is named by the row's quote or is the source's own sender. */
  const names = (row: TypedRow, code: TypedRow[string]) => {
    const name = kommuneName.get(code)
    return !!name && [String(row.quote ?? ''), sender(row)].some((t) => t.toLowerCase().includes(name.toLowerCase()))
  }

  if (regions.length && kommuner.length) {
    const fromKommuner = new Map(kommuner.map((k) => [k.regionskode, k.region]))
    for (const r of regions) {
      if (fromKommuner.get(r.regionskode) !== r.region) at('regions', r, 'region', `expected the region the kommuner table gives for ${r.regionskode} (${fromKommuner.get(r.regionskode) ?? 'none'}), found "${r.region}"`)
    }
    const listed = new Set(regions.map((r) => r.regionskode))
    for (const [code, name] of fromKommuner) if (!listed.has(code)) at('regions', regions[0]!, 'regionskode', `expected a row for every region of the kommuner table, found none for ${code} (${name})`)
  }

  const coverage = rows('consultant_coverage')
  const regionName = new Map(regions.map((r) => [r.regionskode, String(r.region)]))
  for (const c of coverage) {
    if (c.kind === 'host_named') {
      if (!c.host_kommunekode) at('consultant_coverage', c, 'host_kommunekode', 'expected the host kommune that the source names (kind host_named), found an empty cell')
      else if (kommuneName.has(c.host_kommunekode) && !names(c, c.host_kommunekode)) at('consultant_coverage', c, 'host_kommunekode', `expected a host that the quote or the source's sender names, found ${kommuneName.get(c.host_kommunekode)}, which neither names`)
      // Naming a host is not enough: the same passage must name the region it covers.
      const region = regionName.get(c.regionskode)
      if (region && !namesRegion(String(c.quote ?? ''), region)) at('consultant_coverage', c, 'regionskode', `expected a quote that names the region the host covers (${region}), found none naming it`)
    } else if (c.host_kommunekode) at('consultant_coverage', c, 'host_kommunekode', `expected no host for kind ${c.kind} (a host is never inferred), found "${c.host_kommunekode}"`)
    if (c.kind === 'none_stated' && coverage.some((o) => o.regionskode === c.regionskode && o.kind === 'host_named')) {
      at('consultant_coverage', c, 'kind', `expected none_stated only for a region no row names a host for, found a host_named row for ${c.regionskode}`)
    }
  }
  if (coverage.length) {
    for (const r of regions) {
      if (!coverage.some((c) => c.regionskode === r.regionskode)) at('regions', r, 'regionskode', `expected a consultant_coverage row for ${r.region} (a host, or none_stated), found none`)
    }
  }

  for (const m of rows('kommune_mentions')) {
    if (kommuneName.has(m.kommunekode) && !names(m, m.kommunekode)) at('kommune_mentions', m, 'kommunekode', `expected a kommune that the quote or the source's sender names, found ${kommuneName.get(m.kommunekode)}, which neither names`)
  }

  for (const o of rows('offers')) {
    if (o.also_need && o.also_need === o.need) at('offers', o, 'also_need', `expected a need other than need, found "${o.also_need}" twice`)
  }

  const archives = rows('archives')
  if (!tables.has('archives')) return
  for (const a of archives) {
    const url = str(a.url)
    const date = str(a.archive_date)
    const source = sources.get(a.source_id)
    if (url && date && a.archive_url !== archiveUrl(url, date)) at('archives', a, 'archive_url', `expected ${archiveUrl(url, date)}, found "${a.archive_url}"`)
    if (!source || !date) continue
    const sourceDate = str(source.date)
    if (a.date_basis === 'source_date' && sourceDate !== date) at('archives', a, 'archive_date', `expected the source's date ${sourceDate ?? '(none)'} (date_basis source_date), found "${date}"`)
    if (a.date_basis === 'read_date' && sourceDate && FULL_DATE.test(sourceDate)) at('archives', a, 'date_basis', `expected source_date, as the source has a full date (${sourceDate}), found "read_date"`)
    const given = rows('links').some((l) => (l.url === url || l.url === undefined) && l.source_id === a.source_id) || source.url === url || source.url === undefined
    if (url && !given) at('archives', a, 'url', `expected an address that ${a.source_id} gives (links.url or sources.url), found "${url}"`)
  }
  const has = (url: unknown, sourceId: unknown) => archives.some((a) => a.url === url && a.source_id === sourceId)
  // A cell already reported as invalid (undefined) is not reported again here.
  for (const l of rows('links')) if (typeof l.url === 'string' && !has(l.url, l.source_id)) at('links', l, 'url', `expected an archives row for this address and source ${l.source_id}, found none`)
  for (const s of rows('sources')) if (typeof s.url === 'string' && !has(s.url, s.source_id)) at('sources', s, 'url', 'expected an archives row for this address, found none')
}

/** The quote names the region, or ends on the start of its name (a stored copy that breaks off: "Region Sj"). */
function namesRegion(quote: string, region: string): boolean {
  if (quote.includes(region)) return true
  const i = quote.lastIndexOf('Region ')
  return i >= 0 && quote.length - i >= 'Region '.length + 2 && region.startsWith(quote.slice(i))
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
/** "2026-12-02" → "2 dec 2026", as beredskaber.md writes the day it was checked ("checked on 2 Dec 2026"). */
const englishDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`

/** A read date must be one the source's text states ("read 2026-11-29", "checked on 2 Dec 2026"); needs the source texts. */
export function checkArchiveReadDates(tables: Map<string, TypedRow[]>, texts: SourceTexts, fileOf: (name: string) => string, problems: Problem[]): void {
  const sources = new Map((tables.get('sources') ?? []).map((s) => [s.source_id, s]))
  for (const a of tables.get('archives') ?? []) {
    if (a.date_basis !== 'read_date' || typeof a.archive_date !== 'string') continue
    const file = String(sources.get(a.source_id)?.text_file ?? '')
    const text = texts.text(file)?.toLowerCase()
    if (text && !text.includes(`read ${a.archive_date}`) && !text.includes(`checked on ${englishDate(a.archive_date)}`)) problems.push({ file: fileOf('archives'), line: a._line, column: 'archive_date', message: `expected a read date that ${file} states ("read ${a.archive_date}" or "checked on ${englishDate(a.archive_date)}"), found none such` })
  }
}
