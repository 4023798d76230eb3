/**
 * The charts as readers get them: each chart model drawn by components/NskChart.vue with Vue's
 * server renderer (as VitePress does at build time), and the SVG read back as a list of marks.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Element, isTag, isText } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import { createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import NskChart from '../../components/NskChart.vue'
import { checkData, DATA_DIR, PROJECT_ROOT } from '../../scripts/data/load-data.ts'
import { readPackage } from '../../scripts/data/package-schema.ts'
import { formatProblem } from '../../scripts/data/problems.ts'
import type { Tables } from '../../scripts/data/types.ts'
import type { ChartModel } from '../../scripts/site/charts/model.ts'

export const CHART_FIXTURE = join(PROJECT_ROOT, 'tests', 'fixtures', 'charts')

/** The frozen fixture data, read and checked with the real datapackage.json (quotes are not checked: the fixture is frozen, the sources are not). */
export function fixtureTables(): Tables {
  const dir = mkdtempSync(join(tmpdir(), 'nsk-chart-fixture-'))
  try {
    cpSync(CHART_FIXTURE, dir, { recursive: true })
    cpSync(join(DATA_DIR, 'datapackage.json'), join(dir, 'datapackage.json'))
    // A table added to the package after the fixture was frozen is empty here: no chart reads it.
    for (const r of readPackage(join(dir, 'datapackage.json')).resources) {
      if (!existsSync(join(dir, r.path))) writeFileSync(join(dir, r.path), r.schema.fields.map((f) => f.name).join(',') + '\n')
    }
    const { tables, problems } = checkData({ dataDir: dir, sourcesDir: join(dir, 'no-sources'), requireSources: false, label: 'tests/fixtures/charts' })
    if (problems.length) throw new Error(`the chart fixture does not pass the data check:\n${problems.map(formatProblem).join('\n')}`)
    return tables
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The whole figure as the server writes it. */
export async function renderChart(chart: ChartModel): Promise<string> {
  return renderToString(createSSRApp({ render: () => h(NskChart, { chart }) }))
}

export type SvgMark =
  | { tag: 'rect'; cls: string; x: number; y: number; w: number; h: number }
  | { tag: 'text'; cls: string; x: number; y: number; text: string; anchor: string }
  | { tag: 'line'; cls: string; x1: number; y1: number; x2: number; y2: number }
  | { tag: 'circle'; cls: string; cx: number; cy: number; r: number }

export interface Svg {
  width: number
  height: number
  title: string
  desc: string
  marks: SvgMark[]
  /** The chart's SVG alone, one element a line, without Vue's comments and scope ids: the golden file. */
  source: string
}

const num = (el: Element, name: string): number => {
  const v = Number(el.attribs[name])
  if (!Number.isFinite(v)) throw new Error(`<${el.name}> has ${name}="${el.attribs[name]}", not a number`)
  return v
}
const textOf = (el: Element): string => el.children.map((c) => (isText(c) ? c.data : isTag(c) ? textOf(c) : '')).join('')

/** Reads the chart's SVG (the figure's first <svg>, role="img") out of the rendered figure. */
export function readSvg(html: string): Svg {
  const doc = parseDocument(html, { xmlMode: true, decodeEntities: true })
  const find = (nodes: typeof doc.children): Element | undefined => {
    for (const n of nodes) {
      if (!isTag(n)) continue
      if (n.name === 'svg' && n.attribs.role === 'img') return n
      const inner = find(n.children)
      if (inner) return inner
    }
  }
  const svg = find(doc.children)
  if (!svg) throw new Error('the figure holds no <svg role="img">')
  const [, , width, height] = (svg.attribs.viewBox ?? '').split(' ').map(Number)
  const els = svg.children.filter(isTag)
  const marks: SvgMark[] = []
  const lines: string[] = []
  const clean = (attribs: Record<string, string>) =>
    Object.entries(attribs)
      .filter(([k]) => !k.startsWith('data-v-'))
      .map(([k, v]) => ` ${k}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
      .join('')
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  lines.push(`<svg xmlns="http://www.w3.org/2000/svg"${clean(svg.attribs)}>`)
  for (const el of els) {
    const cls = el.attribs.class ?? ''
    if (el.name === 'rect') marks.push({ tag: 'rect', cls, x: num(el, 'x'), y: num(el, 'y'), w: num(el, 'width'), h: num(el, 'height') })
    else if (el.name === 'text') marks.push({ tag: 'text', cls, x: num(el, 'x'), y: num(el, 'y'), text: textOf(el), anchor: el.attribs['text-anchor'] ?? 'start' })
    else if (el.name === 'line') marks.push({ tag: 'line', cls, x1: num(el, 'x1'), y1: num(el, 'y1'), x2: num(el, 'x2'), y2: num(el, 'y2') })
    else if (el.name === 'circle') marks.push({ tag: 'circle', cls, cx: num(el, 'cx'), cy: num(el, 'cy'), r: num(el, 'r') })
    else if (el.name !== 'title' && el.name !== 'desc') throw new Error(`unexpected <${el.name}> in the chart's SVG`)
    lines.push(`  <${el.name}${clean(el.attribs)}>${esc(textOf(el))}</${el.name}>`)
  }
  lines.push('</svg>')
  const child = (name: string) => textOf(els.find((e) => e.name === name) ?? ({ children: [] } as unknown as Element))
  return { width: width!, height: height!, title: child('title'), desc: child('desc'), marks, source: lines.join('\n') + '\n' }
}
