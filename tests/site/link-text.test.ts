/**
 * Every link says where it leads (WCAG 2.4.9, and Lighthouse's "link-text" audit, which cost /en/ its
 * SEO score): no link whose whole text is a generic phrase. The phrases are written here by hand,
 * in both languages.
 */
import { describe, expect, it } from 'vitest'
import { htmlFiles } from '../../scripts/browser/site-pages.ts'
import { builtHtml, DIST } from './built-site.ts'

const GENERIC = new Set(['her', 'klik her', 'læs mere', 'læs mere her', 'mere', 'se mere', 'link', 'here', 'click here', 'read more', 'more', 'learn more', 'see more', 'more info', 'this', 'go', 'start'])

describe('link texts say where they lead', () => {
  const files = htmlFiles(DIST)
  it.each(files)('%s', (file) => {
    const generic = [...builtHtml(file).matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/g)]
      .filter((m) => !/aria-label=/.test(m[0].slice(0, m[0].indexOf('>'))))
      .map((m) => m[1]!.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim())
      .filter((t) => GENERIC.has(t.toLowerCase()))
    expect(generic).toEqual([])
  })
})
