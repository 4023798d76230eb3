/**
 * Once per `vitest run` of the browser tests: take a copy of the built site (so a rebuild during
 * the run cannot swap files under the tests), serve it, and start one Chromium that every test
 * file connects to. All of it is stopped and removed when the run ends.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { launchChromiumServer } from '../../scripts/browser/chromium.ts'
import { assertBuilt, DIST } from '../../scripts/browser/site-pages.ts'
import { serveStatic } from '../../scripts/browser/static-server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served site, e.g. http://127.0.0.1:41234 (no trailing slash). */
    siteUrl: string
    /** Where test files connect to the shared Chromium. */
    browserWsEndpoint: string
    /** The copy of .vitepress/dist that is served and tested. */
    distDir: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertBuilt()
  const distDir = mkdtempSync(join(tmpdir(), 'nsk-site-'))
  cpSync(DIST, distDir, { recursive: true })
  assertBuilt(distDir)
  const server = await serveStatic(distDir)
  let browser
  try {
    browser = await launchChromiumServer()
  } catch (e) {
    await server.close()
    rmSync(distDir, { recursive: true, force: true })
    throw new Error(`Could not start Chromium (${(e as Error).message.split('\n')[0]}). Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`)
  }
  project.provide('siteUrl', server.url)
  project.provide('browserWsEndpoint', browser.wsEndpoint())
  project.provide('distDir', distDir)
  return async () => {
    await browser.close()
    await server.close()
    rmSync(distDir, { recursive: true, force: true })
  }
}
