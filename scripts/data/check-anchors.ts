import { slugOf } from '../site/slug.ts'
import { type Problem, shown } from './problems.ts'
import type { TypedRow } from './check-table.ts'

/**
 * Anchors a reader can copy are words in the page's language, never ids (issue 18 §2). The schema
 * requires each row's `anchor` and `anchor_en`, their form and their uniqueness per table; this
 * check adds that an anchor holds no data id that is a code, as whole hyphen-separated parts. An id
 * is a code in a language when it has a hyphen or a digit and is not plain words of that language:
 * "hp2016-01", "fl21-maerk", "eval-more-acute-help" and "kk-etnisk-konsulentteam" are codes;
 * "security-consultants" is a code on Danish pages but plain words on English ones (every part is a
 * word of the English names in the data). An id that is words of the row's own name is no code
 * for that row ("fl21-rammen" of the term FL21-rammen).
 */
const ANCHORED: Record<string, { key: string; da: string[]; en: string[] }> = {
  initiatives: { key: 'initiative_id', da: ['name'], en: ['name_en'] },
  recommendations: { key: 'recommendation_id', da: ['text'], en: ['text_en'] },
  events: { key: 'event_id', da: ['title'], en: ['title_en'] },
  offers: { key: 'offer_id', da: ['name'], en: ['name_en'] },
  terms: { key: 'term_id', da: ['term'], en: ['term_en'] },
  links: { key: 'link_id', da: ['title'], en: ['title_en'] },
  sources: { key: 'source_id', da: ['title', 'sender'], en: ['title_en', 'sender_en'] },
}
/** Tables whose ids could leak into an anchor besides the anchored ones. */
const ALSO_IDS: Record<string, string> = { organisations: 'org_id', plans: 'plan_id', areas: 'area_id' }

/** Whether `parts` holds `id`'s parts in a row: "initiativ-fl21-maerk" holds "fl21-maerk", not "fl2". */
export function holdsParts(text: string, id: string): boolean {
  return `-${text}-`.includes(`-${id}-`)
}

export function checkAnchors(tables: Map<string, TypedRow[]>, fileOf: (name: string) => string, problems: Problem[]): void {
  const namesIn = (row: TypedRow, columns: string[]) => columns.map((n) => row[n]).filter((v): v is string => typeof v === 'string').map(slugOf)
  // The words of a language: every part of every name the data shows in it (digits are never words).
  const words = { da: new Set<string>(), en: new Set<string>() }
  const named = { ...ANCHORED, organisations: { key: 'org_id', da: ['name'], en: ['name_en'] } }
  for (const [table, a] of Object.entries(named)) {
    for (const row of tables.get(table) ?? []) {
      for (const lang of ['da', 'en'] as const) for (const n of namesIn(row, a[lang])) for (const w of n.split('-')) if (/^[a-z]+$/.test(w)) words[lang].add(w)
    }
  }
  // Ids by their text, each with its place in the order the tables are read (the first found is reported).
  // Looked up by the runs of an anchor's parts, not by testing every id against every anchor, which grew
  // with rows × rows (180 s of a build at rows × 100 in bench/SCALE.md).
  const ids = new Map<string, { id: string; table: string }[]>()
  const idColumns = { ...Object.fromEntries(Object.entries(ANCHORED).map(([t, a]) => [t, a.key])), ...ALSO_IDS }
  let order = 0
  const orderOf = new Map<{ id: string; table: string }, number>()
  for (const [table, column] of Object.entries(idColumns)) {
    for (const row of tables.get(table) ?? []) {
      const id = row[column]
      if (typeof id !== 'string' || !/[-0-9]/.test(id)) continue
      const entry = { id, table }
      orderOf.set(entry, order++)
      ids.set(id, [...(ids.get(id) ?? []), entry])
    }
  }
  /** The ids whose parts are a run of the anchor's parts (what holdsParts finds), in the tables' order. */
  const idsIn = (key: string) => {
    const parts = key.split('-')
    const found: { id: string; table: string }[] = []
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length; j++) found.push(...(ids.get(parts.slice(i, j).join('-')) ?? []))
    return found.sort((a, b) => orderOf.get(a)! - orderOf.get(b)!)
  }
  const isCode = (id: string, lang: 'da' | 'en') => !id.split('-').every((w) => words[lang].has(w))
  for (const [table, a] of Object.entries(ANCHORED)) {
    for (const row of tables.get(table) ?? []) {
      for (const [column, lang] of [['anchor', 'da'], ['anchor_en', 'en']] as const) {
        const key = row[column]
        if (typeof key !== 'string') continue // empty or malformed: reported by the schema
        const own = namesIn(row, a[lang])
        const code = idsIn(key).find((c) => isCode(c.id, lang) && !own.some((n) => holdsParts(n, c.id)))
        if (code) problems.push({ file: fileOf(table), line: row._line, column, message: `expected an anchor in words, without a data id, found ${shown(key)}, which holds the id ${shown(code.id)} of ${code.table}.csv` })
      }
    }
  }
}
