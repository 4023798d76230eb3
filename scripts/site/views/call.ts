import type { Contact, Tables } from '../../data/types.ts'
import { type Citation, cite } from '../cite.ts'
import { archived, type ArchivedLink } from '../archive.ts'
import { whenOf } from './kommuner.ts'
import { perTables } from '../per-tables.ts'

/** One number to call, with every source that gives it (RED Rådgivning's line is given by two kommuner). */
export interface CallNumber {
  number: string
  /** `tel:` address: the digits only. */
  tel: string
  name: string
  text: string
  urgency: Contact['urgency']
  /** Each source that gives it: who ("Københavns Kommune"), when, the passage. */
  sources: { by: string; citation: Citation; when: string; link: ArchivedLink | null }[]
}

/**
 * Who to call, as the data says: 112 in acute danger (politi.dk), 114 for the police when it is not
 * acute, and anonymous advice. Only a number whose source says acute stands under acute danger
 * (the data check enforces it), and advice never does.
 */
export const whoToCall = perTables(callView)
function callView(t: Tables) {
  const byNumber = new Map<string, CallNumber>()
  for (const c of t.contacts) {
    const s = t.sources.find((x) => x.source_id === c.source_id)
    const entry = byNumber.get(c.number) ?? { number: c.number, tel: `tel:${c.number.replace(/\s+/g, '')}`, name: c.name, text: c.text, urgency: c.urgency, sources: [] }
    entry.sources.push({ by: s?.publisher ?? c.source_id, citation: cite(t, c), when: whenOf(s, null), link: archived(t, s?.url ?? null, c.source_id) })
    byNumber.set(c.number, entry)
  }
  const all = [...byNumber.values()]
  const acute = all.filter((c) => c.urgency === 'acute')
  if (!acute.length) throw new Error('no number for acute danger in contacts.csv') // the site never leaves it out
  return { acute, notAcute: all.filter((c) => c.urgency === 'not_acute'), advice: all.filter((c) => c.urgency === 'advice') }
}
export type WhoToCall = ReturnType<typeof whoToCall>
