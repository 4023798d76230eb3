/**
 * The kommune and region data: every region says who covers it (or that no source does), a host
 * is never inferred, every kommune mention names its kommune, and every archive copy is well
 * formed and dated from its source. The rules run on the real data and on broken copies of it.
 */
import { describe, expect, it } from 'vitest'
import { checkKommuneRules } from '../../scripts/data/check-kommune.ts'
import type { TypedRow } from '../../scripts/data/check-table.ts'
import { loadData } from '../../scripts/data/load-data.ts'
import { slugOf } from '../../scripts/site/slug.ts'

const t = loadData()
const tables = () => new Map(Object.entries(structuredClone(t)) as [string, TypedRow[]][])
const problemsOf = (m: Map<string, TypedRow[]>) => {
  const out: string[] = []
  checkKommuneRules(m, (table, row, column, message) => out.push(`${table}:${row._line}:${column}: ${message}`))
  return out
}

describe('regions and consultant coverage', () => {
  it('has the five regions of the register, each with at least one dated or cited statement', () => {
    expect(t.regions.map((r) => r.region).sort()).toEqual([...new Set(t.kommuner.map((k) => k.region))].sort())
    for (const r of t.regions) {
      const rows = t.consultant_coverage.filter((c) => c.regionskode === r.regionskode)
      expect(rows.length, r.region).toBeGreaterThan(0)
      for (const c of rows) {
        const s = t.sources.find((x) => x.source_id === c.source_id)!
        expect(c.date ?? s.date ?? s.date_note, `${c.coverage_id} is dated`).toBeTruthy()
        expect(c.quote.length).toBeGreaterThan(10)
      }
    }
  })

  it('names no host for Region Syddanmark, and says so', () => {
    const syd = t.consultant_coverage.filter((c) => c.regionskode === '1083')
    expect(syd.map((c) => c.kind)).toEqual(['none_stated'])
    expect(syd[0]!.host_kommunekode).toBeNull()
    expect(syd[0]!.statement).toContain('Ingen af kilderne nævner')
  })

  it('keeps the 2018 and 2019 statements dated as such', () => {
    const asOf = Object.fromEntries(t.consultant_coverage.map((c) => [c.coverage_id, c.date]))
    expect(asOf['nordjylland-aalborg-2019']).toBe('2019-04')
    expect(asOf['sjaelland-odense-2018']).toBe('2018')
    expect(asOf['hovedstaden-2018']).toBe('2018')
  })

  it('the real data breaks no rule', () => {
    expect(problemsOf(tables())).toEqual([])
  })

  it('reports a host that the quote does not name (an inferred host)', () => {
    const m = tables()
    const syd = m.get('consultant_coverage')!.find((c) => c.regionskode === '1083')!
    Object.assign(syd, { kind: 'host_named', host_kommunekode: '0461' }) // Odense lies in the region, but the quote does not say it covers it
    expect(problemsOf(m)).toEqual([`consultant_coverage:${syd._line}:regionskode: expected a quote that names the region the host covers (Region Syddanmark), found none naming it`])
    // A quote that names neither the host nor the region is reported on both counts.
    Object.assign(syd, { host_kommunekode: '0630' })
    expect(problemsOf(m)).toEqual([
      `consultant_coverage:${syd._line}:host_kommunekode: expected a host that the quote or the source's sender names, found Vejle, which neither names`,
      `consultant_coverage:${syd._line}:regionskode: expected a quote that names the region the host covers (Region Syddanmark), found none naming it`,
    ])
  })

  it('reports a region left without any statement', () => {
    const m = tables()
    m.set('consultant_coverage', m.get('consultant_coverage')!.filter((c) => c.regionskode !== '1085'))
    expect(problemsOf(m)).toEqual([`regions:${t.regions.find((r) => r.regionskode === '1085')!._line}:regionskode: expected a consultant_coverage row for Region Sjælland (a host, or none_stated), found none`])
  })
})

describe('kommune mentions', () => {
  it('name the test kommuner, the contract kommuner and København with quotes', () => {
    const by = (topic: string) => t.kommune_mentions.filter((m) => m.topic === topic).map((m) => t.kommuner.find((k) => k.kommunekode === m.kommunekode)!.kommune).sort()
    expect(by('jobcenter_tools_test')).toEqual(['Aarhus', 'København', 'Odense'])
    expect(by('consultant_contract')).toEqual(['Aalborg', 'Aarhus', 'København', 'Odense'])
    expect(by('municipal_plan')).toEqual(['København'])
    for (const m of t.kommune_mentions) expect(m.quote.length, m.mention_id).toBeGreaterThan(10)
  })

  it('reports a mention whose quote and source do not name the kommune', () => {
    const m = tables()
    const row = m.get('kommune_mentions')!.find((x) => x.mention_id === 'aalborg-consultant-contract-2021')!
    row.kommunekode = '0630' // Vejle
    expect(problemsOf(m)).toEqual([`kommune_mentions:${row._line}:kommunekode: expected a kommune that the quote or the source's sender names, found Vejle, which neither names`])
  })
})

describe('archive copies', () => {
  it('every external address has one, well formed and dated from its source', () => {
    const wanted = [...t.links.map((l) => [l.url, l.source_id]), ...t.sources.filter((s) => s.url).map((s) => [s.url!, s.source_id])]
    for (const [url, sourceId] of wanted) {
      const a = t.archives.find((x) => x.url === url && x.source_id === sourceId)
      expect(a, `${url} (${sourceId})`).toBeDefined()
      expect(a!.archive_url).toBe(`https://web.archive.org/web/${a!.archive_date.replaceAll('-', '')}/${url}`)
      const s = t.sources.find((x) => x.source_id === sourceId)!
      if (a!.date_basis === 'source_date') expect(a!.archive_date).toBe(s.date)
      else expect(s.date === null || s.date.length < 10).toBe(true)
    }
    // The letter of 29 June 2020 dates the copies of its eight links.
    for (const l of t.links) expect(t.archives.find((a) => a.url === l.url && a.source_id === l.source_id)!.archive_url).toMatch(/^https:\/\/web\.archive\.org\/web\/20200629\/https:\/\//)
  })

  it('reports a copy dated otherwise than its source', () => {
    const m = tables()
    const a = m.get('archives')!.find((x) => x.source_id === 'min-2020-06-29')!
    Object.assign(a, { archive_date: '2020-07-01', archive_url: `https://web.archive.org/web/20200701/${a.url}` })
    expect(problemsOf(m)).toEqual([`archives:${a._line}:archive_date: expected the source's date 2020-06-29 (date_basis source_date), found "2020-07-01"`])
  })
})

describe('kommune addresses', () => {
  it('are unique, readable and stable', () => {
    const slugs = t.kommuner.map((k) => slugOf(k.kommune))
    expect(new Set(slugs).size).toBe(98)
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(slugOf('Tønder')).toBe('toender')
    expect(slugOf('Høje-Taastrup')).toBe('hoeje-taastrup')
    expect(slugOf('Region Sjælland')).toBe('sjaelland')
  })
})
