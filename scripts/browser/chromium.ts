/** Debian's Chromium, driven headless with the team's fixed flags (no sandbox in containers, nothing phoning home). */
import { chromium, type Browser, type BrowserServer } from 'playwright-core'

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
