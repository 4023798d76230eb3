/** Debian's Chromium, driven headless with the team's fixed flags (no sandbox in containers, nothing phoning home). */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type BrowserServer } from 'playwright-core'

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
 * A fresh context at `width` in light or dark mode. VitePress keeps the reader's choice in
 * localStorage (`vitepress-theme-appearance`); it is set before any page script runs.
 */
export async function newSiteContext(browser: Browser, width: number, theme: Theme = 'light', options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, reducedMotion: 'reduce', ...options })
  await context.addInitScript((t) => localStorage.setItem('vitepress-theme-appearance', t), theme)
  return context
}
