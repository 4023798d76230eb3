/**
 * Once per `vitest run` of the browser tests: serve the site that tests/build-setup.ts built for
 * this run (it runs first; served from a private copy, so nothing can swap files under the tests)
 * and start one Chromium that every test file connects to. All of it is stopped and removed when
 * the run ends.
 */
import type { TestProject } from 'vitest/node'
import { launchChromiumServer } from '../../scripts/browser/chromium.ts'
import { serveSite } from '../../scripts/browser/serve-site.ts'
import { assertBuilt } from '../../scripts/browser/site-pages.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served site, e.g. http://127.0.0.1:41234 (no trailing slash). */
    siteUrl: string
    /** Where test files connect to the shared Chromium. */
    browserWsEndpoint: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const built = project.getProvidedContext().distDir
  assertBuilt(built)
  const site = await serveSite(built)
  assertBuilt(site.root)
  let browser
  try {
    browser = await launchChromiumServer()
  } catch (e) {
    await site.close()
    throw new Error(`Could not start Chromium (${(e as Error).message.split('\n')[0]}). Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`)
  }
  project.provide('siteUrl', site.url)
  project.provide('browserWsEndpoint', browser.wsEndpoint())
  project.provide('distDir', site.root)
  return async () => {
    await browser.close()
    await site.close()
  }
}
