/**
 * The beredskaber table against its source and against the map: the kommuner beredskaber.md
 * names (read from the file by the test) are exactly the table's, every quote is in the file,
 * and the map draws a square for each of them and an open circle for every other kommune, at
 * the kommune's own place (nudged at most a little), with the same kommuner in its table.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { geoMercator } from 'd3'
import { describe, expect, it } from 'vitest'
import { loadData, SOURCES_DIR } from '../../scripts/data/load-data.ts'
import { beredskaberMapChart } from '../../scripts/site/charts/beredskaber-map.ts'
import { readSvg, renderChart } from '../charts/render.ts'

const t = loadData()
const md = readFileSync(join(SOURCES_DIR, 'beredskaber.md'), 'utf8')
const folded = md.replace(/\s+/g, ' ')

describe('data/beredskaber.csv', () => {
  it('holds exactly the kommuner beredskaber.md found: Kerteminde and those under "Kommuner whose published beredskab …"', () => {
    const listed = md.slice(md.indexOf('## Kommuner whose published beredskab'), md.indexOf('## Who to call'))
    const codes = [...listed.matchAll(/^### (\d{4}) /gm)].map((m) => m[1]!)
    const kerteminde = /^- (\d{4}) Kerteminde Kommune/m.exec(md)![1]!
    expect(codes).toHaveLength(11)
    expect(t.beredskaber.map((b) => b.kommunekode).sort()).toEqual([...codes, kerteminde].sort())
  })
  it('rests every row on quotes found word for word in beredskaber.md, one of which names the kommune', () => {
    for (const b of t.beredskaber) {
      const quotes = t.beredskab_quotes.filter((q) => q.kommunekode === b.kommunekode)
      const name = t.kommuner.find((k) => k.kommunekode === b.kommunekode)!.kommune
      expect(quotes.length, name).toBeGreaterThan(0)
      for (const q of quotes) expect(folded, q.quote_id).toContain(q.quote.replace(/\s+/g, ' '))
      expect(quotes.some((q) => q.quote.includes(name)), name).toBe(true)
      expect(md, name).toContain(b.url)
    }
  })
  it('gives a date of adoption only where beredskaber.md gives one, and revision four years after it', () => {
    // By hand, from the notes of beredskaber.md ("Full adoption dates by the byråd …", Greve and Brønderslev by month).
    const expected: Record<string, [string, string]> = { '0710': ['2023-12-19', '2027-12-19'], '0461': ['2024-03-13', '2028-03-13'], '0851': ['2024-06-24', '2028-06-24'], '0253': ['2024-04', '2028-04'], '0810': ['2023-12', '2027-12'] }
    for (const b of t.beredskaber) expect([b.adopted_date, b.revision_due], b.kommunekode).toEqual(expected[b.kommunekode] ?? [null, null])
  })
})

describe('the map of found beredskaber', () => {
  const chart = beredskaberMapChart(t)
  it('draws a filled square for each found kommune and an open circle for every other one', async () => {
    const svg = readSvg(await renderChart(chart))
    expect(svg.marks.filter((m) => m.tag === 'rect' && m.cls === 'unit-done')).toHaveLength(t.beredskaber.length)
    expect(svg.marks.filter((m) => m.tag === 'circle' && m.cls === 'dot-open')).toHaveLength(t.kommuner.length - t.beredskaber.length)
  })
  it('puts each found kommune\'s square near its own visual centre, projected independently of the chart code', () => {
    const main = t.kommuner.filter((k) => k.kommunekode !== '0400')
    const projection = geoMercator().fitExtent([[8, 8], [chart.width - 8, chart.height - 8]], { type: 'MultiPoint', coordinates: main.map((k) => [k.visueltcenter_lon, k.visueltcenter_lat]) })
    const squares = chart.marks.filter((m) => m.kind === 'rect')
    for (const b of t.beredskaber.filter((x) => x.kommunekode !== '0400')) {
      const k = t.kommuner.find((x) => x.kommunekode === b.kommunekode)!
      const [x, y] = projection([k.visueltcenter_lon, k.visueltcenter_lat])!
      const nearest = Math.min(...squares.map((s) => (s.kind === 'rect' ? Math.hypot(s.x + s.w / 2 - x!, s.y + s.h / 2 - y!) : Infinity)))
      expect(nearest, k.kommune).toBeLessThan(8)
    }
  })
  it('lists the same kommuner in its table and its CSV as the map marks found', () => {
    const names = t.beredskaber.map((b) => t.kommuner.find((k) => k.kommunekode === b.kommunekode)!.kommune).sort()
    expect(chart.table.rows.map((r) => r[0]).sort()).toEqual(names)
    const yes = chart.csv.rows.filter((r) => r[3] === 'ja').map((r) => r[1])
    expect(yes.sort()).toEqual(names)
    expect(chart.csv.rows).toHaveLength(t.kommuner.length)
  })
})
