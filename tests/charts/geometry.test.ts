/**
 * What each chart draws, checked against the data rows themselves, not against the chart model:
 * the SVG is rendered by NskChart.vue and read back, and every length and count is compared with
 * one computed here from the rows. Runs on the frozen fixture and on the real data.
 */
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import type { Funding, Tables } from '../../scripts/data/types.ts'
import { allCharts } from '../../scripts/site/charts/index.ts'
import { STATUS_LABEL } from '../../scripts/site/vocabulary.ts'
import { fixtureTables, readSvg, renderChart, type Svg, type SvgMark } from './render.ts'

type Rect = Extract<SvgMark, { tag: 'rect' }>
type Text = Extract<SvgMark, { tag: 'text' }>
type Circle = Extract<SvgMark, { tag: 'circle' }>
type Line = Extract<SvgMark, { tag: 'line' }>
const rects = (svg: Svg, ...cls: string[]) => svg.marks.filter((m): m is Rect => m.tag === 'rect' && cls.includes(m.cls))
const texts = (svg: Svg, ...cls: string[]) => svg.marks.filter((m): m is Text => m.tag === 'text' && cls.includes(m.cls))
const lines = (svg: Svg, ...cls: string[]) => svg.marks.filter((m): m is Line => m.tag === 'line' && cls.includes(m.cls))
const circles = (svg: Svg) => svg.marks.filter((m): m is Circle => m.tag === 'circle')
const pct = (x: number) => `${(x * 100).toFixed(1)} %`
/** A whole period's money: the source's yearly amount times its years. */
const periodTotal = (f: Funding) => (f.amount_mio_dkk ?? 0) * (f.basis === 'per_year' ? f.end_year - f.start_year + 1 : 1)

async function drawn(t: Tables, id: string): Promise<Svg> {
  const chart = allCharts(t).find((c) => c.id === id)
  if (!chart) throw new Error(`no chart ${id}`)
  return readSvg(await renderChart(chart))
}

