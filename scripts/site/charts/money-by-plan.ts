import { scaleLinear } from 'd3-scale'
import type { Funding, Tables } from '../../data/types.ts'
import { FORMATS, type Lang } from '../../format/locale.ts'
import { amountText, periodAmount } from '../amount.ts'
import { cite, citationLine } from '../cite.ts'
import { citeEn } from '../en/cite.ts'
import { amountEn } from '../en/words.ts'
import { records } from '../records.ts'
import { ourDifference, ourSum } from '../claims.ts'
import { type ChartModel, type Mark, LINE, WIDTH, wrap } from './model.ts'

/** The chart's words in each language (the same model draws both). */
const TEXT = {
  da: {
    inAll: (m: string) => `${m} i alt (fordelingen på indsatsområder er ikke oplyst i kilderne)`,
    gap: (m: string, parts: string) => `Ikke forklaret i kilderne: ${m}; delene giver ${parts}`,
    gapShort: 'Ikke forklaret i kilderne (forskellen er regnet af os)',
    title: 'Penge efter plan og indsatsområde',
    subtitle: 'Handlingsplanens samlede beløb og aftalens ramme med fordelingen på områder.',
    total: 'i alt',
    splitWith: 'fordelt med',
    gapNotExplained: (m: string) => `; ${m} er ikke forklaret`,
    columns: ['Plan', 'Formål', 'Beløb', 'År'],
  },
  en: {
    inAll: (m: string) => `${m} in all (the sources do not give the split by area)`,
    gap: (m: string, parts: string) => `Not explained in the sources: ${m}; the parts add up to ${parts}`,
    gapShort: 'Not explained in the sources (the difference is worked out by us)',
    title: 'Money by plan and area',
    subtitle: 'The action plan’s total and the agreement’s frame, split by area.',
    total: 'in all',
    splitWith: 'split as',
    gapNotExplained: (m: string) => `; ${m} is not explained`,
    columns: ['Plan', 'Purpose', 'Amount', 'Years'],
  },
}

