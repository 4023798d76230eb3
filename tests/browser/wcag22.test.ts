/**
 * WCAG 2.2 AA beyond what the rule engines see (issue 22): each criterion checked by what a reader
 * does, on every kind of page (results pages, /hjaelp, /kommuner/, a kommune page, a region page,
 * /sog, /data/ and the 404 page):
 * - 2.4.11 Focus Not Obscured: tabbing with the menu open at 320 × 640, 320 × 256 and 600 × 800, with
 *   JavaScript on and off, the focused element is never under anything (`elementFromPoint` at its
 *   centre is it or inside it); the menu closes on Escape, a click outside and focus leaving it;
 * - 2.1.4 Character Key Shortcuts: no printable key alone leaves the page, whatever has focus;
 * - 2.4.3 Focus Order: after a control is activated, focus is never left on <body>;
 * - 1.4.3 / 1.4.11 in forced colours (high contrast, light and dark, each with both stored themes):
 *   every chart text at 4.5:1 or more, from computed styles; the theme switch's state shows;
 * - 1.4.12 Text Spacing: with WCAG's spacing injected, no page is wider than 320 px and every
 *   chart text stays inside its SVG, and the SVG inside its figure;
 * - 1.4.4: chart text at 12 CSS px or more at 320, 375, 768 and 1280 px;
 * - 4.1.2 / 1.3.1: a heading's accessible name is its text; no landmark's name holds a citation mark;
 *   every complementary landmark has a name;
 * - 1.4.10: a very long search (on /sog and in the kommune finder) does not widen the page;
 * - 2.5.8 Target Size: every citation mark is at least 24 × 24 CSS px;
 * - 3.2.2 On Input: the help directory says before its filters that the list follows them, and
 *   announces the new count.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { APPEARANCE_KEY } from '../../.vitepress/inline-script.ts'
import { connectBrowser, DIST_DIR, NOT_FOUND_ROUTES, PAGE_KINDS, PAGES, urlOf, waitForPage } from './session.ts'
import { svgTextContrast } from './svg-contrast.ts'
import { focusState } from '../../scripts/browser/focus-state.ts'

/** Printable keys a single-key shortcut would use ("/" opened search until issue 22). */
const KEYS = [...'/?.#1ghjkmns'].map((k) => (k === '/' ? 'Slash' : k))
const routes = PAGES.map((p) => p.route)
/** One page of each kind. */
const KINDS = PAGE_KINDS
/** The pages that hold a chart, read from the built HTML. */
const CHART_PAGES = PAGES.filter((p) => readFileSync(join(DIST_DIR, p.file), 'utf8').includes('role="img"')).map((p) => p.route)

let browser: Browser
const contexts: BrowserContext[] = []
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()))
  await browser?.close()
})

/** userStyles: the reader applies a style sheet of their own (a text-spacing extension or user style sheet), which the page's Content-Security-Policy does not govern. */
interface Setup { width: number; height?: number; js?: boolean; stored?: 'light' | 'dark'; colorScheme?: 'light' | 'dark'; forcedColors?: 'active' | 'none'; userStyles?: boolean }
/** A fresh context (closed when the file ends) and a page at `route` in it. */
async function open(route: string, s: Setup): Promise<Page> {
  const options: BrowserContextOptions = { viewport: { width: s.width, height: s.height ?? 800 }, javaScriptEnabled: s.js ?? true, colorScheme: s.colorScheme ?? 'light', forcedColors: s.forcedColors ?? 'none', reducedMotion: 'reduce', bypassCSP: s.userStyles ?? false }
  const context = await browser.newContext(options)
  contexts.push(context)
  if (s.stored && s.js !== false) await context.addInitScript(([k, t]) => localStorage.setItem(k, t), [APPEARANCE_KEY, s.stored] as const)
  const page = await context.newPage()
  await page.goto(urlOf(route))
  if (s.js === false) await page.waitForLoadState('load')
  else await waitForPage(page)
  return page
}
const done = (page: Page) => page.context().close()

