/**
 * Once per `vitest run` of the browser tests: serve the site that tests/build-setup.ts built for
 * this run (it runs first), and start one Chromium that every test file connects to. Both are
 * stopped when the run ends.
 */
import type { TestProject } from 'vitest/node'
import { launchChromiumServer } from '../../scripts/browser/chromium.ts'
import { assertBuilt } from '../../scripts/browser/site-pages.ts'
import { serveStatic } from '../../scripts/browser/static-server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served site, e.g. http://127.0.0.1:41234 (no trailing slash). */
    siteUrl: string
    /** Where test files connect to the shared Chromium. */
    browserWsEndpoint: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = project.getProvidedContext().distDir
  assertBuilt(distDir)
  const server = await serveStatic(distDir)
  let browser
  try {
    browser = await launchChromiumServer()
  } catch (e) {
    await server.close()
    throw new Error(`Could not start Chromium (${(e as Error).message.split('\n')[0]}). Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`)
  }
  project.provide('siteUrl', server.url)
  project.provide('browserWsEndpoint', browser.wsEndpoint())
  return async () => {
    await browser.close()
    await server.close()
  }
}
