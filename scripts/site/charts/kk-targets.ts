import { scaleLinear } from 'd3-scale'
import { formatDate } from '../../format/danish.ts'
import { indicatorText, targetText, valueText } from '../figure.ts'
import type { Indicator, Tables } from '../../data/types.ts'
import { cite, citationLine } from '../cite.ts'
import { records } from '../records.ts'
import { type ChartModel, type Mark, LINE, WIDTH, wrap } from './model.ts'

/** Københavns Kommune: each target as a track, what was reached as its filled part. */
export function kkTargetsChart(t: Tables): ChartModel {
  const rows = t.indicators.filter((i) => i.plan_id === 'kk2017' && i.kind === 'target_reached' && i.value !== null && i.target !== null && i.target_unit === null)
  const nameOf = (i: Indicator) => t.initiatives.find((x) => x.initiative_id === i.initiative_id)?.name ?? i.measure
  const marks: Mark[] = []
  let y = 0
  for (const i of rows) {
    const x = scaleLinear().domain([0, Math.max(i.target!, i.value!)]).range([0, WIDTH])
    for (const line of wrap(nameOf(i))) {
      marks.push({ kind: 'text', x: 0, y: y + 14, text: line, cls: 'label' })
      y += LINE
    }
    marks.push({ kind: 'rect', x: 0, y: y + 2, w: x(i.target!), h: 16, cls: 'track' })
    marks.push({ kind: 'rect', x: 0, y: y + 2, w: x(i.value!), h: 16, cls: i.met === 'yes' ? 'fill-done' : 'fill' })
    marks.push({ kind: 'line', x1: x(i.target!), y1: y - 2, x2: x(i.target!), y2: y + 22, cls: 'target' })
    marks.push({ kind: 'text', x: 0, y: y + LINE + 20, text: indicatorText(i), cls: 'value' })
    y += LINE * 2 + 16
  }
  const sentences = rows.map((i) => `${nameOf(i)}: ${indicatorText(i)}`)
  const plan = records(t).plan('kk2017')
  const when = formatDate(rows[0]?.date ?? '')
  return {
    id: 'kk-maal-og-resultater',
    title: `Mål og resultater: ${plan.short_name}`,
    subtitle: 'Hver bjælke er et mål; den udfyldte del er det, der var nået.',
    description: `Hver bjælke er et mål; den udfyldte del er det, der var nået ved kommunens status (${when}). ${sentences.join('. ')}.`,
    width: WIDTH,
    height: y - 10,
    marks,
    legend: [
      { cls: 'fill', text: 'Nået' },
      { cls: 'track', text: 'Mål' },
      { cls: 'fill-done', text: 'Målet nået' },
    ],
    table: {
      caption: `Mål og resultater: ${plan.short_name}`,
      columns: [{ label: 'Indsats' }, { label: 'Mål', numeric: true }, { label: 'Nået', numeric: true }, { label: 'Enhed' }, { label: 'Mål nået' }],
      rows: rows.map((i) => [nameOf(i), targetText(i), valueText(i), i.unit, i.met === 'yes' ? 'Ja' : 'Nej']),
    },
    csv: {
      header: ['indicator_id', 'indsats', 'sammenligning', 'maal', 'naaet', 'naaet_kvalifikator', 'enhed', 'maal_naaet'],
      rows: rows.map((i) => [i.indicator_id, nameOf(i), i.comparator ?? '', i.target!, i.value!, i.value_qualifier ?? '', i.unit, i.met ?? '']),
      sources: rows.map((i) => citationLine(cite(t, i))),
    },
    sources: rows.map((i) => cite(t, i)),
    notes: [],
  }
}
