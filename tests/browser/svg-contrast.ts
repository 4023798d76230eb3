/**
 * The contrast of the charts' SVG text, which axe does not check: each text's computed fill against
 * what it is drawn on (its square or bar, else the page), from the browser's computed styles, so it
 * holds in light, dark and forced-colours (high contrast) modes alike: what the browser forces shows
 * in the computed colours, what it does not force (SVG fills, in Chromium) shows as drawn.
 */
import type { Page } from 'playwright-core'

export interface SvgTextContrast { chart: string; text: string; fill: string; background: string; ratio: number }

/** Every text in every chart's SVG, with its fill, the colour behind it and their contrast ratio. */
export function svgTextContrast(page: Page): Promise<SvgTextContrast[]> {
  return page.evaluate(() => {
    const rgba = (css: string): [number, number, number, number] => {
      const m = css.match(/rgba?\(([^)]+)\)/)
      if (!m) return [NaN, NaN, NaN, 1]
      const [r, g, b, a] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number)
      return [r!, g!, b!, a ?? 1]
    }
    const over = (top: number[], bottom: number[]) => top.slice(0, 3).map((c, k) => c * top[3]! + bottom[k]! * (1 - top[3]!)).concat(1)
    const luminance = (c: number[]) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
    }
    // The page behind an element: the first ancestor with an opaque background, composited down.
    const pageBehind = (el: Element): number[] => {
      const layers: number[][] = []
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgba(getComputedStyle(e).backgroundColor)
        if (c[3]! > 0) layers.push(c)
        if (c[3] === 1) break
      }
      return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1])
    }
    const out: SvgTextContrast[] = []
    for (const svg of document.querySelectorAll<SVGSVGElement>('.vp-doc svg[role="img"]')) {
      const chart = svg.getAttribute('aria-labelledby')?.split(' ')[0] ?? '?'
      const rects = [...svg.querySelectorAll<SVGRectElement>('rect')]
      for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
        const box = text.getBBox()
        const cx = box.x + box.width / 2
        const cy = box.y + box.height / 2
        let background = pageBehind(svg)
        // The topmost filled shape under the text's centre, if any.
        for (const r of rects) {
          const b = r.getBBox()
          const fill = rgba(getComputedStyle(r).fill)
          if (cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height && fill[3]! > 0 && !Number.isNaN(fill[0])) background = over(fill, background)
        }
        const fill = over(rgba(getComputedStyle(text).fill), background)
        const [l1, l2] = [luminance(fill), luminance(background)].sort((a, b) => b - a)
        const name = (c: number[]) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`
        out.push({ chart, text: text.textContent ?? '', fill: name(fill), background: name(background), ratio: Math.round(((l1! + 0.05) / (l2! + 0.05)) * 100) / 100 })
      }
    }
    return out
  })
}
