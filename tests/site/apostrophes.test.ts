/**
 * The English pages write one apostrophe, the typographic ’, in their own text, their interface
 * and the data's English (tests/data/apostrophes.test.ts checks the columns themselves). What is
 * Danish (lang="da": quotations, places in the sources, Danish names) and code are left as they are.
 */
import type { AnyNode } from 'domhandler'
import { describe, expect, it } from 'vitest'
import { builtHtml, ENGLISH_PAGES } from './built-site.ts'
import { parseDocument } from 'htmlparser2'
import { isTag } from './html.ts'

const SKIP = new Set(['script', 'style', 'code', 'pre', 'svg'])

/** The page's English text (its head's title and description too), without what is Danish or code. */
function englishText(nodes: AnyNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.type === 'text') out.push((n as unknown as { data: string }).data)
    else if (isTag(n)) {
      if (SKIP.has(n.name) || n.attribs.lang === 'da') continue
      if (n.name === 'meta' && n.attribs.content && /description|title/.test(n.attribs.name ?? n.attribs.property ?? '')) out.push(n.attribs.content)
      for (const a of ['aria-label', 'title', 'alt']) if (n.attribs[a]) out.push(n.attribs[a]!)
      englishText(n.children, out)
    }
  }
  return out
}

describe.each(ENGLISH_PAGES.map((p) => [p.route, p.file] as const))('%s', (_route, file) => {
  it('writes ’, never \' as an apostrophe', () => {
    const text = englishText(parseDocument(builtHtml(file)).children).join(' ')
    expect([...text.matchAll(/.{0,30}\p{L}'.{0,10}/gu)].map((m) => m[0])).toEqual([])
  })
})

it('the check reads text, attributes and the head, and leaves Danish and code alone (the helper itself)', () => {
  const doc = parseDocument(`<html><head><meta name="description" content="The minister's letter"></head><body><p aria-label="a kommune's page">x</p><q lang="da">app'en</q><code>f'x'</code><p>the plan's aim</p></body></html>`)
  expect(englishText(doc.children)).toEqual(["The minister's letter", "a kommune's page", 'x', "the plan's aim"])
})
