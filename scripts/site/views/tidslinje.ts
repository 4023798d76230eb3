import type { Tables } from '../../data/types.ts'
import { anchor } from '../anchors.ts'
import { timelineChart } from '../charts/index.ts'
import { cite } from '../cite.ts'
import { PageSources } from '../refs.ts'
import { withWords } from '../words.ts'
import { sentence } from '../summary.ts'
import { eventWhen } from './common.ts'
import { records } from '../records.ts'
import { byInterval } from '../../data/dates.ts'
import { eventTitle } from '../vocabulary.ts'

/**
 * The events by the year they start in, sorted by interval (scripts/data/dates.ts). Events the
 * sources date only to a year cannot be placed among the others, so each year lists them after
 * those, under their own heading; a quarter, half-year, season or span has its place by its interval.
 */
export function tidslinjeView(t: Tables) {
  return withWords(t, tidslinjeViewBody(t))
}

function tidslinjeViewBody(t: Tables) {
  const refs = new PageSources()
  const events = [...t.events].sort(byInterval)
  const yearOf = (e: Tables['events'][number]) => e.date_start.slice(0, 4)
  const years = [...new Set(events.map(yearOf))].sort()
  const plan = (id: string | null) => (id ? records(t).planOf(id).short_name : null)
  const { event: ev } = records(t)
  const when = eventWhen
  // "SIRI nævner …" keeps its capitals; "Ministeriet …" starts a clause in lower case.
  const lower = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s)
  const first = events[0]!
  const evaluation = ev('2020-11-04-evaluation-sent')
  const letter = ev('2020-06-29-letter-kommuner')
  const agreement = ev('2021-01-25-agreement')
  const status = ev('2021-08-30-status-letter')
  const last = events.filter((e) => e.date_precision === 'day').at(-1)!
  const summary = [
    sentence(refs, `Tidslinjen begynder i ${years[0]} og går til ${years.at(-1)}. ${when(first)}: ${lower(eventTitle(first))}.`, cite(t, first)),
    sentence(refs, `${when(letter)}: ${lower(eventTitle(letter))}.`, cite(t, letter)),
    sentence(refs, `${when(evaluation)}: ${lower(eventTitle(evaluation))}.`, cite(t, evaluation)),
    sentence(refs, `${when(agreement)}: ${lower(eventTitle(agreement))}. ${when(status)}: ${lower(eventTitle(status))}.`, cite(t, agreement), cite(t, status)),
    sentence(refs, `Den seneste daterede begivenhed er fra ${when(last)}: ${lower(eventTitle(last))}.`, cite(t, last)),
  ]
  // The letter of 29 June 2020 says why it was sent: its reasons stand under it.
  const reasons = (e: Tables['events'][number]) =>
    t.letter_points
      .filter((p) => p.source_id === e.source_id && e.event_id === letter.event_id)
      .sort((a, b) => a.number - b.number)
      .map((p) => ({ id: p.point_id, text: p.text, marks: [refs.mark(cite(t, p))] }))
  const view = (e: Tables['events'][number]) => ({ id: e.event_id, anchor: anchor.event(e), iso: e.date, date: when(e), title: eventTitle(e), plan: plan(e.plan_id), marks: [refs.mark(cite(t, e))], reasons: reasons(e) })
  const byYear = years.map((y) => ({
    year: y,
    events: events.filter((e) => yearOf(e) === y && e.date_precision !== 'year').map(view),
    during: events.filter((e) => yearOf(e) === y && e.date_precision === 'year').map(view),
  }))
  return {
    summary,
    chart: timelineChart(t),
    years: byYear,
    sources: refs.list(),
  }
}
export type TidslinjeView = ReturnType<typeof tidslinjeView>
