import { scaleLinear } from 'd3-scale'
import { FORMATS, type Lang } from '../../format/locale.ts'
import { indicatorText, targetText, valueText } from '../figure.ts'
import type { Indicator, Tables } from '../../data/types.ts'
import { cite, citationLine } from '../cite.ts'
import { citeEn } from '../en/cite.ts'
import { indicatorEn, targetEn, valueEn } from '../en/words.ts'
import { records } from '../records.ts'
import { type ChartModel, type Mark, LINE, WIDTH, wrap } from './model.ts'

/** The chart's words in each language (the same model draws both). */
const TEXT = {
  da: {
    title: (plan: string) => `Mål og resultater: ${plan}`,
    subtitle: (when: string) => `Kommunens status ${when}, før aktiviteterne i efteråret 2018. Hver bjælke er et mål; den udfyldte del er det, der var nået.`,
    description: (when: string) => `Hver bjælke er et mål; den udfyldte del er det, der var nået ved kommunens status (${when}).`,
    legend: ['Nået (målet forventes nået)', 'Mål', 'Nået (målet er nået)'],
    columns: (when: string) => ['Indsats', 'Mål', `Nået (status ${when})`, 'Enhed', 'Kommunens vurdering'],
    undrawn: (name: string, target: string, unit: string) => `${name} er ikke tegnet: målet var ${target} af de relevante ${unit}, og kommunen skriver, at målet er nået, men ikke hvor stor andelen blev.`,
  },
  en: {
    title: (plan: string) => `Targets and results: ${plan}`,
    subtitle: (when: string) => `The municipality’s status of ${when}, before the activities of the autumn of 2018. Each bar is a target; the filled part is what had been reached.`,
    description: (when: string) => `Each bar is a target; the filled part is what had been reached at the municipality’s status (${when}).`,
    legend: ['Reached (the target is expected to be met)', 'Target', 'Reached (the target is met)'],
    columns: (when: string) => ['Effort', 'Target', `Reached (status ${when})`, 'Unit', 'The municipality’s verdict'],
    undrawn: (name: string, target: string, unit: string) => `${name} is not drawn: the target was ${target} of the relevant ${unit}, and the municipality writes that the target is met, but not how large the share became.`,
  },
}

/** Københavns Kommune: each target as a track, what was reached as its filled part. */
export function kkTargetsChart(t: Tables, lang: Lang = 'da'): ChartModel {
  const text = TEXT[lang]
  const formatDate = FORMATS[lang].date
  const en = lang === 'en'
  const citeIn = en ? citeEn : cite
  const indicatorIn = en ? indicatorEn : indicatorText
  const targetIn = en ? targetEn : targetText
  const valueIn = en ? valueEn : valueText
  const verdictIn = en ? verdictTextEn : verdictText
  const unitOf = (i: Indicator) => (en ? i.unit_en : i.unit)
  const rows = t.indicators.filter((i) => i.plan_id === 'kk2017' && i.kind === 'target_reached' && i.value !== null && i.target !== null && i.target_unit === null)
  const nameOf = (i: Indicator) => {
    const init = t.initiatives.find((x) => x.initiative_id === i.initiative_id)
    return (en ? init?.name_en : init?.name) ?? (en ? i.measure_en : i.measure)
  }
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
    for (const line of wrap(`${indicatorIn(i)} – ${verdictIn(verdictOf(i)?.status)}`)) {
      marks.push({ kind: 'text', x: 0, y: y + 16, text: line, cls: 'value' })
      y += LINE
    }
    y += 16
  }
  const sentences = rows.map((i) => `${nameOf(i)}: ${indicatorIn(i)}, ${verdictIn(verdictOf(i)?.status)}`)
  const plan = records(t).plan('kk2017')
  const when = formatDate(rows[0]?.date ?? '')
  return {
    id: 'kk-maal-og-resultater',
    title: text.title(en ? plan.short_name_en : plan.short_name),
    subtitle: text.subtitle(when),
    description: `${text.description(when)} ${sentences.join('. ')}.`,
    width: WIDTH,
    height: y - 10,
    marks,
    legend: [
      { cls: 'fill', text: text.legend[0]! },
      { cls: 'track', text: text.legend[1]! },
      { cls: 'fill-done', text: text.legend[2]! },
    ],
    table: {
      caption: text.title(en ? plan.short_name_en : plan.short_name),
      columns: text.columns(when).map((label, k) => ({ label, ...(k === 1 || k === 2 ? { numeric: true } : {}) })),
      rows: [...rows, ...undrawn].map((i) => [nameOf(i), targetIn(i), valueIn(i), unitOf(i), verdictIn(verdictOf(i)?.status)]),
    },
    // Every target behind the figure, the undrawn one too, with the source's own verdict (not a computed yes/no).
    csv: {
      header: ['indicator_id', 'indsats', 'sammenligning', 'maal', 'maal_enhed', 'naaet', 'naaet_kvalifikator', 'enhed', 'kildens_vurdering'],
      rows: [...rows, ...undrawn].map((i) => [i.indicator_id, nameOf(i), i.comparator ?? '', i.target!, i.target_unit ?? '', i.value ?? '', i.value_qualifier ?? '', i.unit, verdictOf(i)?.status ?? '']),
      sources: [...rows, ...undrawn].map((i) => citationLine(cite(t, i))),
    },
    sources: rows.map((i) => citeIn(t, i)),
    notes: undrawn.map((i) => text.undrawn(nameOf(i), targetIn(i), unitOf(i))),
  }
}

/** The source's verdict on one Copenhagen recommendation: its 2018 status row. */
export function kkVerdict(t: Tables, initiativeId: string | null) {
  return t.status_updates.find((u) => u.initiative_id === initiativeId && (u.status === 'target_met' || u.status === 'target_expected'))
}

/** "the target is met" / "the target is expected to be met": the English edition's rendering of verdictText. */
export function verdictTextEn(status: string | undefined): string {
  return status === 'target_met' ? 'the target is met' : status === 'target_expected' ? 'the target is expected to be met' : 'not given'
}

/** "målet er nået" / "målet forventes nået", as the 2018 status words it. */
export function verdictText(status: string | undefined): string {
  return status === 'target_met' ? 'målet er nået' : status === 'target_expected' ? 'målet forventes nået' : 'ikke oplyst'
}
