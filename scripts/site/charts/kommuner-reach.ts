import type { Indicator, Tables } from '../../data/types.ts'
import { FORMATS, type Lang } from '../../format/locale.ts'
import { cite, citationLine, sourceLabel } from '../cite.ts'
import { citeEn, sourceLabelEn } from '../en/cite.ts'
import { records } from '../records.ts'
import { type ChartModel, type Mark, LINE, WIDTH, wrap } from './model.ts'

const COLUMNS = 14

/** The chart's words in each language (the same model draws both). */
const TEXT = {
  da: {
    by: (who: string) => `ifølge ${who}`,
    title: 'Kommuner involveret i handlingsplanens initiativer – to kilder, to tal',
    subtitle: 'Ét felt pr. kommune. Ministerens brev og pressemeddelelsen giver hvert sit tal.',
    disagree: (n: string) => `Kilderne er uenige, og begge tal vises. Danmark har ${n} kommuner.`,
    legend: ['Involveret ifølge kilden', 'Ikke opgjort som involveret'],
    caption: 'Kommuner involveret i handlingsplanens initiativer',
    columns: ['Kilde', 'Dato', 'Kommuner involveret', 'Kommuner i alt'],
    note: (n: string) => `Kommuner i alt: ${n} (DAGI, Styrelsen for Dataforsyning og Infrastruktur). Hvilke kommuner der var involveret, oplyser kilderne ikke; felterne er fyldt i rækkefølge.`,
    reading: (v: string, of: string | null) => (of === null ? `${v} kommuner` : `${v} af ${of} kommuner`),
    press: 'pressemeddelelsen',
    letter: 'ministerens brev',
  },
  en: {
    by: (who: string) => `according to ${who}`,
    title: 'Kommuner (municipalities) involved in the action plan’s initiatives – two sources, two figures',
    subtitle: 'One square per kommune. The minister’s letter and the press release each give their own figure.',
    disagree: (n: string) => `The sources disagree, and both figures are shown. Denmark has ${n} kommuner.`,
    legend: ['Involved according to the source', 'Not counted as involved'],
    caption: 'Kommuner involved in the action plan’s initiatives',
    columns: ['Source', 'Date', 'Kommuner involved', 'Kommuner in all'],
    note: (n: string) => `Kommuner in all: ${n} (DAGI, the Danish Agency for Data Supply and Infrastructure). The sources do not say which kommuner were involved; the squares are filled in order.`,
    reading: (v: string, of: string | null) => (of === null ? `${v} kommuner` : `${v} of ${of} kommuner`),
    press: 'the press release',
    letter: 'the minister’s letter',
  },
}

/** The 98 kommuner as squares, twice: as many filled as each source says were involved. */
export function kommunerReachChart(t: Tables, lang: Lang = 'da'): ChartModel {
  const text = TEXT[lang]
  const { number: formatNumber, date: formatDate } = FORMATS[lang]
  const citeIn = lang === 'en' ? citeEn : cite
  const reading = (i: Indicator) => text.reading(formatNumber(i.value!), i.of_total === null ? null : formatNumber(i.of_total))
  const shortSource = (i: Indicator) => {
    const s = t.sources.find((x) => x.source_id === i.source_id)!
    return `${s.kind === 'press_release' ? text.press : text.letter}, ${formatDate(s.date ?? i.date)}`
  }
  const total = t.kommuner.length
  const readings = (['hp2017-kommuner-involved-93', 'hp2017-kommuner-involved-86'] as const).map(records(t).indicator)
  const step = Math.floor(WIDTH / COLUMNS)
  const size = step - 4
  const grid = Math.ceil(total / COLUMNS) * step
  const marks: Mark[] = []
  const who = (i: Indicator) => (lang === 'en' ? sourceLabelEn : sourceLabel)(records(t).source(i.source_id))
  let top = 0
  readings.forEach((r) => {
    // The count, then who says so (wrapped: it is long), then the squares.
    const lines = [{ text: reading(r), cls: 'label' }, ...wrap(text.by(shortSource(r))).map((text) => ({ text, cls: 'value' }))]
    lines.forEach((l, k) => marks.push({ kind: 'text', x: 0, y: top + k * LINE + 15, text: l.text, cls: l.cls }))
    const gridTop = top + lines.length * LINE + 8
    for (let k = 0; k < total; k++) {
      const x = (k % COLUMNS) * step
      const y = gridTop + Math.floor(k / COLUMNS) * step
      marks.push({ kind: 'rect', x, y, w: size, h: size, cls: k < r.value! ? 'unit-done' : 'unit-empty' })
    }
    top = gridTop + grid + 12
  })
  return {
    id: 'kommuner-involveret',
    title: text.title,
    subtitle: text.subtitle,
    description: readings.map((r) => `${who(r)}: ${reading(r)}`).join('. ') + `. ${text.disagree(formatNumber(total))}`,
    width: WIDTH,
    height: top - 12,
    marks,
    legend: [
      { cls: 'unit-done', text: text.legend[0]! },
      { cls: 'unit-empty', text: text.legend[1]! },
    ],
    table: {
      caption: text.caption,
      columns: [{ label: text.columns[0]! }, { label: text.columns[1]! }, { label: text.columns[2]!, numeric: true }, { label: text.columns[3]!, numeric: true }],
      rows: readings.map((r) => [who(r), formatDate(r.date), formatNumber(r.value!), formatNumber(total)]),
    },
    // One fact with two sourced figures: one row, each reading in its own columns, so no sum adds 93 and 86.
    csv: {
      header: ['kommuner_i_alt', ...readings.flatMap((_, k) => ['indicator_id', 'kilde_id', 'dato', 'kommuner_involveret'].map((c) => `${c}_${k + 1}`))],
      rows: [[total, ...readings.flatMap((r) => [r.indicator_id, r.source_id, r.date, r.value!])]],
      sources: [readings.map((r) => citationLine(cite(t, r))).join('; ')],
    },
    sources: readings.map((r) => citeIn(t, r)),
    notes: [text.note(formatNumber(total))],
  }
}
