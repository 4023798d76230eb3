/**
 * Each chart out of the site: a standalone SVG and a PNG (rendered with resvg at build time), and
 * an embed page (no JavaScript) that other sites may put in an iframe.
 *
 * Built on the renderer as it is: the chart's <svg> is taken from the built page (what
 * components/NskChart.vue drew there), and its colours from NskChart.vue's own stylesheet with the
 * theme's light values (.vitepress/theme/style.css) put in for its variables. Around it the image
 * carries its provenance: title, subtitle, legend, source line, the data version and the page's
 * address. The text is set in Lato (a font file in the repository, SIL OFL 1.1; see
 * charts/fonts/LICENSE-Lato.txt), so the PNG is the same on every machine.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { parse as parseSfc } from '@vue/compiler-sfc'
import render from 'dom-serializer'
import type { Element } from 'domhandler'
import { findAll, findOne, removeElement, textContent } from 'domutils'
import { parseDocument } from 'htmlparser2'
import { isNotFoundFile, langOfRoute, routeOfHtml } from '../../.vitepress/pages.ts'
import { PROJECT_ROOT } from '../data/load-data.ts'
import { type ChartModel, wrap } from './charts/model.ts'
import { EMBED_DIR, IMAGE_DIR, isEmbedFile } from './links.ts'
import { permalink } from './permalinks.ts'
import { SHARE_DIR, SHARE_SIZE, shareImageName } from './share-meta.ts'
import { UI } from './ui.ts'

export const FONT_DIR = join(PROJECT_ROOT, 'scripts', 'site', 'charts', 'fonts')
export const FONT_FILES = ['Lato-Regular.ttf', 'Lato-Bold.ttf'].map((f) => join(FONT_DIR, f))
/** The PNG is drawn at twice the SVG's size, sharp on high-density screens and in print. */
export const PNG_SCALE = 2

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The theme's light value of every CSS variable in style.css (`light-dark(a, b)` → a). */
export function lightPalette(css: string): Map<string, string> {
  const vars = new Map<string, string>()
  for (const m of css.matchAll(/(--[\w-]+):\s*([^;]+);/g)) {
    if (vars.has(m[1]!)) continue // the first (the :root block) is the screen's; print's come later
    const v = m[2]!.trim()
    const ld = /^light-dark\(\s*((?:[^,()]|\([^)]*\))+),/.exec(v)
    vars.set(m[1]!, ld ? ld[1]!.trim() : v)
  }
  return vars
}

/** NskChart.vue's rules for the drawing, with the light values in place of the variables. */
export function chartStyles(): string {
  const sfc = parseSfc(readFileSync(join(PROJECT_ROOT, 'components', 'NskChart.vue'), 'utf8')).descriptor
  const palette = lightPalette(readFileSync(join(PROJECT_ROOT, '.vitepress', 'theme', 'style.css'), 'utf8'))
  const resolve = (v: string): string => v.replace(/var\((--[\w-]+)\)/g, (_, name: string) => resolve(palette.get(name) ?? ''))
  // Only the marks' rules (after the "Marks." comment): the layout of the card is the page's.
  const css = sfc.styles.map((s) => s.content).join('\n')
  const marks = css.slice(css.indexOf('/* Marks.'))
  return resolve(marks).replace(/\/\*[\s\S]*?\*\//g, '').replace(/font-family:[^;]+;/g, 'font-family: Lato;').replace(/\s+/g, ' ').trim()
}

/** The chart's <svg> as the page drew it, and the page's <figure> (for the embed page). */
export function chartFromPage(html: string, chartId: string): { svg: Element; figure: Element } | null {
  const doc = parseDocument(html)
  const figure = findOne((e) => e.name === 'figure' && e.attribs['aria-labelledby'] === `${chartId}-title`, doc.children)
  const svg = figure && findOne((e) => e.name === 'svg' && e.attribs.role === 'img', figure.children)
  return figure && svg ? { svg, figure } : null
}

export interface ImageText {
  /** The chart's sources, as its source line names them. */
  sources: string
  /** "Negativ social kontrol i tal · dataversion 3.0.0" */
  credit: string
  /** The page's address. */
  address: string
}

/**
 * The standalone SVG: a white card with title, subtitle, the chart, its legend, source, data
 * version and address. `drawn` is the chart's <svg> from the page; its <title> and <desc> stay,
 * so the file says in words (and numbers) what it shows.
 */
export function standaloneSvg(chart: ChartModel, drawn: Element, text: ImageText): string {
  const PAD = 16
  const W = chart.width + 2 * PAD
  const head: string[] = []
  const foot: string[] = []
  let lines = head
  let y = PAD
  const line = (s: string, cls: string, size: number, gap = 1.35) => {
    for (const l of wrap(s, chart.width, size)) {
      y += size * gap
      lines.push(`<text x="${PAD}" y="${y.toFixed(1)}" class="${cls}">${esc(l)}</text>`)
    }
  }
  line(chart.title, 'h-title', 15)
  line(chart.subtitle, 'h-sub', 12)
  y += 10
  // The drawing, nested at its own size; its marks keep their classes (the page's scoped
  // attributes do no harm), so NskChart's rules colour them.
  const inner = render(drawn.children, { xmlMode: true, decodeEntities: true, encodeEntities: 'utf8' })
  const chartSvg = `<svg x="${PAD}" y="${y}" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}" class="svg" overflow="visible">${inner}</svg>`
  y += chart.height + 8
  lines = foot
  for (const l of chart.legend) {
    y += 18
    const swatch = l.cls.startsWith('dot') ? `<circle cx="${PAD + 7}" cy="${y - 4}" r="5" class="${l.cls}"/>` : `<rect x="${PAD + 0.5}" y="${y - 11.5}" width="13" height="13" class="${l.cls}"/>`
    lines.push(swatch)
    wrap(l.text, chart.width - 20, 12.5).forEach((t, k) => {
      if (k) y += 16
      lines.push(`<text x="${PAD + 20}" y="${y}" class="h-legend">${esc(t)}</text>`)
    })
  }
  y += 6
  line(`Kilde: ${text.sources}`, 'h-small', 11)
  line(text.credit, 'h-small', 11)
  line(text.address, 'h-small', 11)
  const H = Math.ceil(y + PAD)
  const style = `${chartStyles()} .h-title { font-size: 15px; font-weight: 700; fill: #1a1a1a; } .h-sub { font-size: 12px; fill: #4d4d4d; } .h-legend { font-size: 12.5px; fill: #3c3c43; } .h-small { font-size: 11px; fill: #4d4d4d; } text { font-family: Lato; }`
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="t d" lang="da">`,
    `<title id="t">${esc(chart.title)}</title>`,
    `<desc id="d">${esc(chart.description)} Kilde: ${esc(text.sources)}. ${esc(text.credit)}. ${esc(text.address)}</desc>`,
    `<style>${style}</style>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    ...head,
    chartSvg,
    ...foot,
    '</svg>',
  ].join('\n')
}

