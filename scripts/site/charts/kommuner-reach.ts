import type { Indicator, Tables } from '../../data/types.ts'
import { formatDate, formatNumber } from '../../format/danish.ts'
import { cite, citationLine, sourceLabel } from '../cite.ts'
import { records } from '../records.ts'
import { type ChartModel, type Mark, LINE, WIDTH, wrap } from './model.ts'

const COLUMNS = 14

/** The 98 kommuner as squares, twice: as many filled as each source says were involved. */
export function kommunerReachChart(t: Tables): ChartModel {
  const total = t.kommuner.length
  const readings = (['hp2017-kommuner-involved-93', 'hp2017-kommuner-involved-86'] as const).map(records(t).indicator)
  const step = Math.floor(WIDTH / COLUMNS)
  const size = step - 4
  const grid = Math.ceil(total / COLUMNS) * step
  const marks: Mark[] = []
  const who = (i: Indicator) => sourceLabel(records(t).source(i.source_id))
  let top = 0
  readings.forEach((r) => {
    // The count, then who says so (wrapped: it is long), then the squares.
    const lines = [{ text: reading(r), cls: 'label' }, ...wrap(`ifølge ${shortSource(t, r)}`).map((text) => ({ text, cls: 'value' }))]
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
    title: 'Kommuner involveret i handlingsplanens initiativer – to kilder, to tal',
    subtitle: 'Ét felt pr. kommune. Ministerens brev og pressemeddelelsen giver hvert sit tal.',
    description: readings.map((r) => `${who(r)}: ${reading(r)}`).join('. ') + `. Kilderne er uenige, og begge tal vises. Danmark har ${formatNumber(total)} kommuner.`,
    width: WIDTH,
    height: top - 12,
    marks,
    legend: [
      { cls: 'unit-done', text: 'Involveret ifølge kilden' },
      { cls: 'unit-empty', text: 'Ikke opgjort som involveret' },
    ],
    table: {
      caption: 'Kommuner involveret i handlingsplanens initiativer',
      columns: [{ label: 'Kilde' }, { label: 'Dato' }, { label: 'Kommuner involveret', numeric: true }, { label: 'Kommuner i alt', numeric: true }],
      rows: readings.map((r) => [who(r), formatDate(r.date), formatNumber(r.value!), formatNumber(total)]),
    },
    // One fact with two sourced figures: one row, each reading in its own columns, so no sum adds 93 and 86.
    csv: {
      header: ['kommuner_i_alt', ...readings.flatMap((_, k) => ['indicator_id', 'kilde_id', 'dato', 'kommuner_involveret'].map((c) => `${c}_${k + 1}`))],
      rows: [[total, ...readings.flatMap((r) => [r.indicator_id, r.source_id, r.date, r.value!])]],
      sources: [readings.map((r) => citationLine(cite(t, r))).join('; ')],
    },
    sources: readings.map((r) => cite(t, r)),
    notes: [`Kommuner i alt: ${formatNumber(total)} (DAGI, Styrelsen for Dataforsyning og Infrastruktur). Hvilke kommuner der var involveret, oplyser kilderne ikke; felterne er fyldt i rækkefølge.`],
  }
}

/** As the source puts it: "86 af 98 kommuner" where it gives the whole, else "93 kommuner". */
function reading(i: Indicator): string {
  return i.of_total === null ? `${formatNumber(i.value!)} kommuner` : `${formatNumber(i.value!)} af ${formatNumber(i.of_total)} kommuner`
}

function shortSource(t: Tables, i: Indicator): string {
  const s = records(t).source(i.source_id)
  const kind = s.kind === 'press_release' ? 'pressemeddelelsen' : 'ministerens brev'
  return `${kind}, ${formatDate(s.date ?? i.date)}`
}
