import { forceCollide, forceSimulation, forceX, forceY, geoMercator, type SimulationNodeDatum } from 'd3'
import type { Tables } from '../../data/types.ts'
import { formatDate, formatNumber } from '../../format/danish.ts'
import { cite, citationLine, sourceLabel } from '../cite.ts'
import { firstWhere, records } from '../records.ts'
import { BEREDSKAB_KIND } from '../vocabulary.ts'
import { type ChartModel, type Mark, WIDTH } from './model.ts'

/** Bornholm lies far east; like most maps of Denmark, it is drawn in a box, not at its place. */
const BORNHOLM = '0400'
const HEIGHT = 400
const DOT = 2.6
const SQUARE = 6.4
const GAP = 0.8
const INSET = { x: 232, y: 8, w: 80, h: 64 }

interface Node extends SimulationNodeDatum {
  code: string
  found: boolean
  x0: number
  y0: number
}

/**
 * The 98 kommuner as points at their visual centres (DAGI's visueltcenter), projected with d3-geo:
 * a filled square where we found a published beredskab, an open circle where we did not, so the
 * map reads without colour. Points are nudged apart (d3-force, a fixed number of steps) where
 * neighbours would cover each other, so the positions are approximate.
 */
export function beredskaberMapChart(t: Tables): ChartModel {
  const found = new Set(t.beredskaber.map((b) => b.kommunekode))
  const main = t.kommuner.filter((k) => k.kommunekode !== BORNHOLM)
  const island = t.kommuner.filter((k) => k.kommunekode === BORNHOLM)
  const geo = (ks: readonly (typeof t.kommuner)[number][]) => ({ type: 'MultiPoint' as const, coordinates: ks.map((k) => [k.visueltcenter_lon, k.visueltcenter_lat]) })
  const projection = geoMercator().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], geo(main))
  // The island at the main map's scale, moved so that its centre is the box's centre.
  const centre = island.length ? projection([island.reduce((s, k) => s + k.visueltcenter_lon, 0) / island.length, island.reduce((s, k) => s + k.visueltcenter_lat, 0) / island.length])! : [0, 0]
  const shift = [INSET.x + INSET.w / 2 - centre[0]!, INSET.y + INSET.h / 2 - centre[1]!]
  const nodes: Node[] = t.kommuner.map((k) => {
    const [px, py] = projection([k.visueltcenter_lon, k.visueltcenter_lat])!
    const [x, y] = k.kommunekode === BORNHOLM ? [px! + shift[0]!, py! + shift[1]!] : [px!, py!]
    return { code: k.kommunekode, found: found.has(k.kommunekode), x0: x, y0: y, x, y }
  })
  const radius = (n: Node) => (n.found ? (SQUARE / 2) * Math.SQRT2 : DOT) + GAP
  const sim = forceSimulation(nodes)
    .force('x', forceX<Node>((n) => n.x0).strength(0.4))
    .force('y', forceY<Node>((n) => n.y0).strength(0.4))
    .force('collide', forceCollide<Node>(radius).strength(1).iterations(4))
    .stop()
  for (let i = 0; i < 400; i++) sim.tick()
  const r1 = (v: number) => Math.round(v * 10) / 10
  const marks: Mark[] = []
  if (island.length) {
    const { x, y, w, h } = INSET
    for (const [x1, y1, x2, y2] of [[x, y, x + w, y], [x + w, y, x + w, y + h], [x + w, y + h, x, y + h], [x, y + h, x, y]] as const) marks.push({ kind: 'line', x1, y1, x2, y2, cls: 'axis' })
    // The box is named on the map itself, so it does not read as a point at sea.
    marks.push({ kind: 'text', x: x + w / 2, y: y + 15, text: 'Bornholm', cls: 'value', anchor: 'middle' })
  }
  // Open circles first, squares on top.
  for (const n of [...nodes].sort((a, b) => Number(a.found) - Number(b.found))) {
    if (n.found) marks.push({ kind: 'rect', x: r1(n.x! - SQUARE / 2), y: r1(n.y! - SQUARE / 2), w: SQUARE, h: SQUARE, cls: 'unit-done' })
    else marks.push({ kind: 'circle', cx: r1(n.x!), cy: r1(n.y!), r: DOT, cls: 'dot-open' })
  }
  const name = (code: string) => records(t).kommune(code).kommune
  const rows = [...t.beredskaber].sort((a, b) => name(a.kommunekode).localeCompare(name(b.kommunekode), 'da'))
  const region = (code: string) => records(t).kommune(code).region
  const total = t.kommuner.length
  const checked = t.beredskaber.map((b) => b.checked).sort().at(-1)
  return {
    id: 'kommunernes-beredskaber',
    title: 'Kommuner, hvis offentliggjorte beredskab vi har fundet',
    subtitle: `Ét punkt pr. kommune. Udfyldt firkant: beredskab eller plan fundet. Åben cirkel: ikke fundet i de kilder, vi har søgt i${checked ? ` (pr. ${formatDate(checked)})` : ''}.`,
    description:
      `Kort over Danmarks ${formatNumber(total)} kommuner som punkter. Vi har fundet et offentliggjort beredskab eller en plan for ${formatNumber(rows.length)} af dem (talt af os): ` +
      `${rows.map((b) => name(b.kommunekode)).join(', ')}. For de øvrige har vi ikke fundet et; det betyder ikke, at de ikke har et.`,
    width: WIDTH,
    height: HEIGHT,
    marks,
    legend: [
      { cls: 'unit-done', text: 'Beredskab eller plan fundet' },
      { cls: 'dot-open', text: 'Ikke fundet i de kilder, vi har søgt i' },
    ],
    table: {
      caption: 'Kommuner med et fundet beredskab eller en plan',
      columns: [{ label: 'Kommune' }, { label: 'Region' }, { label: 'Hvad det er' }, { label: 'Vedtaget eller godkendt' }],
      rows: rows.map((b) => [name(b.kommunekode), region(b.kommunekode), BEREDSKAB_KIND[b.kind], b.adopted_date ? formatDate(b.adopted_date) : 'Ingen dato på siden']),
    },
    csv: {
      header: ['kommunekode', 'kommune', 'region', 'beredskab_fundet', 'hvad_det_er', 'vedtaget', 'kilde_id'],
      rows: t.kommuner.map((k) => {
        const b = t.beredskaber.find((x) => x.kommunekode === k.kommunekode)
        return [k.kommunekode, k.kommune, k.region, b ? 'ja' : 'nej', b ? b.kind : '', b?.adopted_date ?? '', b?.source_id ?? '']
      }),
      // A found kommune's row rests on its own page; the others on the register that gives the kommune and its place.
      sources: t.kommuner.map((k) => {
        const q = t.beredskab_quotes.find((x) => x.kommunekode === k.kommunekode)
        if (q) return citationLine(cite(t, q))
        const s = records(t).source(k.source_id)
        return `${sourceLabel(s)}: ${s.title}`
      }),
    },
    sources: rows.map((b) => cite(t, firstWhere(t.beredskab_quotes, (q) => q.kommunekode === b.kommunekode, `a quote for ${b.kommunekode}'s beredskab`))),
    notes: [
      'Punkterne står ved kommunernes visuelle centrum (DAGI, Styrelsen for Dataforsyning og Infrastruktur); hvor naboer ville dække hinanden, er de skubbet lidt fra hinanden. Bornholm står i kassen øverst til højre.',
    ],
  }
}

