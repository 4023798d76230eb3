/**
 * Each chart out of the site: /figurer/<id>.svg carries the chart's title, every number of its
 * CSV, its sources and the data version; /figurer/<id>.png exists at twice the SVG's size; the
 * embed page /indlejring/<id> holds the chart and no script; the chart's page links to all three.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { parseDocument } from 'htmlparser2'
import { findAll, textContent } from 'domutils'
import { describe, expect, it } from 'vitest'
import { checkDataOnce } from '../../scripts/data/load-data.ts'
import { allCharts } from '../../scripts/site/charts/index.ts'
import { htmlFiles, isEmbedFile } from '../../scripts/browser/site-pages.ts'
import { DIST } from './built-site.ts'

const { tables, pkg } = checkDataOnce()
const charts = allCharts(tables)
// The Danish pages (the images and embed pages are Danish, and link the Danish page).
const pages = htmlFiles(DIST).filter((f) => !f.startsWith('en/') && !isEmbedFile(f)).map((f) => readFileSync(join(DIST, f), 'utf8'))
/** The columns the published package declares as numbers, per chart CSV (a code like "0101" is text). */
const built = JSON.parse(readFileSync(join(DIST, 'data', 'datapackage.json'), 'utf8')) as { resources: { path: string; schema: { fields: { name: string; type: string }[] } }[] }
const numericColumns = (id: string): Set<string> => {
  const r = built.resources.find((x) => x.path === `charts/${id}.csv`)
  expect(r, `charts/${id}.csv in the built datapackage.json`).toBeDefined()
  return new Set(r!.schema.fields.filter((f) => f.type === 'number' || f.type === 'integer').map((f) => f.name))
}

/** A number as the site writes it in Danish: 73.4 → "73,4", a count 2000 → "2.000", a year 2017 → "2017". */
const danish = (n: number): string[] => [n.toLocaleString('da-DK', { maximumFractionDigits: 3 }), String(n).replace('.', ',')]

/** PNG width and height from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describe.each(charts.map((c) => [c.id, c] as const))('the chart %s out of the site', (id, chart) => {
  const svg = readFileSync(join(DIST, 'figurer', `${id}.svg`), 'utf8')
  const doc = parseDocument(svg, { xmlMode: true })
  const text = findAll((e) => e.name === 'text' || e.name === 'desc' || e.name === 'title', doc.children).map((e) => textContent(e)).join(' ').replace(/\s+/g, ' ')

  it('SVG: a standalone image with its title, every number of its CSV, its sources and the data version', () => {
    const root = doc.children.find((n) => n.type === 'tag')!
    expect((root as { name: string }).name).toBe('svg')
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"')
    expect(text).toContain(chart.title)
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(DIST, 'data', 'charts', `${id}.csv`), 'utf8'), { header: true, skipEmptyLines: true })
    const numeric = numericColumns(id)
    const numbers = csv.data.flatMap((row) => Object.entries(row).filter(([k, v]) => numeric.has(k) && /^-?\d+(\.\d+)?$/.test(v)).map(([, v]) => danish(Number(v))))
    // A chart of counts or amounts carries them; the beredskaber map's CSV has codes and words only.
    if (numeric.size) expect(numbers.length).toBeGreaterThan(0)
    expect(numbers.filter((forms) => !forms.some((n) => text.includes(n))).map((forms) => forms[0])).toEqual([])
    expect(text).toContain(`dataversion ${pkg.version}`)
    for (const label of new Set(chart.sources.map((c) => c.label))) expect(text).toContain(label)
    expect(svg).not.toMatch(/var\(--|light-dark\(/)
  })

  it('PNG: exists at twice the size the SVG states', () => {
    const width = Number(/<svg[^>]* width="(\d+)"/.exec(svg)![1])
    const height = Number(/<svg[^>]* height="(\d+)"/.exec(svg)![1])
    expect(pngSize(readFileSync(join(DIST, 'figurer', `${id}.png`)))).toEqual({ width: 2 * width, height: 2 * height })
  })

  it('embed page: the chart as the site draws it, its table, no script; linked from its page with both images', () => {
    const html = readFileSync(join(DIST, 'indlejring', `${id}.html`), 'utf8')
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain(`aria-labelledby="${id}-title"`)
    expect(html).toMatch(/<svg[^>]*role="img"/)
    expect(html).toContain('<table')
    const css = /<link rel="stylesheet" href="\/([^"]+\.css)"/.exec(html)![1]!
    expect(readFileSync(join(DIST, css), 'utf8').length).toBeGreaterThan(1000)
    const page = pages.find((p) => p.includes(`aria-labelledby="${id}-title"`))
    expect(page, `a Danish page with the chart ${id}`).toBeDefined()
    for (const href of [`/figurer/${id}.svg`, `/figurer/${id}.png`, `/indlejring/${id}`]) expect(page!).toContain(`href="${href}"`)
  })
})
