import { scaleLinear } from 'd3-scale'
import type { Tables } from '../../data/types.ts'
import { formatMio, formatYears } from '../../format/danish.ts'
import { cite, citationLine } from '../cite.ts'
import { amountText } from '../amount.ts'
import { type ChartModel, type Mark, LINE, WIDTH, wrap } from './model.ts'

/** Københavns Kommune: money a year for each of the six recommendations. */
export function kkMoneyChart(t: Tables): ChartModel {
  const inits = t.initiatives.filter((i) => i.plan_id === 'kk2017' && i.naming === 'named')
  const rows = inits.map((i) => ({ i, f: t.funding.find((f) => f.initiative_id === i.initiative_id) })).filter((r) => r.f)
  const max = Math.max(...rows.map((r) => r.f!.amount_mio_dkk ?? 0))
  // Each amount stands on its own line under its bar, so the bar can use the whole width and the
  // amount never runs out of the drawing (at 12 CSS px on a phone, with a reader's text spacing).
  const x = scaleLinear().domain([0, max]).range([0, WIDTH])
  const marks: Mark[] = []
  let y = 0
  for (const { i, f } of rows) {
    for (const line of wrap(`${i.number}. ${i.name}`)) {
      marks.push({ kind: 'text', x: 0, y: y + 15, text: line, cls: 'label' })
      y += LINE
    }
    if (f!.amount_mio_dkk !== null) {
      marks.push({ kind: 'rect', x: 0, y: y + 2, w: x(f!.amount_mio_dkk), h: 16, cls: 'seg-0' })
      y += LINE
      marks.push({ kind: 'text', x: 0, y: y + 15, text: amountText(f!), cls: 'value' })
    } else {
      marks.push({ kind: 'text', x: 0, y: y + 15, text: 'Ingen særskilte midler', cls: 'value' })
    }
    y += LINE + 14
  }
  const f0 = rows[0]!.f!
  return {
    id: 'kk-midler-pr-anbefaling',
    title: 'Midler pr. anbefaling om året',
    subtitle: 'Midler afsat om året til hver anbefaling.',
    description: rows.map(({ i, f }) => `${i.name}: ${f!.amount_mio_dkk === null ? 'ingen særskilte midler' : `${formatMio(f!.amount_mio_dkk)} om året`}`).join('. ') + '.',
    width: WIDTH,
    height: y - 6,
    marks,
    legend: [],
    table: {
      caption: `Midler pr. anbefaling, ${formatYears(f0.start_year, f0.end_year)}`,
      columns: [{ label: 'Anbefaling' }, { label: 'Midler' }],
      rows: rows.map(({ i, f }) => [`${i.number}. ${i.name}`, f!.amount_mio_dkk === null ? 'Inden for forvaltningens eksisterende ramme' : `${amountText(f!)}`]),
    },
    csv: {
      header: ['funding_id', 'anbefaling', 'beloeb_mio_kr_pr_aar', 'fra_aar', 'til_aar'],
      rows: rows.map(({ i, f }) => [f!.funding_id, i.name, f!.amount_mio_dkk ?? '', f!.start_year, f!.end_year]),
      sources: rows.map(({ f }) => citationLine(cite(t, f!))),
    },
    sources: rows.map(({ f }) => cite(t, f!)),
    notes: [],
  }
}