describe('2.4.11 Focus Not Obscured: tabbing with the menu open never puts focus under anything', () => {
  const VIEWPORTS = [
    { width: 320, height: 640 },
    { width: 320, height: 256 },
    { width: 600, height: 800 },
  ]
  const cases = ['/', '/hjaelp', '/kommuner/'].flatMap((route) => VIEWPORTS.flatMap((v) => [true, false].map((js) => ({ route, ...v, js, label: `${v.width}×${v.height}, JavaScript ${js ? 'on' : 'off'}` }))))
  it.concurrent.each(cases)('$route at $label', async ({ route, width, height, js }) => {
    const page = await open(route, { width, height, js })
    try {
      // Open the menu by keyboard, as a keyboard user does, then go on through the menu and well into the page.
      let opened = false
      const bad: string[] = []
      for (let i = 0; i < 32; i++) {
        await page.keyboard.press('Tab')
        const s = await focusState(page)
        if (!opened && s.menu) {
          await page.keyboard.press('Enter')
          opened = await page.evaluate(() => (document.querySelector('details.menu') as HTMLDetailsElement).open)
          continue
        }
        if (s.covered) bad.push(`Tab ${i + 1}: ${s.name} is under ${s.by}`)
        if (s.offscreen) bad.push(`Tab ${i + 1}: ${s.name} is outside the viewport`)
      }
      expect(opened, 'the menu opened by keyboard').toBe(true)
      expect(bad).toEqual([])
    } finally {
      await done(page)
    }
  })
})

describe('the menu below 960 px', () => {
  const isOpen = (page: Page) => page.evaluate(() => (document.querySelector('details.menu') as HTMLDetailsElement).open)
  const openMenu = async (page: Page) => {
    await page.focus('details.menu > summary')
    await page.keyboard.press('Enter')
    expect(await isOpen(page), 'the menu opened').toBe(true)
  }
  it.concurrent('closes on Escape, with focus back on "Menu"', async () => {
    const page = await open('/hjaelp', { width: 375 })
    try {
      await openMenu(page)
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label')), 'Tab goes into the menu').toBeTruthy()
      await page.keyboard.press('Escape')
      expect(await isOpen(page), 'closed by Escape').toBe(false)
      expect(await page.evaluate(() => document.activeElement?.matches('details.menu > summary')), 'focus is back on "Menu"').toBe(true)
    } finally {
      await done(page)
    }
  })
  it.concurrent('closes on a click outside it', async () => {
    const page = await open('/hjaelp', { width: 375 })
    try {
      await openMenu(page)
      await page.locator('main h1').click()
      expect(await isOpen(page)).toBe(false)
    } finally {
      await done(page)
    }
  })
  it.concurrent('closes when focus leaves it, and pushes the page down rather than covering it', async () => {
    const page = await open('/', { width: 375 })
    try {
      const h1Top = () => page.evaluate(() => document.querySelector('main h1')!.getBoundingClientRect().top)
      const closedTop = await h1Top()
      await openMenu(page)
      expect(await h1Top(), 'the open menu pushes the page down').toBeGreaterThan(closedTop + 100)
      const links = await page.evaluate(() => [...document.querySelectorAll('a')].filter((a) => a.getBoundingClientRect().height > 0 && a.closest('nav[aria-label]') && !a.closest('header')).length)
      for (let i = 0; i <= links; i++) await page.keyboard.press('Tab')
      expect(await page.evaluate(() => !document.activeElement?.closest('nav, header')), 'focus has left the menu').toBe(true)
      expect(await isOpen(page), 'closed when focus left it').toBe(false)
    } finally {
      await done(page)
    }
  })
})

