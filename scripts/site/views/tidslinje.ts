import type { Tables } from '../../data/types.ts'
import type { Lang } from '../../format/locale.ts'
import { timelineChart } from '../charts/index.ts'
import { language } from '../language.ts'
import { withWords } from '../words.ts'
import { sentence } from '../summary.ts'
import { records } from '../records.ts'
import { byInterval } from '../../data/dates.ts'

/**
 * The events by the year they start in, sorted by interval (scripts/data/dates.ts). Events the
 * sources date only to a year cannot be placed among the others, so each year lists them after
 * those, under their own heading; a quarter, half-year, season or span has its place by its interval.
 */
export function tidslinjeView(t: Tables) {
  return withWords(t, timelineView(t, 'da'))
}
export type TidslinjeView = ReturnType<typeof tidslinjeView>

/** The same page in English (/en/timeline). */
export const timelineViewEn = (t: Tables) => timelineView(t, 'en')
export type TimelineViewEn = ReturnType<typeof timelineViewEn>

/** The timeline in `lang`: the same events, in the `_en` columns' words on the English page. */
export function timelineView(t: Tables, lang: Lang) {
  const L = language(lang)
  const refs = L.refs()
  const events = [...t.events].sort(byInterval)
  const yearOf = (e: Tables['events'][number]) => e.date_start.slice(0, 4)
  const years = [...new Set(events.map(yearOf))].sort()
  const { event: ev, planOf } = records(t)
  const plan = (id: string | null) => (id ? L.col(planOf(id), 'short_name') : null)
  // A date starts a sentence: Danish date words are written as the sources write them ("Foråret 2022"), English ones get a capital.
  const when = (e: Tables['events'][number]) => L.say({ da: (s: string) => s, en: (s: string) => s.charAt(0).toUpperCase() + s.slice(1) })(L.dateWords(e))
  const lower = L.say({
    // "SIRI nævner …" keeps its capitals; "Ministeriet …" starts a clause in lower case.
    da: (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s),
    // Names keep their capital: "The City of Copenhagen", "Danner", "Baba".
    en: (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) && !/^(The (City|Minister|Ministry|Danish)|SIRI|Danner|RED|Als|Baba|Bydelsmødre|Copenhagen|Denmark)/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s),
  })
  const title = (e: Tables['events'][number]) => lower(L.eventTitle(e))
  const first = events[0]!
  const evaluation = ev('2020-11-04-evaluation-sent')
  const letter = ev('2020-06-29-letter-kommuner')
  const agreement = ev('2021-01-25-agreement')
  const status = ev('2021-08-30-status-letter')
  const last = events.filter((e) => e.date_precision === 'day').at(-1)!
  const summary = [
    sentence(
      refs,
      L.say({
        da: `Tidslinjen begynder i ${years[0]} og går til ${years.at(-1)}. ${when(first)}: ${title(first)}.`,
        en: `The timeline begins in ${years[0]} and runs to ${years.at(-1)}. ${when(first)}: ${title(first)}.`,
      }),
      L.cite(t, first),
    ),
    sentence(
      refs,
      L.say({
        da: `${when(letter)}: ${title(letter)}.`,
        // The page's first "kommuner": the Danish word is kept and explained here (issue 23).
        en: `${when(letter)}: ${title(letter)} (the kommuner are Denmark’s municipalities).`,
      }),
      L.cite(t, letter),
    ),
    sentence(refs, `${when(evaluation)}: ${title(evaluation)}.`, L.cite(t, evaluation)),
    sentence(refs, `${when(agreement)}: ${title(agreement)}. ${when(status)}: ${title(status)}.`, L.cite(t, agreement), L.cite(t, status)),
    sentence(
      refs,
      L.say({
        da: `Den seneste daterede begivenhed er fra ${L.dateWords(last)}: ${title(last)}.`,
        en: `The latest dated event is from ${L.dateWords(last)}: ${title(last)}.`,
      }),
      L.cite(t, last),
    ),
  ]
  // The letter of 29 June 2020 says why it was sent: its reasons stand under it.
  const reasons = (e: Tables['events'][number]) =>
    t.letter_points
      .filter((p) => p.source_id === e.source_id && e.event_id === letter.event_id)
      .sort((a, b) => a.number - b.number)
      .map((p) => ({ id: p.point_id, text: L.col(p, 'text'), marks: [refs.mark(L.cite(t, p))] }))
  const view = (e: Tables['events'][number]) => ({ id: e.event_id, anchor: L.anchor.event(e), iso: e.date, date: when(e), title: L.eventTitle(e), plan: plan(e.plan_id), marks: [refs.mark(L.cite(t, e))], reasons: reasons(e) })
  const byYear = years.map((y) => ({
    year: y,
    events: events.filter((e) => yearOf(e) === y && e.date_precision !== 'year').map(view),
    during: events.filter((e) => yearOf(e) === y && e.date_precision === 'year').map(view),
  }))
  return {
    summary,
    chart: timelineChart(t, lang),
    years: byYear,
    sources: refs.list(),
  }
}
