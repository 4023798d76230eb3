/**
 * Each initiative's card carries its dated course: every event of `events` that names the
 * initiative stands on its card, with the source's date, in date order, linked to the timeline
 * (issue 8, §6: the expected dates, the rejected first application, the webinars 2021–2024).
 */
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import { eventWhen } from '../../scripts/site/views/common.ts'
import { builtHtml } from './built-site.ts'
import { all, byId, docOf, hasClass, text } from './html.ts'
import { recordAnchor } from './oracle.ts'

const t = loadData()
const PAGE_OF_PLAN: Record<string, string> = { fl21: 'aftale-2021-2024.html', kk2017: 'koebenhavn-2017-18.html' }
const docs = Object.fromEntries(Object.entries(PAGE_OF_PLAN).map(([plan, file]) => [plan, docOf(builtHtml(file))]))

/** The card of an initiative: the <article> its heading labels. */
function card(initiativeId: string) {
  const plan = t.initiatives.find((i) => i.initiative_id === initiativeId)!.plan_id
  const doc = docs[plan]
  if (!doc) throw new Error(`no page for plan ${plan}`)
  const id = recordAnchor('initiatives', initiativeId)
  const found = all(doc, (e) => e.name === 'article' && e.attribs['aria-labelledby'] === id)[0]
  if (!found) throw new Error(`no card for ${initiativeId} (#${id})`)
  return found
}
/** By interval, as the codebook says: first day, then last day (an open end last). Written here, not imported. */
const byInterval = (a: (typeof t.events)[number], b: (typeof t.events)[number]) =>
  a.date_start.localeCompare(b.date_start) || (a.date_end ?? '9999-12-31').localeCompare(b.date_end ?? '9999-12-31')
const withEvents = [...new Set(t.events.map((e) => e.initiative_id).filter((id): id is string => !!id))]

describe('initiative cards show their course', () => {
  it('some initiatives have events (fl21 and Københavns Kommune)', () => {
    expect(withEvents.length).toBeGreaterThan(10)
  })

  it.each(withEvents)('%s: every event, in date order, dated as the source dates it and linked to the timeline', (id) => {
    const list = all(card(id), (e) => e.name === 'ol' && hasClass(e, 'events'))[0]
    expect(list, `${id} has a list of events`).toBeDefined()
    const items = all(list!, (e) => e.name === 'li')
    const expected = t.events.filter((e) => e.initiative_id === id).sort(byInterval)
    // An event its source planned or expected says so before its title (issue 20).
    const said: Record<string, string> = { planned: 'Planlagt: ', expected: 'Forventet: ' }
    expect(items.map((li) => text(li))).toEqual(expected.map((e) => expect.stringContaining(`${eventWhen(e)}: ${said[e.occurrence] ?? ''}${e.title}`)))
    for (const [k, e] of expected.entries()) {
      const a = all(items[k]!, (x) => x.name === 'a' && hasClass(x, 'when'))[0]
      expect(a?.attribs.href, e.event_id).toBe(`/tidslinje#${recordAnchor('events', e.event_id)}`)
      expect(byId(docOf(builtHtml('tidslinje.html')), recordAnchor('events', e.event_id)), `the timeline has ${e.event_id}`).not.toBeNull()
    }
  })

  it('shows what the status letter of 30 August 2021 expected and reported', () => {
    expect(text(card('fl21-jobcenter'))).toContain('Første kvartal 2022: Forventet: Værktøjerne til jobcentre bliver færdigudviklet')
    expect(text(card('fl21-diploma'))).toContain('Foråret 2022: Forventet: Diplommodulet bliver færdigudviklet')
    expect(text(card('fl21-transition-places'))).toContain('kun én ansøgning modtaget, og den blev ikke imødekommet')
    expect(text(card('fl21-crisis-centre-guidance'))).toContain('2021–2024: Planlagt: Udlændingestyrelsens webinarrække for landets krisecentre')
    expect(text(card('fl21-danner'))).toContain('Psykolog, som Danner har ansat')
  })
})
