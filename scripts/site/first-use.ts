import { Parser } from 'htmlparser2'
import { termPattern } from './terms.ts'

/** A glossary term as the pages link it: its id, the label it has in the glossary and its address there. */
export interface LinkedTerm {
  id: string
  term: string
  href: string
}

// Where a term is never linked: it is a link, heading, quotation, code, control, chart or table
// already, or text that is hidden, part of the page's word list, source list or a source's
// disclosure (document titles are names, as their publishers wrote them), or text to copy
// as it stands (`data-no-terms`, e.g. the citation of the data).
const SKIP_TAGS = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'q', 'blockquote', 'code', 'pre', 'summary', 'svg', 'script', 'style', 'button', 'label', 'table', 'figure', 'sup', 'dt', 'select', 'textarea', 'template'])
const SKIP_CLASSES = ['NskWords', 'NskPageSources', 'NskCitation', 'visually-hidden', 'sr-only']

interface Open { skip: boolean; doc: boolean; folded: boolean }

/**
 * Links the first use of each term in the page's content (`.vp-doc`) to its entry in the glossary,
 * so a reader can look up a word where the page first uses it. Only that one occurrence is linked:
 * the first one in view when the page opens, or, for a term used only in closed disclosures
 * (`<details>` without `open`), the first one there. The HTML is changed only by inserting the
 * links: everything else stays byte for byte, and an island (`data-island`), whose markup its
 * script must find as rendered, is left alone.
 */
export function linkFirstUse(html: string, terms: LinkedTerm[]): string {
  const inView = linkIn(html, terms, false)
  return linkIn(inView.html, inView.left, true).html
}

/** The first match at or after `from` that lies outside every range in `skip`. */
function findOutside(re: RegExp, text: string, from: number, skip: readonly (readonly [number, number])[]): RegExpExecArray | null {
  // Searched in the whole text from `from`, so the pattern sees the letter before a match.
  re.lastIndex = from
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length
    const inside = skip.find(([a, b]) => m!.index < b && end > a)
    if (!inside) return m
    re.lastIndex = inside[1]
  }
  return null
}

function linkIn(html: string, terms: LinkedTerm[], inFolded: boolean): { html: string; left: LinkedTerm[] } {
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
        const folded = (parent?.folded ?? false) || (name === 'details' && !('open' in attribs))
        stack.push({ skip, doc: (parent?.doc ?? false) || classes.includes('vp-doc'), folded })
      },
      onclosetag() {
        stack.pop()
      },
      ontext() {
        const top = stack.at(-1)
        if (!top?.doc || top.skip || top.folded !== inFolded || !left.length) return
        const start = parser.startIndex
        const raw = html.slice(start, parser.endIndex + 1)
        // A quotation inside the text (»…«, "…", or the end of one begun before) stays as the source wrote it.
        const quoted = [...raw.matchAll(/^[^»«]*«|»[^«]*«?|"[^"]*"?|&quot;(?:(?!&quot;).)*(?:&quot;)?/gs)].map((m) => [m.index, m.index + m[0].length] as const)
        let from = 0
        for (;;) {
          let best: { k: number; index: number; match: string } | null = null
          for (const [k, t] of left.entries()) {
            const m = findOutside(t.re, raw, from, quoted)
            if (m && (!best || m.index < best.index)) best = { k, index: m.index, match: m[0] }
          }
          if (!best) break
          const t = left.splice(best.k, 1)[0]!
          inserts.push({ at: start + best.index, end: start + best.index + best.match.length, text: `<a class="term" href="${t.href}">${best.match}</a>` })
          from = best.index + best.match.length
        }
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
  let out = html
  for (const i of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, i.at) + i.text + out.slice(i.end)
  return { html: out, left: left.map(({ re: _re, ...t }) => t) }
}
