/** Debian's Chromium, driven headless with the team's fixed flags (no sandbox in containers, nothing phoning home). */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type BrowserServer, type Page } from 'playwright-core'
import { APPEARANCE_KEY } from '../../.vitepress/inline-script.ts'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })

/** One browser process that several test workers connect to (by its WebSocket endpoint). */
export const launchChromiumServer = (): Promise<BrowserServer> =>
  chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, host: '127.0.0.1' })

export type Theme = 'light' | 'dark'

/**
 * A fresh context at `width` in light or dark mode: the system setting, and the reader's stored
 * choice (the inline script's localStorage key), set before any page script runs.
 */
export async function newSiteContext(browser: Browser, width: number, theme: Theme = 'light', options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, reducedMotion: 'reduce', ...options })
  if (options.javaScriptEnabled !== false) await context.addInitScript(([k, t]) => localStorage.setItem(k, t), [APPEARANCE_KEY, theme] as const)
  return context
}

/**
 * Resolves when the page has loaded and every island on it (`[data-island]`, see
 * .vitepress/islands/README.md) is mounted. Pages without islands run no script to wait for.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForLoadState('load')
  await page.waitForFunction(() => [...document.querySelectorAll('[data-island]')].every((el) => Boolean((el as { __vue_app__?: unknown }).__vue_app__)), undefined, { timeout: 15_000 })
}
