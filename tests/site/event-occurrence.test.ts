/**
 * Issue 20: an event its source planned or expected is shown so, in words a reader sees. On the
 * built timeline (Danish and English) each event's line starts with "Planlagt: " / "Forventet: "
 * ("Planned: " / "Expected: ") exactly where events.csv says planned / expected; and no page shows
 * the title of a planned or expected event without its word before it. The words are written here
 * by hand; the events and their occurrence are read from the CSV.
 */
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import { builtHtml, contentText, PAGES } from './built-site.ts'
import { all, byId, docOf, hasClass, text } from './html.ts'
import { recordAnchor } from './oracle.ts'

const t = loadData()
const DA: Record<string, string> = { planned: 'Planlagt: ', expected: 'Forventet: ' }
const EN: Record<string, string> = { planned: 'Planned: ', expected: 'Expected: ' }

function lines(file: string, idOf: (eventId: string) => string, words: Record<string, string>, title: (e: (typeof t.events)[number]) => string) {
  const doc = docOf(builtHtml(file))
  return t.events.map((e) => {
    const li = byId(doc, idOf(e.event_id))
    const what = li ? all(li, (x) => x.name === 'p' && hasClass(x, 'what'))[0] : undefined
    return { id: e.event_id, shown: what ? text(what) : null, expected: (words[e.occurrence] ?? '') + title(e) }
  })
}

describe('planned and expected events say so', () => {
  it('the data has events of each kind the page must mark', () => {
    const kinds = new Set(t.events.map((e) => e.occurrence))
    for (const k of ['happened', 'planned', 'expected']) expect(kinds.has(k as never), k).toBe(true)
  })

  it('/tidslinje: "Planlagt: " or "Forventet: " before exactly the planned and expected events', () => {
    for (const l of lines('tidslinje.html', (id) => recordAnchor('events', id), DA, (e) => e.title)) expect(l.shown?.startsWith(l.expected), `${l.id}: ${l.shown}`).toBe(true)
  })

  it('/en/timeline: "Planned: " or "Expected: " before exactly the planned and expected events', () => {
    for (const l of lines('en/timeline.html', (id) => recordAnchor('events', id, 'en'), EN, (e) => e.title_en)) expect(l.shown?.startsWith(l.expected), `${l.id}: ${l.shown}`).toBe(true)
  })

  it('no Danish page shows a planned or expected event without its word', () => {
    const marked = t.events.filter((e) => DA[e.occurrence])
    const bare: string[] = []
    for (const p of PAGES.filter((x) => (x.entry.lang ?? 'da') === 'da')) {
      const page = contentText(builtHtml(p.file))
      for (const e of marked) {
        for (let i = page.indexOf(e.title); i >= 0; i = page.indexOf(e.title, i + 1)) {
          if (!page.slice(0, i).endsWith(DA[e.occurrence]!)) bare.push(`${p.route}: ${e.event_id}`)
        }
      }
    }
    expect(bare).toEqual([])
  })

  it('the timeline says what the words mean', () => {
    expect(contentText(builtHtml('tidslinje.html'))).toContain('Hvor kilden på sin egen dato beskriver noget som planlagt eller forventet, står Planlagt eller Forventet foran')
    expect(contentText(builtHtml('en/timeline.html'))).toContain('Where the source, at its own date, describes something as planned or expected, Planned or Expected stands before it')
  })
})
