import ExcelJS from 'exceljs'
import { expect } from 'vitest'
import type { TypedRow } from '../../scripts/data/check-table.ts'

/** A sheet's column number (1-based) by its header. */
export const column = (ws: ExcelJS.Worksheet, name: string): number => (ws.getRow(1).values as unknown[]).slice(1).indexOf(name) + 1

/**
 * The events sheet holds one type per column: the source's date as text in every row, and
 * date_start/date_end as real dates (or empty), each equal to the CSV's value. Used on the
 * workbook as written and as Calc saves it again.
 */
export function expectEventDates(e: ExcelJS.Worksheet, events: TypedRow[]): void {
  const at = (name: string) => column(e, name)
  expect(events.some((ev) => ev.date_precision !== 'day')).toBe(true)
  events.forEach((ev, i) => {
    const row = e.getRow(i + 2)
    expect(row.getCell(at('date')).type, String(ev.event_id)).toBe(ExcelJS.ValueType.String)
    expect(row.getCell(at('date')).value, String(ev.event_id)).toBe(ev.date)
    for (const name of ['date_start', 'date_end'] as const) {
      const cell = row.getCell(at(name))
      if (ev[name] === null) expect(cell.value, `${ev.event_id} ${name}`).toBeNull()
      else {
        expect(cell.type, `${ev.event_id} ${name}`).toBe(ExcelJS.ValueType.Date)
        expect((cell.value as Date).toISOString().slice(0, 10), `${ev.event_id} ${name}`).toBe(ev[name])
      }
    }
  })
}