/** The national plan and the FL21 frame side by side, the frame split by area with its unexplained gap. */
export function moneyByPlanChart(t: Tables, lang: Lang = 'da'): ChartModel {
  const text = TEXT[lang]
  const { mio: formatMio, years: formatYears } = FORMATS[lang]
  const amount = lang === 'en' ? amountEn : amountText
  const citeIn = lang === 'en' ? citeEn : cite
  const purpose = (f: Funding) => (lang === 'en' ? f.purpose_en : f.purpose)
  const hp = records(t).funding('hp2017-satspulje')
  const frame = records(t).funding('fl21-frame')
  const areaNumber = (f: Funding) => (f.area_id ? records(t).area(f.area_id).number : 0)
  // Parts in the order of the agreement's areas, numbered as the areas are.
  const parts = t.funding.filter((f) => f.parent_id === frame.funding_id).sort((a, b) => areaNumber(a) - areaNumber(b))
  const planName = (id: string | null) => (id ? (lang === 'en' ? records(t).planOf(id).short_name_en : records(t).planOf(id).short_name) : '')
  const x = scaleLinear().domain([0, Math.max(periodAmount(hp), periodAmount(frame))]).range([0, WIDTH])
  const marks: Mark[] = []
  let y = 0
  // A yearly frame is drawn for its whole period, so its label says so: "4 × 10 mio. kr." as the source has it.
  const whole = (f: Funding) => (f.basis === 'per_year' && f.amount_mio_dkk !== null ? `${f.end_year - f.start_year + 1} × ${formatMio(f.amount_mio_dkk)}` : amount(f))
  const label = (f: Funding) => {
    for (const line of wrap(`${planName(f.plan_id)}: ${whole(f)} (${formatYears(f.start_year, f.end_year)})`)) {
      marks.push({ kind: 'text', x: 0, y: y + 15, text: line, cls: 'label' })
      y += LINE
    }
  }
  label(hp)
  marks.push({ kind: 'rect', x: 0, y: y + 4, w: x(periodAmount(hp)), h: 24, cls: 'seg-plan' })
  y += 44
  label(frame)
  let at = 0
  parts.forEach((p, k) => {
    const w = x(p.amount_mio_dkk!)
    marks.push({ kind: 'rect', x: x(at), y: y + 4, w: Math.max(w - 1.5, 0), h: 24, cls: `seg-${k + 1}` })
    if (w > 18) marks.push({ kind: 'text', x: x(at) + w / 2, y: y + 21, text: String(areaNumber(p)), cls: 'seg-label', anchor: 'middle' })
    at += p.amount_mio_dkk!
  })
  if (frame.unexplained_gap_mio_dkk) marks.push({ kind: 'rect', x: x(at), y: y + 4, w: x(frame.unexplained_gap_mio_dkk), h: 24, cls: 'seg-gap' })
  y += 30
  // The gap is the frame less its parts: a difference of ours, shown with what it is the difference of.
  const sum = ourSum(parts, '', lang)
  const frameWhole = `${frame.end_year - frame.start_year + 1} × ${FORMATS[lang].number(frame.amount_mio_dkk!)}`
  const gapText = frame.unexplained_gap_mio_dkk ? ourDifference(frame.unexplained_gap_mio_dkk, frameWhole, sum.total, lang) : ''
  const legend = [
    { cls: 'seg-plan', text: `${planName(hp.plan_id)}: ${text.inAll(formatMio(hp.amount_mio_dkk!))}` },
    ...parts.map((p, k) => ({ cls: `seg-${k + 1}`, text: `${areaNumber(p)}. ${purpose(p)}: ${formatMio(p.amount_mio_dkk!)}` })),
    ...(frame.unexplained_gap_mio_dkk ? [{ cls: 'seg-gap', text: text.gap(gapText, sum.text) }] : []),
  ]
  const rows = [hp, ...parts]
  return {
    id: 'penge-efter-plan-og-omraade',
    title: text.title,
    subtitle: text.subtitle,
    description: `${planName(hp.plan_id)}: ${formatMio(hp.amount_mio_dkk!)} ${text.total}. ${planName(frame.plan_id)}: ${whole(frame)} (${amount(frame)}), ${text.splitWith} ${parts.map((p) => formatMio(p.amount_mio_dkk!)).join(', ')}${frame.unexplained_gap_mio_dkk ? text.gapNotExplained(gapText) : ''}.`,
    width: WIDTH,
    height: y,
    marks,
    legend,
    table: {
      caption: text.title,
      columns: text.columns.map((label) => ({ label })),
      rows: [
        ...rows.map((f) => [planName(f.plan_id), purpose(f), amount(f), formatYears(f.start_year, f.end_year)]),
        ...(frame.unexplained_gap_mio_dkk ? [[planName(frame.plan_id), text.gapShort, gapText, formatYears(frame.start_year, frame.end_year)]] : []),
      ],
    },
    csv: {
      // Each row names the funding row and the column its number is read from, so every id is one of
      // funding.csv's and the gap is the frame's own unexplained_gap_mio_dkk, not an invented row.
      // The frame itself is not a row: its parts and the gap add up to it, and a sum of the column is right.
      header: ['funding_id', 'kolonne', 'plan', 'formaal', 'beloeb_mio_kr', 'grundlag', 'fra_aar', 'til_aar'],
      rows: [
        ...[hp, ...parts].map((f) => [f.funding_id, 'amount_mio_dkk', f.plan_id ?? '', f.purpose, f.amount_mio_dkk ?? '', f.basis, f.start_year, f.end_year]),
        ...(frame.unexplained_gap_mio_dkk ? [[frame.funding_id, 'unexplained_gap_mio_dkk', frame.plan_id ?? '', 'Ikke forklaret i kilderne', frame.unexplained_gap_mio_dkk, frame.unexplained_gap_basis ?? '', frame.start_year, frame.end_year]] : []),
      ],
      // The gap is the frame less its parts: it rests on both sources.
      sources: [
        ...[hp, ...parts].map((f) => citationLine(cite(t, f))),
        ...(frame.unexplained_gap_mio_dkk ? [[frame, ...parts].map((f) => citationLine(cite(t, f))).filter((l, k, all) => all.indexOf(l) === k).join('; ')] : []),
      ],
    },
    sources: [hp, frame, ...parts].map((f) => citeIn(t, f)),
    notes: (lang === 'en' ? frame.note_en : frame.note) ? [(lang === 'en' ? frame.note_en : frame.note)!] : [],
  }
}
