import type { Tables } from '../../../data/types.ts'
import { byInterval } from '../../../data/dates.ts'
import { timelineChart } from '../../charts/index.ts'
import { PageSources } from '../../refs.ts'
import { sentence } from '../../summary.ts'
import { citeEn } from '../cite.ts'
import { anchorEn } from '../../anchors.ts'
import { dateWordsEn, eventTitleEn } from '../words.ts'

/** The timeline in English: the same events, in the `_en` columns' words, sorted by interval. */
export function timelineViewEn(t: Tables) {
  const refs = new PageSources('en')
  const events = [...t.events].sort(byInterval)
  const yearOf = (e: Tables['events'][number]) => e.date_start.slice(0, 4)
  const years = [...new Set(events.map(yearOf))].sort()
  const plan = (id: string | null) => (id ? (t.plans.find((p) => p.plan_id === id)?.short_name_en ?? null) : null)
  const ev = (id: string) => t.events.find((e) => e.event_id === id)!
  const when = dateWordsEn
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)
  const lower = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) && !/^(The (City|Minister|Ministry|Danish)|SIRI|Danner|RED|Als|Baba|Bydelsmødre|Copenhagen|Denmark)/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s)
  const first = events[0]!
  const evaluation = ev('2020-11-04-evaluation-sent')
  const letter = ev('2020-06-29-letter-kommuner')
  const agreement = ev('2021-01-25-agreement')
  const status = ev('2021-08-30-status-letter')
  const last = events.filter((e) => e.date_precision === 'day').at(-1)!
  const summary = [
    sentence(refs, `The timeline begins in ${years[0]} and runs to ${years.at(-1)}. ${cap(when(first))}: ${lower(eventTitleEn(first))}.`, citeEn(t, first)),
    // The page's first "kommuner": the Danish word is kept and explained here (issue 23).
    sentence(refs, `${cap(when(letter))}: ${lower(eventTitleEn(letter))} (the kommuner are Denmark’s municipalities).`, citeEn(t, letter)),
    sentence(refs, `${cap(when(evaluation))}: ${lower(eventTitleEn(evaluation))}.`, citeEn(t, evaluation)),
    sentence(refs, `${cap(when(agreement))}: ${lower(eventTitleEn(agreement))}. ${cap(when(status))}: ${lower(eventTitleEn(status))}.`, citeEn(t, agreement), citeEn(t, status)),
    sentence(refs, `The latest dated event is from ${when(last)}: ${lower(eventTitleEn(last))}.`, citeEn(t, last)),
  ]
  const reasons = (e: Tables['events'][number]) =>
    t.letter_points
      .filter((p) => p.source_id === e.source_id && e.event_id === letter.event_id)
      .sort((a, b) => a.number - b.number)
      .map((p) => ({ id: p.point_id, text: p.text_en, marks: [refs.mark(citeEn(t, p))] }))
  const view = (e: Tables['events'][number]) => ({ id: e.event_id, anchor: anchorEn.event(e), iso: e.date, date: cap(when(e)), title: eventTitleEn(e), plan: plan(e.plan_id), marks: [refs.mark(citeEn(t, e))], reasons: reasons(e) })
  const byYear = years.map((y) => ({
    year: y,
    events: events.filter((e) => yearOf(e) === y && e.date_precision !== 'year').map(view),
    during: events.filter((e) => yearOf(e) === y && e.date_precision === 'year').map(view),
  }))
  return { summary, chart: timelineChart(t, 'en'), years: byYear, sources: refs.list() }
}
export type TimelineViewEn = ReturnType<typeof timelineViewEn>
