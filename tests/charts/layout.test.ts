/**
 * No mark hides another: in every chart, drawn from the fixture and from the real data, no two
 * dots overlap, no two labels overlap, a label touches a bar or square only when it sits inside
 * it (a number on its square), bars are either apart or one lies on the other (a filled part on
 * its track), and everything is inside the drawing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadData, PROJECT_ROOT } from '../../scripts/data/load-data.ts'
import { allCharts } from '../../scripts/site/charts/index.ts'
import { fixtureTables, readSvg, renderChart, type SvgMark } from './render.ts'

// Font sizes as NskChart.vue's stylesheet sets them, read from it so the two cannot drift apart.
const style = readFileSync(join(PROJECT_ROOT, 'components', 'NskChart.vue'), 'utf8')
const sizeOf = (selector: string) => Number(new RegExp(`\\.svg ${selector.replace('.', '\\.')} \\{[^}]*font-size: ([\\d.]+)px`).exec(style)?.[1])
const BASE = sizeOf('text')
const fontSize = (cls: string) => (Number.isFinite(sizeOf(`text.${cls}`)) ? sizeOf(`text.${cls}`) : BASE)
// A wide average glyph (a bold sans serif runs about 0.55–0.6 em), so a near miss counts as a hit, plus
// the text spacing WCAG 1.4.12 lets a reader set: 0.12 em after each letter, 0.16 em more per space.
const GLYPH = 0.6 + 0.12
const WORD_SPACING = 0.16

interface Box { x0: number; y0: number; x1: number; y1: number; what: string }
function boxOf(m: SvgMark): Box {
  switch (m.tag) {
    case 'rect':
      return { x0: m.x, y0: m.y, x1: m.x + m.w, y1: m.y + m.h, what: `rect.${m.cls} at (${m.x}, ${m.y})` }
    case 'circle':
      return { x0: m.cx - m.r, y0: m.cy - m.r, x1: m.cx + m.r, y1: m.cy + m.r, what: `circle.${m.cls} at (${m.cx}, ${m.cy})` }
    case 'line':
      return { x0: Math.min(m.x1, m.x2), y0: Math.min(m.y1, m.y2), x1: Math.max(m.x1, m.x2), y1: Math.max(m.y1, m.y2), what: `line.${m.cls}` }
    case 'text': {
      const size = fontSize(m.cls)
      const w = size * ([...m.text].length * GLYPH + (m.text.split(' ').length - 1) * WORD_SPACING)
      const x0 = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x
      // From the cap height above the baseline to the descenders below it.
      return { x0, y0: m.y - size * 0.75, x1: x0 + w, y1: m.y + size * 0.22, what: `text.${m.cls} "${m.text}"` }
    }
  }
}
const overlap = (a: Box, b: Box) => a.x0 < b.x1 - 0.01 && b.x0 < a.x1 - 0.01 && a.y0 < b.y1 - 0.01 && b.y0 < a.y1 - 0.01
const inside = (a: Box, b: Box) => a.x0 >= b.x0 - 0.01 && a.x1 <= b.x1 + 0.01 && a.y0 >= b.y0 - 0.01 && a.y1 <= b.y1 + 0.01

function collisions(marks: SvgMark[]): string[] {
  const out: string[] = []
  const of = (tag: SvgMark['tag']) => marks.filter((m) => m.tag === tag).map(boxOf)
  const texts = of('text')
  const rects = of('rect')
  const pairs = <T,>(xs: T[], f: (a: T, b: T) => void) => xs.forEach((a, i) => xs.slice(i + 1).forEach((b) => f(a, b)))
  pairs(
    marks.filter((m): m is Extract<SvgMark, { tag: 'circle' }> => m.tag === 'circle'),
    (a, b) => {
      if (Math.hypot(a.cx - b.cx, a.cy - b.cy) < a.r + b.r - 0.01) out.push(`${boxOf(a).what} overlaps ${boxOf(b).what}`)
    },
  )
  pairs(texts, (a, b) => {
    if (overlap(a, b)) out.push(`${a.what} overlaps ${b.what}`)
  })
  pairs(rects, (a, b) => {
    if (overlap(a, b) && !inside(a, b) && !inside(b, a)) out.push(`${a.what} overlaps ${b.what}`)
  })
  for (const t of texts) for (const r of rects) if (overlap(t, r) && !inside(t, r)) out.push(`${t.what} runs into ${r.what}`)
  return out
}

// At a 320 px viewport a chart is drawn 320 − 2 × 16 (page padding) − 2 × 11 (figure border and padding)
// = 266 CSS px wide; the browser test measures it on every page.
it('sets every chart text at 12 CSS px or more where a chart is drawn narrowest (266 px for 320 units)', () => {
  const sizes = [...style.matchAll(/\.svg text[^{]*\{[^}]*font-size: ([\d.]+)px/g)].map((m) => Number(m[1]))
  expect(sizes.length).toBeGreaterThan(0)
  for (const size of sizes) expect(size * (266 / 320)).toBeGreaterThanOrEqual(12)
})

describe.each([
  ['the fixture data', fixtureTables],
  ['the real data', () => loadData()],
] as const)('charts drawn from %s', (_name, tables) => {
  for (const chart of allCharts(tables())) {
    describe(chart.id, () => {
      it('has no two marks or labels on top of each other', async () => {
        expect(collisions(readSvg(await renderChart(chart)).marks)).toEqual([])
      })
      it('draws every mark inside its viewBox', async () => {
        const svg = readSvg(await renderChart(chart))
        const outside = svg.marks
          .filter((m) => m.tag !== 'text')
          .map(boxOf)
          .filter((b) => b.x0 < -0.01 || b.y0 < -0.01 || b.x1 > svg.width + 0.01 || b.y1 > svg.height + 0.01)
          .map((b) => `${b.what} reaches outside 0 0 ${svg.width} ${svg.height}`)
        // Text too, with a reader's text spacing: the downloads (SVG, PNG) are the viewBox, and on the page
        // a label past the edge runs out of its card.
        const cut = svg.marks
          .filter((m) => m.tag === 'text')
          .map(boxOf)
          .filter((b) => b.x0 < -0.01 || b.y0 < -0.01 || b.x1 > svg.width + 0.01 || b.y1 > svg.height + 4)
          .map((b) => `${b.what} reaches outside 0 0 ${svg.width} ${svg.height}`)
        expect([...outside, ...cut]).toEqual([])
      })
    })
  }
})