/** The PNG of a standalone SVG, at PNG_SCALE, with the bundled font only (no system fonts). */
export function pngOf(svg: string): { png: Buffer; width: number; height: number } {
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Lato' },
    background: '#ffffff',
  })
  const img = r.render()
  return { png: img.asPng(), width: img.width, height: img.height }
}

/**
 * The embed page of a chart: the page's <figure> alone, with the site's stylesheet, no script.
 * `pageHref` and `base` are as served (under the site's base path).
 */
export function embedPage(figureHtml: string, chart: ChartModel, stylesheet: string, pageHref: string, siteTitle: string, base = '/'): string {
  return `<!DOCTYPE html>
<html lang="da-DK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(chart.title)} | ${esc(siteTitle)}</title>
<meta name="robots" content="noindex">
<link rel="icon" href="${esc(base)}favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${esc(stylesheet)}">
</head>
<body class="embed">
<main class="vp-doc">
${figureHtml}
<p class="embed-credit">Fra <a href="${esc(pageHref)}" target="_blank" rel="noopener">${esc(siteTitle)}</a></p>
</main>
</body>
</html>
`
}

export interface ChartPage { chart: ChartModel; route: string; html: string }

/**
 * Writes /figurer/<id>.svg and .png and /indlejring/<id>.html for every chart, from the built
 * pages that hold them. A chart that no page holds stops the build (its links would be dead).
 */
export function writeChartImages(dist: string, pages: ChartPage[], o: { siteTitle: string; version: string; address: (route: string) => string; base?: string }): { charts: number } {
  const base = o.base ?? '/'
  mkdirSync(join(dist, IMAGE_DIR), { recursive: true })
  mkdirSync(join(dist, EMBED_DIR), { recursive: true })
  for (const { chart, route, html } of pages) {
    const found = chartFromPage(html, chart.id)
    if (!found) throw new Error(`${route}: expected the chart "${chart.id}" in the built page, found none`)
    const anchor = permalink.chart(chart.id)
    const labels = [...new Set(chart.sources.map((c) => c.label))].join('; ')
    const svg = standaloneSvg(chart, found.svg, { sources: labels, credit: `${o.siteTitle} · dataversion ${o.version}`, address: o.address(`${route}#${anchor}`) })
    writeFileSync(join(dist, IMAGE_DIR, `${chart.id}.svg`), svg)
    writeFileSync(join(dist, IMAGE_DIR, `${chart.id}.png`), pngOf(svg).png)
    // The embed page needs no offer to embed itself.
    for (const e of findAll((x) => x.name === 'details' && (x.attribs.class ?? '').split(' ').includes('embed'), found.figure.children)) removeElement(e)
    const stylesheet = /<link rel="preload stylesheet" href="([^"]+\.css)"/.exec(html)?.[1]
    if (!stylesheet) throw new Error(`${route}: expected the site's stylesheet link in the built page, found none`)
    writeFileSync(join(dist, EMBED_DIR, `${chart.id}.html`), embedPage(render(found.figure, { decodeEntities: true, encodeEntities: 'utf8' }), chart, stylesheet, `${base}${route.slice(1)}#${anchor}`, o.siteTitle, base))
  }
  return { charts: pages.length }
}