describe('2.4.3 Focus Order: focus is never left on <body> after an activation', () => {
  it.concurrent('"Vis alle" on /hjaelp moves focus to the first filter when it removes itself', async () => {
    const page = await open('/hjaelp', { width: 375 })
    try {
      await page.locator('.NskDirectory input[name="behov"]').last().check()
      await page.focus('.NskDirectory .filters button.reset')
      await page.keyboard.press('Enter')
      await page.waitForFunction(() => !location.search.includes('behov'))
      expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).not.toBe('body')
      expect(await page.evaluate(() => document.activeElement?.matches('.NskDirectory input[type="checkbox"]')), 'focus on the first filter').toBe(true)
    } finally {
      await done(page)
    }
  })
})

// One load per kind of page; the steps run in order on it (the last one changes the page).
describe.concurrent.each([...KINDS, '/aftale-2021-2024'])('%s', (route) => {
  let page: Page
  // At desktop width, where the sidebar (and any landmark around it) is shown.
  beforeAll(async () => {
    page = await open(route, { width: 1280 })
  })

  it.sequential('4.1.2 / 1.3.1: a heading is named by its text; landmarks are named, without citation marks', async () => {
    const headings = await axNodes(page, ['heading'])
    expect(headings.length).toBeGreaterThan(0)
    const wrongHeadings = headings.filter((h) => squash(h.name) !== squash(h.text)).map((h) => `heading "${squash(h.text)}" is named "${squash(h.name)}"`)
    const landmarks = await axNodes(page, ['complementary', 'navigation', 'region', 'form', 'search', 'main', 'banner', 'contentinfo'])
    const wrongLandmarks = landmarks.flatMap((l) => [
      ...(l.role === 'complementary' && !l.name.trim() ? ['a complementary landmark has no name'] : []),
      ...(/Kilde \d|Direkte link/.test(l.name) ? [`${l.role} "${l.name}" has a citation mark or link in its name`] : []),
    ])
    expect([...wrongHeadings, ...wrongLandmarks]).toEqual([])
  })

  it.sequential('2.1.4 Character Key Shortcuts: no printable key alone leaves the page, on the page, a link or a summary', async () => {
    const start = page.url()
    let navigated = ''
    const watch = (f: Frame) => {
      if (f === page.mainFrame()) navigated ||= f.url()
    }
    page.on('framenavigated', watch)
    try {
      for (const target of ['body', 'main a[href]', 'main summary']) {
        if (target === 'body') await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
        else if (await page.locator(target).count()) await page.locator(target).first().focus()
        else continue
        for (const key of KEYS) {
          await page.keyboard.press(key)
          if (navigated) break
        }
        if (navigated) break
      }
      await page.waitForTimeout(200)
    } finally {
      page.off('framenavigated', watch)
    }
    expect(navigated, `a single key took the page from ${start} to`).toBe('')
    expect(page.url()).toBe(start)
  })

  it.sequential('2.4.3 Focus Order: after each button or summary is activated by keyboard, focus is not on <body>', async () => {
    const lost: string[] = []
    const controls = page.locator('button:visible, summary:visible')
    const count = await controls.count()
    for (let k = 0; k < Math.min(count, 12); k++) {
      const control = controls.nth(k)
      if (!(await control.count())) break
      const name = (await control.innerText()).trim().slice(0, 40)
      await control.focus()
      await page.keyboard.press('Enter')
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))))
      if (await page.evaluate(() => document.activeElement === document.body)) lost.push(name)
    }
    expect(lost, 'controls after which focus fell to <body>').toEqual([])
  })
})

