/**
 * The one axe configuration of the browser tests: the WCAG 2.0 and 2.1 A and AA rules, and
 * landmark-unique (tagged best-practice, so the tags alone leave it out): two landmarks with the
 * same name, such as two sources titled alike on /kilder, cannot be told apart by a screen reader;
 * and label-title-only (best-practice too): a field named by its title alone, as Pagefind's search
 * box is until /sog labels it with its heading.
 *
 * What makes axe slow here is not the audit. AxeBuilder injects axe-core's 1.5 MB source with
 * every analyze(), and once more into a blank page where it merges the frames' results; that costs
 * more CPU than auditing most pages. So axe-core is injected once per loaded page (through the
 * DevTools protocol, which compiles it a third as costly as page.evaluate), every run on that page
 * reuses it, and AxeBuilder runs in legacy mode (axe.run in the page, no blank page). Legacy mode
 * leaves out cross-origin frames only; `runAxe` fails on a page with any frame at all. Only
 * violations are asked for in full (`resultTypes`): axe still runs every rule, but does not build a
 * selector for every element that passed.
 */
import { AxeBuilder } from '@axe-core/playwright'
import axe from 'axe-core'
import type { Page } from 'playwright-core'

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
export const EXTRA_RULES = ['landmark-unique', 'label-title-only']

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>

/** What AxeBuilder evaluates in place of axe-core's source: a check that the page has it already. */
const AXE_PRESENT = `if (typeof window.axe?.run !== 'function') throw new Error('axe-core is not in the page')`

/**
 * Runs axe with the rules above on `page` (on the elements that match `include`, if given) and
 * returns its results. Injects axe-core first if this document does not have it yet.
 */
export async function runAxe(page: Page, include: string[] = []): Promise<AxeResults> {
  const frames = page.frames().map((f) => f.url())
  if (frames.length !== 1) throw new Error(`The page has frames (${frames.slice(1).join(', ')}): run axe on them as AxeBuilder does without legacy mode`)
  if (!(await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object'))) {
    const cdp = await page.context().newCDPSession(page)
    try {
      const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: axe.source })
      if (exceptionDetails) throw new Error(`axe-core did not load: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
    } finally {
      await cdp.detach()
    }
  }
  const builder = new AxeBuilder({ page, axeSource: AXE_PRESENT })
    .setLegacyMode(true)
    .options({
      runOnly: { type: 'tag', values: TAGS },
      rules: Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }])),
      resultTypes: ['violations'],
    })
  for (const selector of include) builder.include(selector)
  return builder.analyze()
}

/** Each violation as a readable line: the rule, its impact, what to fix, and up to 10 elements that break it. */
export const axeReport = ({ violations }: AxeResults) =>
  violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: `${v.help} (${v.helpUrl})`,
    targets: v.nodes.slice(0, 10).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  }))
