/**
 * Two more rule engines beside axe (issue 22), each injected into the loaded page as axe is (its
 * source evaluated once per document through the DevTools protocol; both run offline, from npm):
 * - HTML_CodeSniffer (`html_codesniffer`), standard WCAG2AA: its errors (type 1) are failures;
 *   warnings and notices ask for a person's judgement and are not counted;
 * - IBM's Equal Access engine (`accessibility-checker-engine`), rule set WCAG_2_2: results whose rule
 *   is a violation and whose outcome is FAIL are failures; "potential" violations (POTENTIAL) and
 *   recommendations are reviewed by hand (see /om and the issue's closing note), not counted.
 * The engines see different things: HTML_CodeSniffer finds a form without a submit button (3.2.2),
 * IBM's finds targets under 24 × 24 px too close together (2.5.8) and an unnamed complementary landmark.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const HTMLCS_SOURCE = readFileSync(require.resolve('html_codesniffer/build/HTMLCS.js'), 'utf8')
const ACE_SOURCE = readFileSync(require.resolve('accessibility-checker-engine/ace.js'), 'utf8')

/** Evaluates `source` in the page's main world unless `present` (an expression) is already true there. */
async function inject(page: Page, present: string, source: string, name: string): Promise<void> {
  if (await page.evaluate(present)) return
  const cdp = await page.context().newCDPSession(page)
  try {
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', { expression: source })
    if (exceptionDetails) throw new Error(`${name} did not load: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
  } finally {
    await cdp.detach()
  }
}

/** HTML_CodeSniffer's errors at WCAG2AA on the page as it is now, one readable line each. */
export async function htmlcsErrors(page: Page): Promise<string[]> {
  await inject(page, `typeof window.HTMLCS?.process === 'function'`, HTMLCS_SOURCE, 'HTML_CodeSniffer')
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const w = window as unknown as { HTMLCS: { process(standard: string, doc: Document, done: () => void, failed: () => void, lang: string): void; getMessages(): { type: number; code: string; msg: string; element: Element }[] } }
        w.HTMLCS.process(
          'WCAG2AA',
          document,
          () => {
            const where = (el: Element) => `${el.tagName?.toLowerCase() ?? '#document'}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`
            resolve(w.HTMLCS.getMessages().filter((m) => m.type === 1).map((m) => `${m.code}: ${m.msg} — ${where(m.element)}`))
          },
          () => reject(new Error('HTML_CodeSniffer failed')),
          'en',
        )
      }),
  )
}

export interface IbmFinding { rule: string; outcome: string; message: string; where: string }

/** IBM Equal Access (WCAG_2_2): its violations, and its potential violations to review. */
export async function ibmFindings(page: Page): Promise<{ violations: IbmFinding[]; potential: IbmFinding[] }> {
  await inject(page, `typeof window.ace?.Checker === 'function'`, ACE_SOURCE, 'accessibility-checker-engine')
  return page.evaluate(async () => {
    type Result = { ruleId: string; value: [string, string]; message: string; path: { dom: string } }
    const w = window as unknown as { ace: { Checker: new () => { check(doc: Document, rulesets: string[]): Promise<{ results: Result[] }> } } }
    const report = await new w.ace.Checker().check(document, ['WCAG_2_2'])
    const finding = (r: Result) => ({ rule: r.ruleId, outcome: r.value.join('/'), message: r.message, where: r.path.dom })
    return {
      violations: report.results.filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL').map(finding),
      potential: report.results.filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'POTENTIAL').map(finding),
    }
  })
}