describe.each([
  ['the fixture data', fixtureTables],
  ['the real data', () => loadData()],
] as const)('charts drawn from %s agree with its rows', (_name, tables) => {
  const t = tables()

  it('Københavns Kommune’s targets: each bar is filled to value / target of its track', async () => {
    const svg = await drawn(t, 'kk-maal-og-resultater')
    const rows = t.indicators.filter((i) => i.plan_id === 'kk2017' && i.kind === 'target_reached' && i.value !== null && i.target !== null && i.target_unit === null)
    const tracks = rects(svg, 'track')
    const fills = rects(svg, 'fill', 'fill-done')
    expect(rows.length).toBeGreaterThan(0)
    expect({ tracks: tracks.length, fills: fills.length }, 'one track and one filled bar per target in the data').toEqual({ tracks: rows.length, fills: rows.length })
    const wrong = rows.flatMap((r, k) => {
      const drawnShare = fills[k]!.w / tracks[k]!.w
      const share = r.value! / r.target!
      const problems: string[] = []
      if (Math.abs(drawnShare - share) > 0.005) problems.push(`${r.indicator_id}: bar filled to ${pct(drawnShare)} of its target; the data says ${r.value} of ${r.target} = ${pct(share)}`)
      // The verdict is the source's own for the recommendation (its 2018 status row), not the computed `met`.
      const verdict = t.status_updates.find((u) => u.initiative_id === r.initiative_id && (u.status === 'target_met' || u.status === 'target_expected'))?.status
      if ((fills[k]!.cls === 'fill-done') !== (verdict === 'target_met')) problems.push(`${r.indicator_id}: drawn as ${fills[k]!.cls}, but the source's verdict is "${verdict}"`)
      return problems
    })
    expect(wrong).toEqual([])
  })

  it('the kommuner: each panel has one square per kommune, as many filled as the source says were involved', async () => {
    const svg = await drawn(t, 'kommuner-involveret')
    const total = t.kommuner.length
    const readings = ['hp2017-kommuner-involved-93', 'hp2017-kommuner-involved-86'].map((id) => t.indicators.find((i) => i.indicator_id === id)!)
    const squares = rects(svg, 'unit-done', 'unit-empty')
    expect(squares.length, `${readings.length} panels of ${total} kommuner`).toBe(readings.length * total)
    const wrong = readings.flatMap((r, p) => {
      const filled = squares.slice(p * total, (p + 1) * total).filter((s) => s.cls === 'unit-done').length
      return filled === r.value ? [] : [`${r.indicator_id}: ${filled} of ${total} squares filled; the data says ${r.value}`]
    })
    expect(wrong).toEqual([])
  })

  it('the 2017–2020 plan’s outcomes: one square per initiative launched, as many of each outcome as counted', async () => {
    const svg = await drawn(t, 'handlingsplan-initiativer-efter-udfald')
    const value = (id: string) => t.indicators.find((i) => i.indicator_id === id)!.value!
    const counts = { 'unit-done': rects(svg, 'unit-done').length, 'unit-short': rects(svg, 'unit-short').length, 'unit-stop': rects(svg, 'unit-stop').length, all: svg.marks.filter((m) => m.tag === 'rect').length }
    expect(counts, 'squares: carried out, given up, cancelled, all').toEqual({
      'unit-done': value('hp2017-initiatives-carried-out'),
      'unit-short': value('hp2017-initiatives-given-up'),
      'unit-stop': value('hp2017-initiatives-cancelled'),
      all: value('hp2017-initiatives-launched'),
    })
    // The second cue beside colour: a slash on each given up, a cross on each cancelled.
    expect(lines(svg, 'glyph').length).toBe(value('hp2017-initiatives-given-up') + 2 * value('hp2017-initiatives-cancelled'))
  })

  it('money by plan: bars in proportion to the amounts, the FL21 segments adding up to the frame', async () => {
    const svg = await drawn(t, 'penge-efter-plan-og-omraade')
    const hp = t.funding.find((f) => f.funding_id === 'hp2017-satspulje')!
    const frame = t.funding.find((f) => f.funding_id === 'fl21-frame')!
    const parts = t.funding.filter((f) => f.parent_id === frame.funding_id)
    const [plan] = rects(svg, 'seg-plan')
    const segments = svg.marks.filter((m): m is Rect => m.tag === 'rect' && /^seg-\d+$/.test(m.cls))
    const [gap] = rects(svg, 'seg-gap')
    expect(plan, 'the national plan’s bar').toBeDefined()
    expect(segments.length, 'one segment per part of the frame').toBe(parts.length)
    const perMio = plan!.w / periodTotal(hp)
    // Each segment is drawn 1.5 px short, as a gap between neighbours.
    const seen = [...segments].sort((a, b) => a.x - b.x).map((s) => s.w + 1.5)
    const expected = parts.map((p) => p.amount_mio_dkk! * perMio).sort((a, b) => a - b)
    const wrong = [...seen].sort((a, b) => a - b).flatMap((w, k) => (Math.abs(w - expected[k]!) > 0.5 ? [`a segment is ${w.toFixed(1)} px long; the data gives ${expected[k]!.toFixed(1)} px (${[...parts].sort((a, b) => a.amount_mio_dkk! - b.amount_mio_dkk!)[k]!.amount_mio_dkk} mio. kr. at ${perMio.toFixed(3)} px per mio. kr.)`] : []))
    expect(wrong).toEqual([])
    const partsSum = parts.reduce((s, p) => s + p.amount_mio_dkk!, 0)
    const missing = periodTotal(frame) - partsSum
    if (missing > 1e-9) expect(Math.abs(gap!.w - missing * perMio), `the unexplained gap: ${missing} mio. kr.`).toBeLessThan(0.5)
    else expect(gap, 'no gap when the parts add up').toBeUndefined()
    // Segments and gap, end to end, are the frame's whole period.
    const start = Math.min(...segments.map((s) => s.x))
    const end = Math.max(...[...segments, ...(gap ? [gap] : [])].map((s) => s.x + s.w + (s === gap ? 0 : 1.5)))
    expect(Math.abs(end - start - periodTotal(frame) * perMio), `the FL21 bar spans ${(end - start).toFixed(1)} px; its frame of ${periodTotal(frame)} mio. kr. is ${(periodTotal(frame) * perMio).toFixed(1)} px`).toBeLessThan(0.5)
    // Contiguous: each segment starts where the one before it ends.
    const sorted = [...segments].sort((a, b) => a.x - b.x)
    for (let k = 1; k < sorted.length; k++) expect(Math.abs(sorted[k]!.x - (sorted[k - 1]!.x + sorted[k - 1]!.w + 1.5)), `segment ${k + 1} starts where segment ${k} ends`).toBeLessThan(0.01)
  })

  it('Københavns Kommune’s money: each bar in proportion to its amount', async () => {
    const svg = await drawn(t, 'kk-midler-pr-anbefaling')
    const named = t.initiatives.filter((i) => i.plan_id === 'kk2017' && i.naming === 'named')
    const amounts = named.map((i) => t.funding.find((f) => f.initiative_id === i.initiative_id)?.amount_mio_dkk).filter((a): a is number => typeof a === 'number')
    const bars = rects(svg, 'seg-0')
    expect(bars.length, 'one bar per recommendation with money').toBe(amounts.length)
    const max = Math.max(...amounts)
    const longest = Math.max(...bars.map((b) => b.w))
    const wrong = amounts.flatMap((a, k) => (Math.abs(bars[k]!.w / longest - a / max) > 0.005 ? [`bar ${k + 1}: ${pct(bars[k]!.w / longest)} of the longest; the data says ${a} of ${max} mio. kr. = ${pct(a / max)}`] : []))
    expect(wrong).toEqual([])
  })

  it('the agreement’s status: one numbered square per initiative, as many of each status as the data has', async () => {
    const svg = await drawn(t, 'aftalen-status-2021')
    const chart = allCharts(t).find((c) => c.id === 'aftalen-status-2021')!
    const inits = t.initiatives.filter((i) => i.plan_id === 'fl21')
    const updates = t.status_updates.filter((u) => inits.some((i) => i.initiative_id === u.initiative_id))
    const first = updates.map((u) => u.date).sort()[0]
    const squares = svg.marks.filter((m): m is Rect => m.tag === 'rect')
    expect(squares.length, 'one square per initiative of the agreement').toBe(inits.length)
    expect(texts(svg, 'unit-number').map((n) => n.text).sort((a, b) => +a - +b)).toEqual(inits.map((_, k) => String(k + 1)))
    // Each status: its label, and as many squares of its colour as initiatives with that status at the first report.
    const wrong = [...new Set(updates.filter((u) => u.date === first).map((u) => u.status))].flatMap((status) => {
      const label = STATUS_LABEL[status]
      const cls = chart.legend.find((l) => l.text === label)?.cls
      const count = updates.filter((u) => u.date === first && u.status === status).length
      const seen = squares.filter((s) => s.cls === cls).length
      return texts(svg, 'label').some((x) => x.text === label) && seen === count ? [] : [`${status} ("${label}"): ${seen} squares; the data has ${count} initiatives`]
    })
    expect(wrong).toEqual([])
  })

  it('the timeline: one dot per event, in the year its interval starts, hollow when the source gives no day or month', async () => {
    const svg = await drawn(t, 'tidslinje')
    const events = [...t.events].sort((a, b) => a.date.localeCompare(b.date))
    const dots = circles(svg)
    expect(dots.length, 'one dot per event').toBe(events.length)
    expect(dots.filter((d) => d.cls === 'dot-open').length, 'hollow dots: events dated to a quarter, half, season, year or span').toBe(events.filter((e) => !['day', 'month'].includes(e.date_precision)).length)
    // A tick starts each year's band on the axis; a label names the year its tick starts (every year,
    // or every second, third, … where a year is too narrow for its label).
    const ticks = lines(svg, 'tick').map((l) => l.x1)
    const labels = texts(svg, 'value')
    expect(labels.length, 'some years are labelled').toBeGreaterThan(0)
    const tickOf = (label: (typeof labels)[number]) => ticks.findIndex((x) => Math.abs(label.x - 3 - x) < 0.01)
    expect(labels.map(tickOf), 'each label sits at a tick').not.toContain(-1)
    const first = Number(labels[0]!.text) - tickOf(labels[0]!)
    expect(labels.map((l) => Number(l.text)), 'each label names the year its tick starts').toEqual(labels.map((l) => first + tickOf(l)))
    const perYear = (y: number) => events.filter((e) => e.date_start.startsWith(String(y))).length
    ticks.forEach((from, k) => {
      const to = ticks[k + 1] ?? svg.width
      expect(dots.filter((d) => d.cx >= from - 0.01 && d.cx < to - 0.01).length, `dots in ${first + k}`).toBe(perYear(first + k))
    })
    const startYears = events.map((e) => Number(e.date_start.slice(0, 4)))
    expect(ticks.length, 'a tick for every year from the first event to the last').toBe(Math.max(...startYears) - Math.min(...startYears) + 1)
  })
})
