/**
 * Dates are intervals (issue 18 §2): the built timeline lists each year's events in the order of
 * their intervals, and its heading "uden nærmere dato" holds only events the sources date to a year.
 * The order is written here from the codebook's rule and the CSV's date_start / date_end, not
 * taken from the code that builds the page.
 */
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import { builtHtml } from './built-site.ts'
import { all, docOf, hasClass, isTag } from './html.ts'
import { recordAnchor } from './oracle.ts'

const t = loadData()
const doc = docOf(builtHtml('tidslinje.html'))
const eventOf = new Map(t.events.map((e) => [recordAnchor('events', e.event_id), e]))
const byInterval = (a: (typeof t.events)[number], b: (typeof t.events)[number]) =>
  a.date_start.localeCompare(b.date_start) || (a.date_end ?? '9999-12-31').localeCompare(b.date_end ?? '9999-12-31')

/** Each year section's lists, in page order, with the lead line above each list (if any). */
function sections() {
  return all(doc, (e) => e.name === 'section' && hasClass(e, 'NskTimeline')).map((s) => {
    const groups: { lead: string | null; ids: string[] }[] = []
    let lead: string | null = null
    for (const c of s.children) {
      if (!isTag(c)) continue
      if (c.name === 'p' && hasClass(c, 'during')) lead = c.children.map((x) => ('data' in x ? x.data : '')).join('')
      if (c.name === 'ol') {
        groups.push({ lead, ids: all(c, (li) => li.name === 'li' && hasClass(li, 'event')).map((li) => li.attribs.id!) })
        lead = null
      }
    }
    return { year: s.attribs['aria-labelledby']!.replace('aar-', ''), groups }
  })
}

describe('the timeline sorts by interval', () => {
  const found = sections()

  it('lists every event once, under the year its interval starts in', () => {
    const ids = found.flatMap((s) => s.groups.flatMap((g) => g.ids))
    expect([...ids].sort()).toEqual(t.events.map((e) => recordAnchor('events', e.event_id)).sort())
    for (const s of found) for (const id of s.groups.flatMap((g) => g.ids)) expect(eventOf.get(id)!.date_start.slice(0, 4), id).toBe(s.year)
  })

  it('orders each list by first day, then last day', () => {
    for (const s of found) {
      for (const g of s.groups) {
        const events = g.ids.map((id) => eventOf.get(id)!)
        expect(g.ids, `${s.year}`).toEqual([...events].sort(byInterval).map((e) => recordAnchor('events', e.event_id)))
      }
    }
  })

  it('"uden nærmere dato" holds exactly the events dated only to a year', () => {
    for (const s of found) {
      for (const g of s.groups) {
        const precisions = g.ids.map((id) => eventOf.get(id)!.date_precision)
        if (g.lead?.includes('uden nærmere dato')) expect(precisions.every((p) => p === 'year'), `${s.year}: ${g.lead}`).toBe(true)
        else expect(precisions.includes('year'), `${s.year}: dated list`).toBe(false)
      }
    }
    const yearOnly = t.events.filter((e) => e.date_precision === 'year').length
    expect(found.flatMap((s) => s.groups.filter((g) => g.lead?.includes('uden nærmere dato')).flatMap((g) => g.ids)).length).toBe(yearOnly)
  })

  it('places a quarter by its interval: "3. kvartal 2021" after "15. januar 2021", "Andet kvartal 2021" before September', () => {
    const order = found.flatMap((s) => s.groups.flatMap((g) => g.ids))
    const at = (id: string) => order.indexOf(recordAnchor('events', id))
    expect(at('2021-q3-security-consultant-recruitment')).toBeGreaterThan(at('2021-01-15-press-release'))
    expect(at('2021-q2-security-consultant-contracts')).toBeLessThan(at('2021-09-security-consultant-training'))
  })
})
