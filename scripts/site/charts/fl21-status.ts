import type { Status, Tables } from '../../data/types.ts'
import { FORMATS, type Lang } from '../../format/locale.ts'
import { cite, citationLine } from '../cite.ts'
import { citeEn } from '../en/cite.ts'
import { STATUS_EN } from '../en/words.ts'
import { STATUS_LABEL } from '../vocabulary.ts'
import { type ChartModel, type Mark, LINE, WIDTH } from './model.ts'
import { firstWhere } from '../records.ts'

const CLS: Partial<Record<Status, string>> = { on_schedule: 'unit-done', delayed: 'unit-short', to_be_offered: 'unit-accent' }

/** The chart's words in each language (the same model draws both). */
const TEXT = {
  da: {
    title: (when: string) => `Aftalens initiativer: status ${when}`,
    subtitle: 'Ét nummereret felt pr. initiativ, grupperet efter status.',
    caption: (when: string) => `Aftalens initiativer og deres status ${when}`,
    columns: ['Nr.', 'Initiativ', 'Status'],
    note: 'Numrene henviser til tabellen og listen over initiativer nedenfor.',
  },
  en: {
    title: (when: string) => `The agreement’s initiatives: status at ${when}`,
    subtitle: 'One numbered square per initiative, grouped by status.',
    caption: (when: string) => `The agreement’s initiatives and their status at ${when}`,
    columns: ['No.', 'Initiative', 'Status'],
    note: 'The numbers refer to the table and to the list of initiatives below.',
  },
}

/** The agreement's initiatives at the minister's status: one numbered square each, grouped by state. */
export function fl21StatusChart(t: Tables, lang: Lang = 'da'): ChartModel {
  const text = TEXT[lang]
  const formatDate = FORMATS[lang].date
  const LABEL = lang === 'en' ? STATUS_EN : STATUS_LABEL
  const citeIn = lang === 'en' ? citeEn : cite
  const name = (i: Tables['initiatives'][number]) => (lang === 'en' ? i.name_en : i.name)
  const inits = t.initiatives.filter((i) => i.plan_id === 'fl21')
  const firstDate = t.status_updates.filter((u) => inits.some((i) => i.initiative_id === u.initiative_id)).map((u) => u.date).sort()[0]!
  const at = inits.map((i, k) => ({ i, n: k + 1, u: firstWhere(t.status_updates, (u) => u.initiative_id === i.initiative_id && u.date === firstDate, `a status update of ${i.initiative_id} on ${firstDate}`) }))
  const groups = [...new Set(at.map((a) => a.u.status))]
  const size = 34
  const marks: Mark[] = []
  let y = 0
  for (const g of groups) {
    const members = at.filter((a) => a.u.status === g)
    marks.push({ kind: 'text', x: 0, y: y + 15, text: LABEL[g], cls: 'label' })
    members.forEach((a, k) => {
      const x = k * (size + 8)
      marks.push({ kind: 'rect', x, y: y + LINE + 4, w: size, h: size, cls: CLS[g] ?? 'unit-empty' })
      marks.push({ kind: 'text', x: x + size / 2, y: y + LINE + 4 + size / 2 + 5, text: String(a.n), cls: 'unit-number', anchor: 'middle' })
    })
    y += LINE + size + 20
  }
  const when = formatDate(firstDate)
  return {
    id: 'aftalen-status-2021',
    title: text.title(when),
    subtitle: text.subtitle,
    description: groups.map((g) => `${LABEL[g]}: ${at.filter((a) => a.u.status === g).map((a) => `${a.n}. ${name(a.i)}`).join('; ')}`).join('. ') + '.',
    width: WIDTH,
    height: y - 16,
    marks,
    legend: groups.map((g) => ({ cls: CLS[g] ?? 'unit-empty', text: LABEL[g] })),
    table: {
      caption: text.caption(when),
      columns: [{ label: text.columns[0]!, numeric: true }, { label: text.columns[1]! }, { label: text.columns[2]! }],
      rows: at.map((a) => [String(a.n), name(a.i), LABEL[a.u.status]]),
    },
    csv: {
      header: ['nr', 'initiative_id', 'initiativ', 'dato', 'status'],
      rows: at.map((a) => [a.n, a.i.initiative_id, a.i.name, a.u.date, a.u.status]),
      sources: at.map((a) => citationLine(cite(t, a.u))),
    },
    sources: [...new Map(at.map((a) => [a.u.quote, citeIn(t, a.u)])).values()],
    notes: [text.note],
  }
}
