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
/** Font sizes are set in CSS; these are the line heights the layouts assume. */
export const LINE = 18

/** Average glyph width as a share of the font size, for wrapping labels before the browser sees them. */
const GLYPH = 0.56

/** Splits a label into lines that fit `width` at `fontSize`, breaking between words. */
export function wrap(text: string, width = WIDTH, fontSize = 14): string[] {
  const max = Math.floor(width / (fontSize * GLYPH))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}
