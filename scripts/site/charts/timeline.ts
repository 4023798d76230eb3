import { scaleUtc } from 'd3-scale'
import type { Tables } from '../../data/types.ts'
import { byInterval, dateWords } from '../../data/dates.ts'
import { cite, citationLine } from '../cite.ts'
import { citeEn } from '../en/cite.ts'
import { dateWordsEn, eventTitleEn } from '../en/words.ts'
import { eventTitle } from '../vocabulary.ts'
import type { Lang } from '../../format/locale.ts'
import { type ChartModel, type Mark, LINE, textWidth, WIDTH } from './model.ts'

/** The first day of an event's interval (scripts/data/dates.ts). */
const startOf = (e: Tables['events'][number]) => new Date(`${e.date_start}T00:00:00Z`)

/**
 * Events on a time axis, one dot each at the start of its interval, stacked within a month; a
 * hollow dot is an event the sources date only to a longer period (a quarter, a season, a year, a span).
 */
/** The chart's words in each language (the same model draws both). */
const TEXT = {
  da: {
    title: (a: number, b: number) => `Begivenheder ${a}–${b}`,
    subtitle: 'Én prik pr. begivenhed, ved begyndelsen af dens periode; en hul prik er en begivenhed, som kilden ikke daterer til en dag eller en måned.',
    description: (a: number, b: number, busiest: string) => `Tidslinjen viser begivenhederne fra ${a} til ${b}, én prik for hver. Flest ligger i ${busiest}. Hele listen står under figuren.`,
    legend: ['Dag eller måned kendt', 'Kun en længere periode kendt'],
    caption: 'Begivenheder',
    columns: ['Dato', 'Begivenhed'],
  },
  en: {
    title: (a: number, b: number) => `Events ${a}–${b}`,
    subtitle: 'One dot per event, at the start of its period; a hollow dot is an event the source does not date to a day or a month.',
    description: (a: number, b: number, busiest: string) => `The timeline shows the events from ${a} to ${b}, one dot for each. Most are in ${busiest}. The whole list is below the chart.`,
    legend: ['Day or month known', 'Only a longer period known'],
    caption: 'Events',
    columns: ['Date', 'Event'],
  },
}

export function timelineChart(t: Tables, lang: Lang = 'da'): ChartModel {
  const text = TEXT[lang]
  const en = lang === 'en'
  const events = [...t.events].sort(byInterval)
  const first = startOf(events[0]!).getUTCFullYear()
  const last = Math.max(...events.map((e) => startOf(e).getUTCFullYear()))
  const x = scaleUtc().domain([new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))]).range([6, WIDTH - 6])
  const axisY = 12
  // Each dot goes on the first row where it overlaps no dot already placed, so none hides another.
  const rows: number[][] = []
  const marks: Mark[] = []
  for (const e of events) {
    const cx = x(startOf(e))
    let level = rows.findIndex((placed) => placed.every((p) => Math.abs(p - cx) >= 8))
    if (level < 0) level = rows.push([]) - 1
    rows[level]!.push(cx)
    const precise = e.date_precision === 'day' || e.date_precision === 'month'
    marks.push({ kind: 'circle', cx, cy: axisY + 14 + level * 9, r: 3.5, cls: precise ? 'dot' : 'dot-open' })
  }
  const height = axisY + 14 + rows.length * 9 + LINE + 6
  marks.unshift({ kind: 'line', x1: 0, y1: axisY, x2: WIDTH, y2: axisY, cls: 'axis' })
  // A tick for every year; a label for every year, or every second (third, …) where a year is too
  // narrow for its label with room for a reader's text spacing, and the last label inside the drawing.
  const yearWidth = x(new Date(Date.UTC(first + 1, 0, 1))) - x(new Date(Date.UTC(first, 0, 1)))
  const every = Math.ceil((textWidth('0000') + 6) / yearWidth)
  for (let y = first; y <= last; y++) {
    const px = x(new Date(Date.UTC(y, 0, 1)))
    marks.push({ kind: 'line', x1: px, y1: axisY - 4, x2: px, y2: height - LINE, cls: 'tick' })
    if ((y - first) % every === 0 && px + 3 + textWidth(String(y)) <= WIDTH) marks.push({ kind: 'text', x: px + 3, y: height - 4, text: String(y), cls: 'value' })
  }
  return {
    id: 'tidslinje',
    title: text.title(first, last),
    subtitle: text.subtitle,
    description: text.description(first, last, busiestYear(events.map((e) => e.date_start))),
    width: WIDTH,
    height,
    marks,
    legend: [
      { cls: 'dot', text: text.legend[0]! },
      { cls: 'dot-open', text: text.legend[1]! },
    ],
    table: {
      caption: text.caption,
      columns: text.columns.map((label) => ({ label })),
      rows: events.map((e) => (en ? [dateWordsEn(e), eventTitleEn(e)] : [dateWords(e), eventTitle(e)])),
    },
    // The date as the source gives it, its precision and its interval (first and last day), in interval
    // order; whether the event had happened, was planned or was expected as of its source.
    csv: {
      header: ['event_id', 'dato', 'dato_praecision', 'dato_start', 'dato_slut', 'begivenhed', 'forekomst'],
      rows: events.map((e) => [e.event_id, e.date, e.date_precision, e.date_start, e.date_end ?? '', e.title, e.occurrence]),
      sources: events.map((e) => citationLine(cite(t, e))),
    },
    sources: [...new Map(events.map((e) => [e.source_id, (en ? citeEn : cite)(t, e)])).values()],
    notes: [],
  }
}

function busiestYear(dates: string[]): string {
  const count = new Map<string, number>()
  for (const d of dates) count.set(d.slice(0, 4), (count.get(d.slice(0, 4)) ?? 0) + 1)
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]
}
