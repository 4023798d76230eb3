import { UI } from '../scripts/site/ui.ts'
import { langOfRoute } from './pages.ts'

/** Header permalinks labelled in the page's language (markdown-it-anchor's own says "Permalink to"; VitePress gives env.relativePath). */
export function danishPermalink(slug: string, _opts: unknown, state: { env?: { relativePath?: string }; tokens: { content: string; children: unknown[] | null }[]; Token: new (type: string, tag: string, nesting: number) => { attrs: [string, string][] | null; content: string } }, idx: number): void {
  // The heading's text, without a custom anchor written as {#id}.
  const title = state.tokens[idx + 1]!.content.replace(/\s*\{#[^}]*\}\s*$/, '')
  const open = new state.Token('link_open', 'a', 1)
  // A pointer's shortcut only: hidden from screen readers and out of the Tab order, so the heading's
  // accessible name is its text alone (a named link inside it was read as part of the heading), and
  // no focus lands on a "#" drawn in the margin. Keyboard users reach every heading from the
  // contents list ("På denne side"), whose links are the same addresses.
  open.attrs = [['class', 'header-anchor'], ['href', `#${slug}`], ['aria-hidden', 'true'], ['tabindex', '-1'], titleAttribute(UI[langOfRoute(state.env?.relativePath ?? '')].directLink, title)]
  const space = new state.Token('text', '', 0)
  space.content = ' '
  // No text inside (CSS draws the #), so search titles and excerpts get none either.
  state.tokens[idx + 1]!.children!.push(space, open, new state.Token('link_close', 'a', -1))
}

/**
 * The link's title. A heading whose figures come from the page's data ("Fra {{ data.fourteen.count }}
 * til …") gets it as a Vue binding, so the title says the figures too, not the expressions.
 */
export function titleAttribute(label: (title: string) => string, title: string): [string, string] {
  const parts = title.split(/\{\{([^]*?)\}\}/)
  if (parts.length === 1) return ['title', label(title)]
  // The label made around numbered holes, then each hole a ${…} of a template literal (null shows
  // as nothing, as in {{ }}).
  const hole = (i: number) => `\u0000${i}\u0000`
  const labelled = label(parts.map((p, i) => (i % 2 ? hole((i - 1) / 2) : p)).join(''))
  const expressions = parts.filter((_, i) => i % 2).map((e) => e.trim())
  const literal = labelled.split(/\u0000(\d+)\u0000/).map((p, i) => (i % 2 ? `\${(${expressions[Number(p)]}) ?? ''}` : p.replace(/[\\`$]/g, '\\$&'))).join('')
  return [':title', `\`${literal}\``]
}
