/**
 * The one axe configuration of the browser tests: the WCAG 2.0 and 2.1 A and AA rules, and
 * landmark-unique (tagged best-practice, so the tags alone leave it out): two landmarks with the
 * same name, such as two sources titled alike on /kilder, cannot be told apart by a screen reader.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
export const EXTRA_RULES = ['landmark-unique']

/** An AxeBuilder for `page` with the rules above; narrow it with `.include(…)` before `.analyze()`. */
export const axeFor = (page: Page): AxeBuilder =>
  new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: TAGS }, rules: Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }])) })

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>

/** Each violation as a readable line: the rule, its impact, what to fix, and up to 10 elements that break it. */
export const axeReport = ({ violations }: AxeResults) =>
  violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: `${v.help} (${v.helpUrl})`,
    targets: v.nodes.slice(0, 10).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  }))
