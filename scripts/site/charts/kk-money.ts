import { scaleLinear } from 'd3-scale'
import type { Tables } from '../../data/types.ts'
import { FORMATS, type Lang } from '../../format/locale.ts'
import { cite, citationLine } from '../cite.ts'
import { amountText } from '../amount.ts'
import { citeEn } from '../en/cite.ts'
import { amountEn } from '../en/words.ts'
import { type ChartModel, type Mark, LINE, WIDTH, wrap } from './model.ts'

/** The chart's words in each language (the same model draws both). */
const TEXT = {
  da: { none: 'Ingen særskilte midler', noneLower: 'ingen særskilte midler', perYear: 'om året', title: 'Midler pr. anbefaling om året', subtitle: 'Midler afsat om året til hver anbefaling.', caption: 'Midler pr. anbefaling', columns: ['Anbefaling', 'Midler'], within: 'Inden for forvaltningens eksisterende ramme' },
  en: { none: 'No money of its own', noneLower: 'no money of its own', perYear: 'a year', title: 'Money per recommendation a year', subtitle: 'Money set aside a year for each recommendation.', caption: 'Money per recommendation', columns: ['Recommendation', 'Money'], within: 'Within the administration’s existing budget' },
}

/** Københavns Kommune: money a year for each of the six recommendations. */
export function kkMoneyChart(t: Tables, lang: Lang = 'da'): ChartModel {
  const text = TEXT[lang]
  const { mio: formatMio, years: formatYears } = FORMATS[lang]
  const amount = lang === 'en' ? amountEn : amountText
  const citeIn = lang === 'en' ? citeEn : cite
  const nameOf = (i: Tables['initiatives'][number]) => (lang === 'en' ? i.name_en : i.name)
  const inits = t.initiatives.filter((i) => i.plan_id === 'kk2017' && i.naming === 'named')
  const rows = inits.map((i) => ({ i, f: t.funding.find((f) => f.initiative_id === i.initiative_id) })).filter((r) => r.f)
  const max = Math.max(...rows.map((r) => r.f!.amount_mio_dkk ?? 0))
  // Each amount stands on its own line under its bar, so the bar can use the whole width and the
  // amount never runs out of the drawing (at 12 CSS px on a phone, with a reader's text spacing).
  const x = scaleLinear().domain([0, max]).range([0, WIDTH])
  const marks: Mark[] = []
  let y = 0
  for (const { i, f } of rows) {
    for (const line of wrap(`${i.number}. ${nameOf(i)}`)) {
      marks.push({ kind: 'text', x: 0, y: y + 15, text: line, cls: 'label' })
      y += LINE
    }
    if (f!.amount_mio_dkk !== null) {
      marks.push({ kind: 'rect', x: 0, y: y + 2, w: x(f!.amount_mio_dkk), h: 16, cls: 'seg-0' })
      y += LINE
      marks.push({ kind: 'text', x: 0, y: y + 15, text: amount(f!), cls: 'value' })
    } else {
      marks.push({ kind: 'text', x: 0, y: y + 15, text: text.none, cls: 'value' })
    }
    y += LINE + 14
  }
  const f0 = rows[0]!.f!
  return {
    id: 'kk-midler-pr-anbefaling',
    title: text.title,
    subtitle: text.subtitle,
    description: rows.map(({ i, f }) => `${nameOf(i)}: ${f!.amount_mio_dkk === null ? text.noneLower : `${formatMio(f!.amount_mio_dkk)} ${text.perYear}`}`).join('. ') + '.',
    width: WIDTH,
    height: y - 6,
    marks,
    legend: [],
    table: {
      caption: `${text.caption}, ${formatYears(f0.start_year, f0.end_year)}`,
      columns: text.columns.map((label) => ({ label })),
      rows: rows.map(({ i, f }) => [`${i.number}. ${nameOf(i)}`, f!.amount_mio_dkk === null ? text.within : `${amount(f!)}`]),
    },
    csv: {
      header: ['funding_id', 'anbefaling', 'beloeb_mio_kr_pr_aar', 'fra_aar', 'til_aar'],
      rows: rows.map(({ i, f }) => [f!.funding_id, i.name, f!.amount_mio_dkk ?? '', f!.start_year, f!.end_year]),
      sources: rows.map(({ f }) => citationLine(cite(t, f!))),
    },
    sources: rows.map(({ f }) => citeIn(t, f!)),
    notes: [],
  }
}
