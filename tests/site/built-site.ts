import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type ChildNode, type Element, isTag, isText } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import { inject } from 'vitest'
import { type SitePage, sitePages } from '../../scripts/browser/site-pages.ts'
import { INLINE } from './html.ts'

/** The site tests/build-setup.ts built for this test run, from the data as it is now. */
export const DIST = inject('distDir')
if (!DIST) throw new Error('This test reads the built site: add its file to SITE in vitest.config.ts, so that tests/build-setup.ts builds the site for it')

/**
 * The pages of this build, found in it and matched to the page registry (.vitepress/pages.ts), the
 * one list of pages: every page of its own and every kommune and region page. No test lists pages;
 * tests/site/pages.test.ts fails when the build and the registry disagree.
 */
export const PAGES: SitePage[] = sitePages(DIST)
/**
 * The Danish pages: the checks written for Danish text (Danish figures, dates and anchors, the
 * glossary's first uses, the citation oracle) read these; each has an English counterpart that
 * reads ENGLISH_PAGES (and tests/site/english.test.ts compares each English page with its twin).
 */
export const DANISH_PAGES: SitePage[] = PAGES.filter((p) => (p.entry.lang ?? 'da') === 'da')
/** The English pages (/en/): the same checks, with English numbers, dates and ids written by hand in the tests. */
export const ENGLISH_PAGES: SitePage[] = PAGES.filter((p) => p.entry.lang === 'en')

export function builtHtml(file: string): string {
  const path = join(DIST, file)
  if (!existsSync(path)) throw new Error(`${path} is missing: the build made no such page`)
  return readFileSync(path, 'utf8')
}

/** The text of the page's content area, without scripts, styles and elements marked data-figure-exempt. */
export function contentText(html: string): string {
  const doc = parseDocument(html)
  const out: string[] = []
  const walk = (nodes: ChildNode[], inContent: boolean) => {
    for (const n of nodes) {
      if (isText(n)) {
        if (inContent) out.push(n.data)
      } else if (isTag(n)) {
        const el = n as Element
        if (el.name === 'script' || el.name === 'style' || 'data-figure-exempt' in el.attribs) continue
        const content = inContent || (el.attribs.class ?? '').split(/\s+/).includes('vp-doc')
        const block = !INLINE.has(el.name)
        if (block) out.push(' ')
        walk(el.children, content)
        if (block) out.push(' ')
      }
    }
  }
  walk(doc.children, false)
  return out.join('').replace(/\s+/g, ' ')
}

/** Number tokens as a Danish reader sees them: "2.000" → 2000, "73,4" → 73.4; digits glued to letters (FL21) are names, not figures. */
export function figuresIn(text: string): number[] {
  // A number after "letters-" is part of a name too (SHA-256, COVID-19).
  const before = '(?<![\\p{L}\\d.,])(?<!\\p{L}-)'
  const re = new RegExp(`${before}\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?![\\p{L}\\d])|${before}\\d+(?:,\\d+)?(?![\\p{L}\\d])`, 'gu')
  const tokens = text.match(re) ?? []
  return tokens.map((t) => Number(t.replace(/\./g, '').replace(',', '.')))
}
