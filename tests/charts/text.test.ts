/**
 * The words and the picture agree: each chart's description (the SVG's <desc>), its table and its
 * CSV are checked against the same data rows as its marks, with numbers formatted here by the
 * platform's Danish locale (not the site's formatter), and the rendered figure shows exactly the
 * model's description and table.
 */
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import type { Funding, Tables } from '../../scripts/data/types.ts'
import { allCharts, type ChartModel } from '../../scripts/site/charts/index.ts'
import { fixtureTables, readSvg, renderChart } from './render.ts'

const danish = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 })
const da = (n: number) => danish.format(n)
const mio = (n: number) => `${da(n)} mio. kr.`
const periodTotal = (f: Funding) => (f.amount_mio_dkk ?? 0) * (f.basis === 'per_year' ? f.end_year - f.start_year + 1 : 1)

/** Every expected piece of text that the text lacks, named. */
const lacking = (where: string, text: string, expected: string[]) => expected.filter((e) => !text.includes(e)).map((e) => `${where} lacks "${e}"`)

describe.each([
  ['the fixture data', fixtureTables],
  ['the real data', () => loadData()],
] as const)('chart text from %s', (_name, tables) => {
  const t: Tables = tables()
  const chart = (id: string): ChartModel => allCharts(t).find((c) => c.id === id)!
  const tableText = (c: ChartModel, k: number) => c.table.rows[k]!.join(' | ')

  it('Københavns Kommune’s targets: reached and target of each row in words, table and CSV', () => {
    const c = chart('kk-maal-og-resultater')
    const rows = t.indicators.filter((i) => i.plan_id === 'kk2017' && i.kind === 'target_reached' && i.value !== null && i.target !== null && i.target_unit === null)
    // The table also lists the target the chart cannot draw (a share the source does not give).
    expect(c.table.rows.length).toBeGreaterThanOrEqual(rows.length)
    // Each row carries the source's own verdict (its 2018 status), never a computed Ja/Nej.
    const verdict = (r: (typeof rows)[number]) => t.status_updates.find((u) => u.initiative_id === r.initiative_id && (u.status === 'target_met' || u.status === 'target_expected'))?.status === 'target_met' ? 'målet er nået' : 'målet forventes nået'
    const wrong = rows.flatMap((r, k) => [
      ...lacking('the description', c.description, [`${da(r.value!)} af mindst ${da(r.target!)} ${r.unit}`]),
      ...lacking(`table row ${k + 1}`, tableText(c, k), [da(r.value!), da(r.target!), verdict(r)]),
    ])
    expect(wrong).toEqual([])
    // The CSV holds every target behind the figure (the undrawn share too), each with the source's verdict.
    const all = t.indicators.filter((i) => i.plan_id === 'kk2017' && i.kind === 'target_reached' && i.target !== null)
    const byId = (id: unknown) => all.find((i) => i.indicator_id === id)!
    expect(c.csv.rows.map((r) => r[0]).sort()).toEqual(all.map((i) => i.indicator_id).sort())
    expect(c.csv.rows.map((r) => [r[3], r[5]])).toEqual(c.csv.rows.map((r) => [byId(r[0]).target, byId(r[0]).value ?? '']))
    const status = (id: string | null) => t.status_updates.find((u) => u.initiative_id === id && (u.status === 'target_met' || u.status === 'target_expected'))?.status
    expect(c.csv.rows.map((r) => r[8])).toEqual(c.csv.rows.map((r) => status(byId(r[0]).initiative_id)))
  })

  it('the kommuner: both counts and the number of kommuner', () => {
    const c = chart('kommuner-involveret')
    const total = t.kommuner.length
    const readings = ['hp2017-kommuner-involved-93', 'hp2017-kommuner-involved-86'].map((id) => t.indicators.find((i) => i.indicator_id === id)!)
    const wrong = [
      ...lacking('the description', c.description, [...readings.map((r) => `${da(r.value!)} `), `${da(total)} kommuner`]),
      ...readings.flatMap((r, k) => lacking(`table row ${k + 1}`, tableText(c, k), [da(r.value!), da(total)])),
    ]
    expect(wrong).toEqual([])
    // One row for the one fact, each reading in its own columns: no column adds the two up.
    expect(c.csv.rows).toEqual([[total, ...readings.flatMap((r) => [r.indicator_id, r.source_id, r.date, r.value])]])
  })

  it('the 2017–2020 plan’s outcomes: the counts', () => {
    const c = chart('handlingsplan-initiativer-efter-udfald')
    const ids = ['hp2017-initiatives-launched', 'hp2017-initiatives-carried-out', 'hp2017-initiatives-given-up', 'hp2017-initiatives-cancelled']
    const values = ids.map((id) => t.indicators.find((i) => i.indicator_id === id)!.value!)
    const wrong = [...lacking('the description', c.description, values.map((v) => da(v))), ...values.flatMap((v, k) => lacking(`table row ${k + 1}`, tableText(c, k), [da(v)]))]
    expect(wrong).toEqual([])
    // The outcomes only, no total beside them: their sum is the number launched.
    expect(c.csv.rows.map((r) => [r[0], r[2]])).toEqual(ids.slice(1).map((id, k) => [id, values[k + 1]]))
    expect(c.csv.rows.reduce((s, r) => s + Number(r[2]), 0)).toBe(values[0])
  })

  it('money by plan: the plan’s total, every part of the frame and the unexplained rest', () => {
    const c = chart('penge-efter-plan-og-omraade')
    const hp = t.funding.find((f) => f.funding_id === 'hp2017-satspulje')!
    const frame = t.funding.find((f) => f.funding_id === 'fl21-frame')!
    const parts = t.funding.filter((f) => f.parent_id === frame.funding_id)
    const rest = Math.round((periodTotal(frame) - parts.reduce((s, p) => s + p.amount_mio_dkk!, 0)) * 100) / 100
    const amounts = [hp.amount_mio_dkk!, ...parts.map((p) => p.amount_mio_dkk!), ...(rest > 0 ? [rest] : [])]
    const all = c.table.rows.map((r) => r.join(' | ')).join('\n')
    expect([...lacking('the description', c.description, amounts.map(mio)), ...lacking('the table', all, amounts.map(mio))]).toEqual([])
    // The CSV: the plan, the frame's parts (in the areas' order) and the rest; not the frame beside its parts.
    const csvAmounts = c.csv.rows.map((r) => r[c.csv.header.indexOf('beloeb_mio_kr')] as number)
    // Every row is a funding row, read from a column of it: no id that funding.csv lacks.
    const ids = new Set(t.funding.map((f) => f.funding_id))
    for (const r of c.csv.rows) expect(ids.has(String(r[0])), String(r[0])).toBe(true)
    expect(c.csv.rows.map((r) => r[1])).toEqual([...Array(1 + parts.length).fill('amount_mio_dkk'), ...(rest > 0 ? ['unexplained_gap_mio_dkk'] : [])])
    expect(c.csv.rows.filter((r) => r[0] === frame.funding_id).map((r) => r[1])).toEqual(rest > 0 ? ['unexplained_gap_mio_dkk'] : [])
    expect(csvAmounts.slice(0, 1)).toEqual([hp.amount_mio_dkk])
    expect(csvAmounts.slice(1, 1 + parts.length).sort()).toEqual(parts.map((p) => p.amount_mio_dkk).sort())
    expect(csvAmounts.slice(1 + parts.length)).toEqual(rest > 0 ? [rest] : [])
    // The frame's rows (parts and rest) add up to the frame for its period.
    expect(Math.round(csvAmounts.slice(1).reduce((s, a) => s + a, 0) * 100) / 100).toBe(periodTotal(frame))
  })

  it('Københavns Kommune’s money: each recommendation’s amount', () => {
    const c = chart('kk-midler-pr-anbefaling')
    const named = t.initiatives.filter((i) => i.plan_id === 'kk2017' && i.naming === 'named')
    const funds = named.map((i) => t.funding.find((f) => f.initiative_id === i.initiative_id)).filter((f): f is Funding => !!f)
    const wrong = funds.flatMap((f, k) => (f.amount_mio_dkk === null ? [] : [...lacking('the description', c.description, [mio(f.amount_mio_dkk)]), ...lacking(`table row ${k + 1}`, tableText(c, k), [mio(f.amount_mio_dkk)])]))
    expect(wrong).toEqual([])
    expect(c.csv.rows.map((r) => [r[0], r[2]])).toEqual(funds.map((f) => [f.funding_id, f.amount_mio_dkk ?? '']))
  })

  it('the agreement’s status: every initiative, numbered, with its status', () => {
    const c = chart('aftalen-status-2021')
    const inits = t.initiatives.filter((i) => i.plan_id === 'fl21')
    const first = t.status_updates.filter((u) => inits.some((i) => i.initiative_id === u.initiative_id)).map((u) => u.date).sort()[0]
    const statusOf = (id: string) => t.status_updates.find((u) => u.initiative_id === id && u.date === first)!.status
    expect(lacking('the description', c.description, inits.map((i, k) => `${k + 1}. ${i.name}`))).toEqual([])
    expect(c.csv.rows).toEqual(inits.map((i, k) => [k + 1, i.initiative_id, i.name, first, statusOf(i.initiative_id)]))
  })

  it('the timeline: every event in the table and the CSV, the years in the description', () => {
    const c = chart('tidslinje')
    // By interval, as the codebook says: first day, then last day (an open end last).
    const events = [...t.events].sort((a, b) => a.date_start.localeCompare(b.date_start) || (a.date_end ?? '9999-12-31').localeCompare(b.date_end ?? '9999-12-31'))
    // An event its source planned or expected says so before its title (issue 20); the CSV gives the code.
    const said: Record<string, string> = { planned: 'Planlagt: ', expected: 'Forventet: ' }
    expect(c.table.rows.map((r) => r[1])).toEqual(events.map((e) => (said[e.occurrence] ?? '') + e.title))
    expect(c.csv.rows).toEqual(events.map((e) => [e.event_id, e.date, e.date_precision, e.date_start, e.date_end ?? '', e.title, e.occurrence]))
    expect(lacking('the description', c.description, [events[0]!.date_start.slice(0, 4), events.at(-1)!.date_start.slice(0, 4)])).toEqual([])
  })

  it('every figure shows its model’s description, table and data link', async () => {
    for (const c of allCharts(t)) {
      const html = await renderChart(c)
      const svg = readSvg(html)
      expect(svg.title, c.id).toBe(c.title)
      expect(svg.desc, c.id).toBe(c.description)
      const text = html.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"')
      const cells = c.table.rows.flat().filter((cell) => !text.includes(cell))
      expect(cells, `${c.id}: table cells missing from the rendered figure`).toEqual([])
      expect(html, c.id).toContain(`href="/data/charts/${c.id}.csv"`)
    }
  })
})