describe('forced colours (high contrast): chart text at 4.5:1 or more, from computed styles', () => {
  const MODES = (['light', 'dark'] as const).flatMap((colorScheme) => (['light', 'dark'] as const).map((stored) => ({ colorScheme, stored })))
  const cases = CHART_PAGES.flatMap((route) => MODES.map((m) => ({ route, ...m })))
  it('finds pages with charts', () => {
    expect(CHART_PAGES).toEqual(expect.arrayContaining(['/koebenhavn-2017-18', '/aftale-2021-2024', '/tidslinje']))
  })
  it.concurrent.each(cases)('$route, $colorScheme high-contrast palette, $stored theme stored', async ({ route, colorScheme, stored }) => {
    const page = await open(route, { width: 1280, forcedColors: 'active', colorScheme, stored })
    try {
      const texts = await svgTextContrast(page)
      expect(texts.length).toBeGreaterThan(0)
      const low = texts.filter((t) => !(t.ratio >= 4.5)).map((t) => `${t.chart}: "${t.text}" ${t.fill} on ${t.background} = ${t.ratio}:1`)
      expect(low).toEqual([])
    } finally {
      await done(page)
    }
  })
  it.concurrent.each(['light', 'dark'] as const)('the theme switch shows whether it is pressed by more than colour (%s palette)', async (colorScheme) => {
    const page = await open('/om', { width: 1280, forcedColors: 'active', colorScheme, stored: 'light' })
    try {
      // The same page in the same theme, only the state differs: what tells them apart survives forced colours.
      const look = async (pressed: boolean) => {
        await page.evaluate((p) => document.getElementById('nsk-appearance')!.setAttribute('aria-pressed', String(p)), pressed)
        await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))))
        return page.locator('#nsk-appearance').screenshot()
      }
      await page.mouse.move(0, 0)
      const off = await look(false)
      const on = await look(true)
      expect(on.equals(off), 'pressed and not pressed look the same').toBe(false)
    } finally {
      await done(page)
    }
  })
})

/** WCAG 1.4.12's spacing, as the usual bookmarklet sets it (!important, on everything). */
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }'

describe('1.4.12 Text Spacing at 320 px: no page wider than the viewport, chart text inside its SVG', () => {
  it.concurrent.each([...routes, ...Object.values(NOT_FOUND_ROUTES)])('%s', async (route) => {
    const page = await open(route, { width: 320, userStyles: true })
    try {
      await page.addStyleTag({ content: TEXT_SPACING })
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))))
      const result = await page.evaluate(() => {
        const out: string[] = []
        for (const svg of document.querySelectorAll<SVGSVGElement>('svg[role="img"]')) {
          const box = svg.getBoundingClientRect()
          const figure = svg.closest('figure')?.getBoundingClientRect()
          if (figure && (box.left < figure.left - 0.5 || box.right > figure.right + 0.5)) out.push(`${svg.getAttribute('aria-labelledby')} is wider than its figure`)
          for (const t of svg.querySelectorAll('text')) {
            const r = t.getBoundingClientRect()
            // 1.5 px of slack: a glyph's side bearing (the hook of a "j") may reach past its pen position.
            if (r.left < box.left - 1.5 || r.right > box.right + 1.5 || r.top < box.top - 1.5 || r.bottom > box.bottom + 1.5) out.push(`"${t.textContent}" runs ${Math.round(Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom))} px outside its chart`)
          }
        }
        return { width: document.documentElement.scrollWidth, outside: out }
      })
      expect(result.width, 'page width').toBeLessThanOrEqual(320)
      expect(result.outside).toEqual([])
    } finally {
      await done(page)
    }
  })
})

describe('chart text is at least 12 CSS px at every width', () => {
  const cases = CHART_PAGES.flatMap((route) => [320, 375, 768, 1280].map((width) => ({ route, width })))
  it.concurrent.each(cases)('$route at $width px', async ({ route, width }) => {
    const page = await open(route, { width })
    try {
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<SVGTextElement>('svg[role="img"] text')].flatMap((t) => {
          const px = parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0)
          return px < 12 - 0.01 ? [`"${t.textContent}" at ${px.toFixed(1)} px`] : []
        }),
      )
      expect(small).toEqual([])
    } finally {
      await done(page)
    }
  })
})

