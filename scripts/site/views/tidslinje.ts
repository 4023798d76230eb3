import type { Tables } from '../../data/types.ts'
import { formatDate } from '../../format/danish.ts'
import { anchor } from '../anchors.ts'
import { timelineChart } from '../charts/index.ts'
import { cite } from '../cite.ts'

/**
 * The events by year, oldest first. Events the sources date only to a year ("efteråret 2022")
 * cannot be placed among the dated ones, so each year lists them after those.
 */
export function tidslinjeView(t: Tables) {
  const events = [...t.events].sort((a, b) => a.date.localeCompare(b.date))
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))]
  const plan = (id: string | null) => (id ? (t.plans.find((p) => p.plan_id === id)?.short_name ?? null) : null)
  const view = (e: Tables['events'][number]) => ({ id: e.event_id, anchor: anchor.event(e.event_id), iso: e.date, date: e.date_text ?? formatDate(e.date), title: e.title, plan: plan(e.plan_id), citation: cite(t, e) })
  return {
    chart: timelineChart(t),
    years: years.map((y) => ({
      year: y,
      events: events.filter((e) => e.date.startsWith(y) && e.date.length > 4).map(view),
      during: events.filter((e) => e.date === y).map(view),
    })),
  }
}
export type TidslinjeView = ReturnType<typeof tidslinjeView>
