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

/** The verbs whose word occurs in the text as whole words (case and spacing aside). */
export function verbsIn<T>(text: string, verbs: T[]): T[] {
  const folded = text.replace(/\s+/g, ' ').toLowerCase()
  return verbs.filter((v) => new RegExp(`(?<![\\p{L}])${String((v as { word?: unknown }).word).toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(folded))
}