/** Every node of the page's accessibility tree with a role in `roles`: its role, name and DOM text (citation marks left out). */
async function axNodes(page: Page, roles: string[]): Promise<{ role: string; name: string; text: string }[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodes } = await cdp.send('Accessibility.getFullAXTree')
    const out: { role: string; name: string; text: string }[] = []
    for (const n of nodes) {
      const role = String(n.role?.value ?? '')
      if (!roles.includes(role) || n.ignored || n.backendDOMNodeId === undefined) continue
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: n.backendDOMNodeId })
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId!,
        functionDeclaration: 'function () { const c = this.cloneNode(true); for (const m of c.querySelectorAll("sup.NskMark")) m.remove(); return c.textContent }',
        returnByValue: true,
      })
      out.push({ role, name: String(n.name?.value ?? ''), text: String(result.value ?? '') })
    }
    return out
  } finally {
    await cdp.detach()
  }
}
const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

describe('1.4.10 a very long search does not widen the page at 320 px', () => {
  const LONG = 'negativsocialkontrol'.repeat(60)
  it.concurrent('/sog', async () => {
    const page = await open(`/sog?q=${LONG}`, { width: 320 })
    try {
      await page.locator('.pagefind-ui__message').waitFor({ timeout: 10_000 })
      await page.waitForFunction(() => /Ingen|resultat/i.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''))
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    } finally {
      await done(page)
    }
  })
  it.concurrent('the kommune finder on /kommuner/', async () => {
    const page = await open('/kommuner/', { width: 320 })
    try {
      const input = page.locator('main input[type="search"], main input[type="text"]').first()
      await input.fill(LONG)
      await page.evaluate(() => new Promise((ok) => setTimeout(ok, 300)))
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    } finally {
      await done(page)
    }
  })
})

describe('2.5.8 Target Size: every citation mark is at least 24 × 24 CSS px', () => {
  const withMarks = PAGES.filter((p) => readFileSync(join(DIST_DIR, p.file), 'utf8').includes('class="NskMark"')).map((p) => p.route)
  it('finds pages with citation marks', () => {
    expect(withMarks).toEqual(expect.arrayContaining(['/koebenhavn-2017-18', '/aftale-2021-2024']))
  })
  const cases = withMarks.flatMap((route) => [375, 1280].map((width) => ({ route, width })))
  it.concurrent.each(cases)('$route at $width px', async ({ route, width }) => {
    const page = await open(route, { width })
    try {
      const sizes = await page.evaluate(() => [...document.querySelectorAll('sup.NskMark a')].map((a) => ({ text: a.textContent, ...a.getBoundingClientRect().toJSON() })))
      expect(sizes.length).toBeGreaterThan(0)
      expect(sizes.filter((s) => s.width < 24 || s.height < 24).map((s) => `mark ${s.text}: ${s.width.toFixed(1)} × ${s.height.toFixed(1)}`)).toEqual([])
    } finally {
      await done(page)
    }
  })
})

describe('3.2.2 On Input: the help directory says its list follows the filters, and announces the count', () => {
  it.concurrent('/hjaelp', async () => {
    const page = await open('/hjaelp', { width: 375 })
    try {
      // The note is in the text before the filters, and is their description.
      const note = await page.evaluate(() => {
        const group = document.querySelector('.NskDirectory input[type="checkbox"]')!.closest('[role="group"], form, fieldset')!.closest('[aria-describedby]')
        const described = group ? document.getElementById(group.getAttribute('aria-describedby')!) : null
        const before = described ? Boolean(described.compareDocumentPosition(group!) & Node.DOCUMENT_POSITION_FOLLOWING) : false
        return { text: described?.textContent ?? '', before, visible: described ? described.getBoundingClientRect().height > 0 : false }
      })
      expect(note.text, 'the filters are described').toMatch(/ændrer sig, mens du vælger/)
      expect(note.before && note.visible, 'the note is shown before the filters').toBe(true)
      const all = await page.locator('.NskDirectory .entry').count()
      await page.locator('.NskDirectory input[name="behov"]').last().check()
      const shown = await page.locator('.NskDirectory .entry').count()
      const status = page.locator('.NskDirectory [role="status"]')
      expect(await status.textContent()).toContain(`Viser ${shown} af ${all}`)
      await page.click('.NskDirectory .filters button.reset')
      expect(await status.textContent()).toContain(`Viser alle ${all}`)
    } finally {
      await done(page)
    }
  })
})
