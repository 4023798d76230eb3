/**
 * Each chart, drawn from the frozen fixture data (tests/fixtures/charts/), against its golden
 * files: the model as JSON and the SVG the server writes. See golden.ts for how a change is
 * reviewed.
 */
import { describe, expect, it } from 'vitest'
import { allCharts } from '../../scripts/site/charts/index.ts'
import { compareGolden } from './golden.ts'
import { fixtureTables, readSvg, renderChart } from './render.ts'

const charts = allCharts(fixtureTables())

describe.each(charts.map((c) => [c.id, c] as const))('chart %s, from the fixture data', (id, chart) => {
  it('has the model of its golden file', () => {
    const problem = compareGolden(`${id}.json`, JSON.stringify(chart, null, 2) + '\n')
    if (problem) expect.fail(problem)
  })
  it('renders the SVG of its golden file', async () => {
    const problem = compareGolden(`${id}.svg`, readSvg(await renderChart(chart)).source)
    if (problem) expect.fail(problem)
  })
})

it('draws every chart on the site', () => {
  expect(charts.map((c) => c.id).sort()).toEqual(
    ['aftalen-status-2021', 'handlingsplan-initiativer-efter-udfald', 'kk-maal-og-resultater', 'kk-midler-pr-anbefaling', 'kommuner-involveret', 'kommunernes-beredskaber', 'penge-efter-plan-og-omraade', 'tidslinje'].sort(),
  )
})