/**
 * Each chart with the Danish built page that holds it (the first, by route), from the HTML files of
 * `dist`: the images and embed pages are Danish, so they name and link the Danish page.
 */
export function chartPages(dist: string, charts: ChartModel[], htmlFiles: string[]): ChartPage[] {
  const pages = htmlFiles.filter((f) => langOfRoute(`/${f}`) === 'da').map((f) => ({ f, html: readFileSync(join(dist, f), 'utf8') }))
  return charts.map((chart) => {
    const page = pages.find((p) => p.html.includes(`aria-labelledby="${chart.id}-title"`))
    if (!page) throw new Error(`expected the chart "${chart.id}" on a built page, found it on none`)
    return { chart, route: routeOfHtml(page.f), html: page.html }
  })
}

/**
 * A page's preview image for shared links (1200 × 630): the site's name, the page's title and
 * description, the data version, and the page's first chart where it has one (else its headline).
 */
export function shareCardSvg(o: { title: string; description: string; siteTitle: string; /** The foot line, with the data version (UI[lang].shareFoot). */ foot: string; chart?: { model: ChartModel; drawn: Element } }): string {
  const { width: W, height: H } = SHARE_SIZE
  const textW = o.chart ? 620 : 1080
  const out: string[] = []
  let y = 96
  out.push(`<text x="60" y="${y}" class="site">${esc(o.siteTitle)}</text>`)
  y += 30
  for (const l of wrap(o.title, textW, 48).slice(0, 3)) out.push(`<text x="60" y="${(y += 60)}" class="title">${esc(l)}</text>`)
  y += 16
  for (const l of wrap(o.description, textW, 26).slice(0, 5)) out.push(`<text x="60" y="${(y += 36)}" class="desc">${esc(l)}</text>`)
  out.push(`<text x="60" y="${H - 48}" class="foot">${esc(o.foot)}</text>`)
  let chart = ''
  if (o.chart) {
    const { model, drawn } = o.chart
    const scale = Math.min(420 / model.width, 470 / model.height)
    const inner = render(drawn.children, { xmlMode: true, decodeEntities: true, encodeEntities: 'utf8' })
    chart = `<g transform="translate(${W - 60 - model.width * scale} 80) scale(${scale})"><svg width="${model.width}" height="${model.height}" viewBox="0 0 ${model.width} ${model.height}" class="svg" overflow="visible">${inner}</svg></g>`
  }
  const style = `${chartStyles()} text { font-family: Lato; } .site { font-size: 28px; font-weight: 700; fill: #1d4f91; } .title { font-size: 48px; font-weight: 700; fill: #1a1a1a; } .desc { font-size: 26px; fill: #3c3c43; } .foot { font-size: 24px; fill: #4d4d4d; }`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><style>${style}</style><rect width="${W}" height="${H}" fill="#fff"/><rect width="${W}" height="14" fill="#1d4f91"/>${out.join('')}${chart}</svg>`
}

/** Writes /deling/<page>.png for every page of the site (not the not-found pages, nor the embed pages), in the page's language. */
export function writeShareImages(dist: string, htmlFiles: string[], charts: ChartModel[], o: { version: string }): { images: number } {
  mkdirSync(join(dist, SHARE_DIR), { recursive: true })
  let n = 0
  for (const f of htmlFiles) {
    if (isNotFoundFile(f) || isEmbedFile(f)) continue
    const route = routeOfHtml(f)
    const ui = UI[langOfRoute(route)]
    const html = readFileSync(join(dist, f), 'utf8')
    const doc = parseDocument(html)
    const h1 = findOne((e) => e.name === 'h1', doc.children)
    const title = h1 ? textContent(h1).trim() : ui.siteTitle
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&') ?? ''
    const model = charts.find((c) => html.includes(`aria-labelledby="${c.id}-title"`))
    const found = model && chartFromPage(html, model.id)
    const svg = shareCardSvg({ title, description, siteTitle: ui.siteTitle, foot: ui.shareFoot(o.version), chart: model && found ? { model, drawn: found.svg } : undefined })
    const png = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Lato' }, background: '#ffffff' }).render().asPng()
    writeFileSync(join(dist, SHARE_DIR, `${shareImageName(route)}.png`), png)
    n++
  }
  return { images: n }
}
