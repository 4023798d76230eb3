import type { Tables } from '../../data/types.ts'
import { formatNumber } from '../../format/danish.ts'
import { cite, citationLine } from '../cite.ts'
import { records } from '../records.ts'
import { type ChartModel, type Mark, WIDTH } from './model.ts'

const OUTCOMES = [
  { key: 'carried_out', id: 'hp2017-initiatives-carried-out', label: 'Gennemført som planlagt', cls: 'unit-done' },
  { key: 'given_up', id: 'hp2017-initiatives-given-up', label: 'Opgivet', cls: 'unit-short' },
  { key: 'cancelled', id: 'hp2017-initiatives-cancelled', label: 'Aflyst', cls: 'unit-stop' },
] as const

/** The 2017–2020 plan's initiatives as one square each, by outcome; shape marks tell them apart without colour. */
export function hpOutcomesChart(t: Tables): ChartModel {
  const get = records(t).indicator
  const launched = get('hp2017-initiatives-launched')
  const parts = OUTCOMES.map((o) => ({ ...o, row: get(o.id) }))
  const perRow = Math.ceil(launched.value! / 2)
  const size = Math.floor(WIDTH / perRow) - 6
  const step = size + 6
  const marks: Mark[] = []
  let n = 0
  for (const p of parts) {
    for (let k = 0; k < p.row.value!; k++, n++) {
      const x = (n % perRow) * step
      const y = Math.floor(n / perRow) * step
      marks.push({ kind: 'rect', x, y, w: size, h: size, cls: p.cls })
      // A second cue beside colour: a slash for given up, a cross for cancelled.
      if (p.key === 'given_up') marks.push({ kind: 'line', x1: x + 4, y1: y + size - 4, x2: x + size - 4, y2: y + 4, cls: 'glyph' })
      if (p.key === 'cancelled') {
        marks.push({ kind: 'line', x1: x + 4, y1: y + 4, x2: x + size - 4, y2: y + size - 4, cls: 'glyph' })
        marks.push({ kind: 'line', x1: x + 4, y1: y + size - 4, x2: x + size - 4, y2: y + 4, cls: 'glyph' })
      }
    }
  }
  const words = parts.map((p) => `${p.label.toLowerCase()}: ${formatNumber(p.row.value!)}`)
  return {
    id: 'handlingsplan-initiativer-efter-udfald',
    title: 'Handlingsplanens initiativer efter udfald',
    subtitle: 'Ét felt pr. initiativ, efter hvordan det gik.',
    description: `${formatNumber(launched.value!)} initiativer blev sat i gang; ${words.join(', ')}.`,
    width: WIDTH,
    height: Math.ceil(launched.value! / perRow) * step,
    marks,
    legend: parts.map((p) => ({ cls: p.cls, text: `${p.label}: ${formatNumber(p.row.value!)}` })),
    table: {
      caption: 'Initiativer i handlingsplanen efter udfald',
      columns: [{ label: 'Udfald' }, { label: 'Initiativer', numeric: true }],
      rows: [['Sat i gang', formatNumber(launched.value!)], ...parts.map((p) => [p.label, formatNumber(p.row.value!)])],
    },
    // The parts only: their sum is the launched count, so a total beside them would be counted twice.
    csv: {
      header: ['indicator_id', 'udfald', 'initiativer'],
      rows: parts.map((p) => [p.row.indicator_id, p.key, p.row.value!]),
      sources: parts.map((p) => citationLine(cite(t, p.row))),
    },
    sources: [launched, ...parts.map((p) => p.row)].map((r) => cite(t, r)),
    notes: [],
  }
}
