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
  const nameOf = (i: Indicator) => (i.initiative_id ? records(t).initiative(i.initiative_id).name : i.measure)
  // The verdict is the source's own, per recommendation (the 2018 status): chart, table and badges read it from one place.
  const verdictOf = (i: Indicator) => kkVerdict(t, i.initiative_id)
  // Targets the source calls met without saying how far (a share not given) cannot be drawn; the chart says so.
  const undrawn = t.indicators.filter((i) => i.plan_id === 'kk2017' && i.kind === 'target_reached' && i.value === null && i.target !== null)
  const marks: Mark[] = []
  let y = 0
  for (const i of rows) {
    const x = scaleLinear().domain([0, Math.max(i.target!, i.value!)]).range([0, WIDTH])
    for (const line of wrap(nameOf(i))) {
      marks.push({ kind: 'text', x: 0, y: y + 15, text: line, cls: 'label' })
      y += LINE
    }
    marks.push({ kind: 'rect', x: 0, y: y + 2, w: x(i.target!), h: 16, cls: 'track' })
    marks.push({ kind: 'rect', x: 0, y: y + 2, w: x(i.value!), h: 16, cls: verdictOf(i)?.status === 'target_met' ? 'fill-done' : 'fill' })
    marks.push({ kind: 'line', x1: x(i.target!), y1: y, x2: x(i.target!), y2: y + 20, cls: 'target' })
    y += LINE + 4
    for (const line of wrap(`${indicatorText(i)} – ${verdictText(verdictOf(i)?.status)}`)) {
      marks.push({ kind: 'text', x: 0, y: y + 16, text: line, cls: 'value' })
      y += LINE
    }
    y += 16
  }
  const sentences = rows.map((i) => `${nameOf(i)}: ${indicatorText(i)}, ${verdictText(verdictOf(i)?.status)}`)
  const plan = records(t).plan('kk2017')
  const when = formatDate(rows[0]?.date ?? '')
  return {
    id: 'kk-maal-og-resultater',
    title: `Mål og resultater: ${plan.short_name}`,
    subtitle: `Kommunens status ${when}, før aktiviteterne i efteråret 2018. Hver bjælke er et mål; den udfyldte del er det, der var nået.`,
    description: `Hver bjælke er et mål; den udfyldte del er det, der var nået ved kommunens status (${when}). ${sentences.join('. ')}.`,
    width: WIDTH,
    height: y - 10,
    marks,
    legend: [
      { cls: 'fill', text: 'Nået (målet forventes nået)' },
      { cls: 'track', text: 'Mål' },
      { cls: 'fill-done', text: 'Nået (målet er nået)' },
    ],
    table: {
      caption: `Mål og resultater: ${plan.short_name}`,
      columns: [{ label: 'Indsats' }, { label: 'Mål', numeric: true }, { label: `Nået (status ${when})`, numeric: true }, { label: 'Enhed' }, { label: 'Kommunens vurdering' }],
      rows: [...rows, ...undrawn].map((i) => [nameOf(i), targetText(i), valueText(i), i.unit, verdictText(verdictOf(i)?.status)]),
    },
    // Every target behind the figure, the undrawn one too, with the source's own verdict (not a computed yes/no).
    csv: {
      header: ['indicator_id', 'indsats', 'sammenligning', 'maal', 'maal_enhed', 'naaet', 'naaet_kvalifikator', 'enhed', 'kildens_vurdering'],
      rows: [...rows, ...undrawn].map((i) => [i.indicator_id, nameOf(i), i.comparator ?? '', i.target!, i.target_unit ?? '', i.value ?? '', i.value_qualifier ?? '', i.unit, verdictOf(i)?.status ?? '']),
      sources: [...rows, ...undrawn].map((i) => citationLine(cite(t, i))),
    },
    sources: rows.map((i) => cite(t, i)),
    notes: undrawn.map((i) => `${nameOf(i)} er ikke tegnet: målet var ${targetText(i)} af de relevante ${i.unit}, og kommunen skriver, at målet er nået, men ikke hvor stor andelen blev.`),
  }
}

/** The source's verdict on one Copenhagen recommendation: its 2018 status row. */
export function kkVerdict(t: Tables, initiativeId: string | null) {
  return t.status_updates.find((u) => u.initiative_id === initiativeId && (u.status === 'target_met' || u.status === 'target_expected'))
}

/** "målet er nået" / "målet forventes nået", as the 2018 status words it. */
export function verdictText(status: string | undefined): string {
  return status === 'target_met' ? 'målet er nået' : status === 'target_expected' ? 'målet forventes nået' : 'ikke oplyst'
}
