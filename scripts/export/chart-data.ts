import type { Tables } from '../data/types.ts'
import { allCharts } from '../site/charts/index.ts'
import type { ChartData } from './chart-csv.ts'

/** Every chart's numbers, as its "data" link serves them. */
export function chartData(tables: Tables): ChartData[] {
  return allCharts(tables).map((c) => ({ id: c.id, header: c.csv.header, rows: c.csv.rows, sources: c.csv.sources }))
}
