import type { Resource } from './package-schema.ts'
import { type Problem, shown } from './problems.ts'
import type { TypedRow } from './check-table.ts'

/**
 * Exact words (issue 18 §2). A status, and every amount of money, rests on a verb of its quote
 * that data/verbs.csv lists with what it allows (udbydes → to be offered, not offered; afsat →
 * set aside, not spent). A conclusion (a sentence of ours that no source states) names the rows
 * it rests on.
 */
export function checkWords(resources: Resource[], tables: Map<string, TypedRow[]>, fileOf: (name: string) => string, problems: Problem[]): void {
  const at = (name: string, row: TypedRow, column: string, message: string) => problems.push({ file: fileOf(name), line: row._line, column, message })
  const verbs = tables.get('verbs')
  if (verbs) {
    const status = verbs.filter((v) => v.kind === 'status')
    const money = verbs.filter((v) => v.kind === 'money')
    for (const u of tables.get('status_updates') ?? []) {
      if (typeof u.quote !== 'string' || typeof u.status !== 'string') continue
      const found = verbsIn(u.quote, status)
      if (found.some((v) => allows(v).includes(String(u.status)))) continue
      const said = found.length ? found.map((v) => `"${v.word}" allows ${allows(v).join(', ')}`).join('; ') : 'no status verb of verbs.csv is in it'
      at('status_updates', u, 'status', `expected a status that a verb of the quote allows (${said}), found "${u.status}"`)
    }
    for (const f of tables.get('funding') ?? []) {
      if (typeof f.quote !== 'string' || f.basis === 'none' || f.basis === undefined) continue
      if (!verbsIn(f.quote, money).length) at('funding', f, 'quote', `expected a money verb of verbs.csv (${money.map((v) => v.word).join(', ')}) in the quote, to say what the source says of the money, found none in ${shown(f.quote)}`)
    }
    checkOccurrence(tables, verbs.filter((v) => v.kind === 'event'), at)
  }
  const conclusions = tables.get('conclusions')
  if (conclusions) {
    const keys = new Map<string, Set<string>>()
    for (const r of resources) {
      const pk = r.schema.primaryKey
      if (pk.length === 1) keys.set(r.name, new Set((tables.get(r.name) ?? []).map((row) => String(row[pk[0]!]))))
    }
    for (const c of conclusions) {
      // An empty or malformed basis is reported by the schema (required, pattern).
      if (typeof c.basis !== 'string') continue
      const refs = c.basis.split(/\s+/).filter(Boolean)
      for (const ref of refs) {
        const [table, id] = ref.split(':')
        const ids = table ? keys.get(table) : undefined
        if (!ids || !id) at('conclusions', c, 'basis', `expected table:id of a table with a one-column key, found ${shown(ref)}`)
        else if (!ids.has(id)) at('conclusions', c, 'basis', `expected a row of ${table}.csv, found ${shown(id)}, which is not there`)
      }
    }
  }
}

const allows = (v: TypedRow) => String(v.allows).split(/\s+/)

/**
 * Whether an event had happened or was planned as of its source (issue 20) rests on a word of its
 * quote: `occurrence_word` is in the quote and is an event verb of verbs.csv that allows the value
 * (a planned event needs "er planlagt", "vil", "udbydes"…, never "blev"). A happened event with no
 * word is the source itself (the letter, the answer, the news item), so it carries the source's
 * date. A happened event's quote holds no word that allows only planned or expected: "ventes
 * afsluttet" is not done.
 */
function checkOccurrence(tables: Map<string, TypedRow[]>, verbs: TypedRow[], at: (name: string, row: TypedRow, column: string, message: string) => void): void {
  const sources = new Map((tables.get('sources') ?? []).map((s) => [String(s.source_id), s]))
  const future = verbs.filter((v) => !allows(v).includes('happened'))
  for (const e of tables.get('events') ?? []) {
    const occurrence = e.occurrence
    const word = e.occurrence_word
    if (typeof occurrence !== 'string' || typeof e.quote !== 'string') continue
    if (occurrence === 'unknown') {
      if (typeof word === 'string') at('events', e, 'occurrence_word', `expected no word where occurrence is unknown (the quote does not say), found ${shown(word)}`)
      continue
    }
    if (typeof word !== 'string') {
      const s = sources.get(String(e.source_id))
      const sourceDate = s ? `${s.date ?? ''} (${s.date_precision ?? 'no precision'})` : 'no source'
      if (occurrence !== 'happened') at('events', e, 'occurrence_word', `expected the word of the quote that says the event is ${occurrence} (an event verb of verbs.csv), found an empty cell`)
      else if (!s || s.date !== e.date || s.date_precision !== e.date_precision) at('events', e, 'occurrence_word', `expected a word of the quote that says it happened, or the source's own date where the source is the event (${sourceDate}), found an empty cell and ${e.date} (${e.date_precision})`)
      continue
    }
    const v = verbs.find((x) => x.word === word.toLowerCase())
    if (!verbsIn(e.quote, [{ word }]).length) at('events', e, 'occurrence_word', `expected a word of the quote, found ${shown(word)}, which is not in ${shown(e.quote)}`)
    else if (!v) at('events', e, 'occurrence_word', `expected an event verb of verbs.csv, found ${shown(word)}, which is not there`)
    else if (!allows(v).includes(occurrence)) at('events', e, 'occurrence', `expected what "${v.word}" allows (${allows(v).join(', ')}), found "${occurrence}"`)
    else if (occurrence === 'happened') {
      const planned = verbsIn(e.quote, future)
      if (planned.length) at('events', e, 'occurrence', `expected no word of planning or expectation in the quote of a happened event, found ${planned.map((x) => `"${x.word}" (${allows(x).join(', ')})`).join(', ')}`)
    }
  }
}

/** The verbs whose word occurs in the text as whole words (case and spacing aside). */
export function verbsIn<T>(text: string, verbs: T[]): T[] {
  const folded = text.replace(/\s+/g, ' ').toLowerCase()
  return verbs.filter((v) => new RegExp(`(?<![\\p{L}])${String((v as { word?: unknown }).word).toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(folded))
}
