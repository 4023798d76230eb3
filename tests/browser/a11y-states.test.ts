/**
 * Accessibility beyond the page as it loads: axe with every disclosure (<details>) opened and every
 * popover shown, on what that reveals, so text that is hidden at first (quotes, tables of a chart's
 * numbers) is checked too; and the contrast of the charts' SVG text, which axe does not check: each text's computed
 * fill against what it is drawn on (its square or bar, else the page), in light and dark mode.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeFor, axeReport } from './axe.ts'
import { connectBrowser, newContext, PAGES, type Theme, urlOf, waitForPage } from './session.ts'

const THEMES: Theme[] = ['light', 'dark']
const WIDTH = 1280

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Opens every <details> and shows every popover; returns how many of each. */
async function openEverything(page: Page): Promise<{ details: number; popovers: number }> {
  return page.evaluate(() => {
    const details = [...document.querySelectorAll('details')]
    for (const d of details) d.open = true
    const popovers = [...document.querySelectorAll<HTMLElement>('[popover]')]
    for (const p of popovers) if (!p.matches(':popover-open')) p.showPopover()
    return { details: details.length, popovers: popovers.length }
  })
}

interface SvgTextContrast { chart: string; text: string; fill: string; background: string; ratio: number }

/** Every text in every chart's SVG, with its fill, the colour behind it and their contrast ratio. */
function svgTextContrast(page: Page): Promise<SvgTextContrast[]> {
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

describe.concurrent.each(PAGES.map((p) => p.route))('%s', (route) => {
  it.each(THEMES)(
    '%s mode, every disclosure open and popover shown: axe finds 0 violations',
    async (theme) => {
      const context = await newContext(browser, WIDTH, theme)
      try {
        const page = await context.newPage()
        await page.goto(urlOf(route))
        await waitForPage(page)
        const opened = await openEverything(page)
        // The page as it loads is a11y.test.ts's; here axe checks what opening revealed.
        const axe = axeFor(page)
        if (opened.details) axe.include('details')
        if (opened.popovers) axe.include('[popover]')
        if (!opened.details && !opened.popovers) return
        const report = axeReport(await axe.analyze())
        expect(report, `axe violations on ${route} (${theme}) with everything opened`).toEqual([])
      } finally {
        await context.close()
      }
    },
    180_000,
  )

  it.each(THEMES)('%s mode: every chart text has a contrast of at least 4.5:1 against what it is drawn on', async (theme) => {
    const context = await newContext(browser, WIDTH, theme)
    try {
      const page = await context.newPage()
      await page.goto(urlOf(route))
      await waitForPage(page)
      const low = (await svgTextContrast(page)).filter((t) => !(t.ratio >= 4.5)).map((t) => `${t.chart}: "${t.text}" ${t.fill} on ${t.background} = ${t.ratio}:1`)
      expect(low, `SVG text below 4.5:1 on ${route} (${theme})`).toEqual([])
    } finally {
      await context.close()
    }
  })
})

it('finds chart text to check (the contrast test sees the charts)', async () => {
  const context = await newContext(browser, WIDTH, 'light')
  try {
    const page = await context.newPage()
    await page.goto(urlOf('/koebenhavn-2017-18'))
    await waitForPage(page)
    expect((await svgTextContrast(page)).length).toBeGreaterThan(10)
    const opened = await openEverything(page)
    expect(opened.details).toBeGreaterThan(0)
  } finally {
    await context.close()
  }
})
