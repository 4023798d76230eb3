import type MarkdownIt from 'markdown-it'
import { searchSections } from '../scripts/site/search-sections.ts'

interface Env { relativePath: string; frontmatter?: Record<string, unknown> }

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Renders a page for the local search index: the Markdown as usual, plus the records its
 * components show (directory entries, initiatives, recommendations), each under a heading
 * whose id is the anchor the component gives it, so a hit jumps to the entry.
 */
export function renderForSearch(src: string, env: Env, md: MarkdownIt): string {
  const html = md.render(src, env)
  if (env.frontmatter?.search === false) return ''
  const extra = searchSections(env.relativePath)
    // The heading carries an anchor link, as VitePress's own headings do: that is how its index splits sections.
    .map((s) => `<h2 id="${escapeHtml(s.anchor)}">${escapeHtml(s.title)} <a class="header-anchor" href="#${escapeHtml(s.anchor)}"></a></h2><p>${escapeHtml(s.text)}</p>`)
    .join('')
  return html + extra
}
