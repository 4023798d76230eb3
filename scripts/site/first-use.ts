import { Parser } from 'htmlparser2'
import { termPattern } from './terms.ts'

/** A glossary term as the pages link it: its id, the label it has in the glossary and its address there. */
export interface LinkedTerm {
  id: string
  term: string
  href: string
}

// Where a term is never linked: it is a link, heading, quotation, code, control, chart or table
// already, or text that is hidden, part of the page's word list and source list, or text to copy
// as it stands (`data-no-terms`, e.g. the citation of the data).
const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'q', 'blockquote', 'code', 'pre', 'summary', 'svg', 'script', 'style', 'button', 'label', 'table', 'figure', 'sup', 'dt', 'select', 'textarea', 'template'])
const SKIP_CLASSES = ['NskWords', 'NskPageSources', 'visually-hidden', 'sr-only']

interface Open { name: string; skip: boolean; doc: boolean }

/**
 * Links the first use of each term in the page's content (`.vp-doc`) to its entry in the glossary,
 * so a reader can look up a word where the page first uses it. Only that one occurrence is linked.
 * The HTML is changed only by inserting the links: everything else stays byte for byte, and an
 * island (`data-island`), whose markup its script must find as rendered, is left alone.
 */
export function linkFirstUse(html: string, terms: LinkedTerm[]): string {
  const left = terms.map((t) => ({ ...t, re: termPattern(t.term) }))
  const inserts: { at: number; end: number; text: string }[] = []
  const stack: Open[] = []
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = stack.at(-1)
        const classes = (attribs.class ?? '').split(/\s+/)
        const skip =
          (parent?.skip ?? false) || SKIP_TAGS.has(name) || 'data-island' in attribs || 'data-no-terms' in attribs || attribs['aria-hidden'] === 'true' || 'hidden' in attribs || SKIP_CLASSES.some((c) => classes.includes(c))
        stack.push({ name, skip, doc: (parent?.doc ?? false) || classes.includes('vp-doc') })
      },
      onclosetag() {
        stack.pop()
      },
      ontext() {
        const top = stack.at(-1)
        if (!top?.doc || top.skip || !left.length) return
        const start = parser.startIndex
        const raw = html.slice(start, parser.endIndex + 1)
        // A text with a quotation in it (»…«) keeps the quotation as the source wrote it.
        if (/[»«"]|&quot;/.test(raw)) return
        let from = 0
        for (;;) {
          let best: { k: number; index: number; match: string } | null = null
          for (const [k, t] of left.entries()) {
            t.re.lastIndex = 0
            const m = t.re.exec(raw.slice(from))
            if (m && (!best || m.index < best.index)) best = { k, index: m.index, match: m[0] }
          }
          if (!best) break
          const t = left.splice(best.k, 1)[0]!
          const at = start + from + best.index
          inserts.push({ at, end: at + best.match.length, text: `<a class="term" href="${t.href}">${best.match}</a>` })
          from += best.index + best.match.length
        }
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
  let out = html
  for (const i of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, i.at) + i.text + out.slice(i.end)
  return out
}
