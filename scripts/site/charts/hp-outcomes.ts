import type { Tables } from '../../data/types.ts'
import { FORMATS, type Lang } from '../../format/locale.ts'
import { cite, citationLine } from '../cite.ts'
import { citeEn } from '../en/cite.ts'
import { records } from '../records.ts'
import { type ChartModel, type Mark, WIDTH } from './model.ts'

const OUTCOMES = [
  { key: 'carried_out', id: 'hp2017-initiatives-carried-out', cls: 'unit-done' },
  { key: 'given_up', id: 'hp2017-initiatives-given-up', cls: 'unit-short' },
  { key: 'cancelled', id: 'hp2017-initiatives-cancelled', cls: 'unit-stop' },
] as const

/** The chart's words in each language (the same model draws both). */
const TEXT = {
  da: {
    outcome: { carried_out: 'Gennemført som planlagt', given_up: 'Opgivet', cancelled: 'Aflyst' },
    title: 'Handlingsplanens initiativer efter udfald',
    subtitle: 'Ét felt pr. initiativ, efter hvordan det gik.',
    launched: (n: string) => `${n} initiativer blev sat i gang`,
    caption: 'Initiativer i handlingsplanen efter udfald',
    columns: ['Udfald', 'Initiativer'],
    launchedRow: 'Sat i gang',
  },
  en: {
    outcome: { carried_out: 'Carried out as planned', given_up: 'Given up', cancelled: 'Cancelled' },
    title: 'The action plan’s initiatives by outcome',
    subtitle: 'One square per initiative, by how it went.',
    launched: (n: string) => `${n} initiatives were launched`,
    caption: 'Initiatives of the action plan by outcome',
    columns: ['Outcome', 'Initiatives'],
    launchedRow: 'Launched',
  },
}

/** The 2017–2020 plan's initiatives as one square each, by outcome; shape marks tell them apart without colour. */
export function hpOutcomesChart(t: Tables, lang: Lang = 'da'): ChartModel {
  const text = TEXT[lang]
  const formatNumber = FORMATS[lang].number
  const citeIn = lang === 'en' ? citeEn : cite
  const get = records(t).indicator
  const launched = get('hp2017-initiatives-launched')
  const parts = OUTCOMES.map((o) => ({ ...o, label: text.outcome[o.key], row: get(o.id) }))
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
    title: text.title,
    subtitle: text.subtitle,
    description: `${text.launched(formatNumber(launched.value!))}; ${words.join(', ')}.`,
    width: WIDTH,
    height: Math.ceil(launched.value! / perRow) * step,
    marks,
    legend: parts.map((p) => ({ cls: p.cls, text: `${p.label}: ${formatNumber(p.row.value!)}` })),
    table: {
      caption: text.caption,
      columns: [{ label: text.columns[0]! }, { label: text.columns[1]!, numeric: true }],
      rows: [[text.launchedRow, formatNumber(launched.value!)], ...parts.map((p) => [p.label, formatNumber(p.row.value!)])],
    },
    // The parts only: their sum is the launched count, so a total beside them would be counted twice.
    csv: {
      header: ['indicator_id', 'udfald', 'initiativer'],
      rows: parts.map((p) => [p.row.indicator_id, p.key, p.row.value!]),
      sources: parts.map((p) => citationLine(cite(t, p.row))),
    },
    sources: [launched, ...parts.map((p) => p.row)].map((r) => citeIn(t, r)),
    notes: [],
  }
}
