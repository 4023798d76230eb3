import type { Citation } from '../cite.ts'

/**
 * A chart as data: the marks to draw, computed at build time with d3 scales, so the SVG the
 * server writes and the SVG the browser hydrates are the same, and no chart code ships to the client.
 */
export type Mark =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; cls: string }
  | { kind: 'text'; x: number; y: number; text: string; cls: string; anchor?: 'start' | 'middle' | 'end' }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; cls: string }
  | { kind: 'circle'; cx: number; cy: number; r: number; cls: string }

export interface ChartTable {
  caption: string
  columns: { label: string; numeric?: boolean }[]
  rows: string[][]
}

export interface ChartModel {
  /** Also the name of its data file: /data/charts/<id>.csv */
  id: string
  title: string
  /** One line under the title, for everyone. */
  subtitle: string
  /** The chart's numbers in words, for screen readers (the SVG's <desc>). */
  description: string
  width: number
  height: number
  marks: Mark[]
  /** Legend entries: a swatch class and its text. */
  legend: { cls: string; text: string }[]
  table: ChartTable
  /** Exactly the numbers the chart shows, for its CSV download, with each row's source. */
  csv: { header: string[]; rows: (string | number)[][]; sources: string[] }
  sources: Citation[]
  notes: string[]
}

/** The width every chart is drawn at; the SVG scales through its viewBox. */
export const WIDTH = 320
/**
 * The narrowest a chart is ever shown, in CSS px: at a 320 px viewport (or 400 % zoom of 1280 px),
 * less the page's padding (2 × 16) and the figure's border and padding (2 × 11).
 */
export const NARROWEST = 266
/** No chart text is smaller than this, in CSS px, at any width (issue 22; WCAG's readable minimum on a phone). */
export const MIN_TEXT_PX = 12
/**
 * The one size of chart text, in the SVG's units: 12 CSS px where the chart is drawn narrowest, more
 * wherever it is wider. NskChart.vue's stylesheet sets it (tests/charts/layout.test.ts checks the two agree).
 */
export const FONT = Math.ceil(((MIN_TEXT_PX * WIDTH) / NARROWEST) * 2) / 2
/** The line height the layouts assume for that size. */
export const LINE = 20

/**
 * Room a text needs, in the SVG's units, at `fontSize`: a wide average glyph (a bold sans serif runs
 * about 0.55–0.6 em) plus the text spacing WCAG 1.4.12 lets readers set (letter spacing 0.12 em,
 * word spacing 0.16 em), so a label stays inside the drawing with a reader's spacing too.
 */
export function textWidth(text: string, fontSize = FONT): number {
  const chars = [...text].length
  const spaces = text.split(' ').length - 1
  return fontSize * (chars * (GLYPH + LETTER_SPACING) + spaces * WORD_SPACING)
}
const GLYPH = 0.6
const LETTER_SPACING = 0.12
const WORD_SPACING = 0.16

/** Splits a label into lines that fit `width` at `fontSize` (by textWidth), breaking between words. */
export function wrap(text: string, width = WIDTH, fontSize = FONT): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && textWidth(`${line} ${word}`, fontSize) > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}
