import type { Plugin } from 'vite'

/**
 * The default theme hard-codes a few English labels for screen readers that its config cannot
 * change, and one accessibility flaw. This rewrites them in the theme's own source before Vue
 * compiles it, so the server's HTML and the browser's render carry the same result. A rewrite
 * that no longer matches (a VitePress upgrade) stops the build rather than passing silently.
 */
const STRINGS: Record<string, [string, string][]> = {
  'VPNavBarMenu.vue': [['Main Navigation', 'Hovedmenu']],
  'VPSidebar.vue': [['Sidebar Navigation', 'Sidemenu']],
  'VPNavBarExtra.vue': [['label="extra navigation"', 'label="Flere valg"']],
  'VPNavBarHamburger.vue': [['aria-label="mobile navigation"', 'aria-label="Menu"']],
  'VPDocFooter.vue': [['>Pager<', '>Forrige og næste side<']],
  // A sidebar group that cannot collapse is a heading, not a button: the theme makes it a focusable
  // role="button" around an <h2>, which is invalid HTML and a dead tab stop.
  'VPSidebarItem.vue': [
    ["const itemRole = computed(() => (isLink.value ? undefined : 'button'))", "const itemRole = computed(() => (isLink.value || !collapsible.value ? undefined : 'button'))"],
    [':tabindex="item.items && 0"', ':tabindex="collapsible && item.items ? 0 : undefined"'],
    ['aria-label="toggle section"', 'aria-label="Fold afsnittet ud eller ind"'],
  ],
}

export function patchThemeStrings(): Plugin {
  return {
    name: 'nsk-danish-theme-strings',
    enforce: 'pre',
    transform(code, id) {
      // Only the whole SFC; its ?vue&type=… parts are cut from it afterwards.
      if (id.includes('?') || !id.includes('theme-default/components/')) return null
      const file = id.split('/').pop()!
      if (!STRINGS[file]) return null
      let out = code
      for (const [from, to] of STRINGS[file]!) {
        if (!out.includes(from)) this.error(`${file}: expected the theme string ${JSON.stringify(from)} to translate, found none (did VitePress change?)`)
        out = out.replace(from, to)
      }
      return { code: out, map: null }
    },
  }
}

/** Header permalinks with a Danish label (the theme's own says "Permalink to"). */
export function danishPermalink(slug: string, _opts: unknown, state: { tokens: { content: string; children: unknown[] | null }[]; Token: new (type: string, tag: string, nesting: number) => { attrs: [string, string][] | null; content: string } }, idx: number): void {
  // The heading's text, without a custom anchor written as {#id}.
  const title = state.tokens[idx + 1]!.content.replace(/\s*\{#[^}]*\}\s*$/, '')
  const open = new state.Token('link_open', 'a', 1)
  open.attrs = [['class', 'header-anchor'], ['href', `#${slug}`], ['aria-label', `Direkte link til »${title}«`]]
  const symbol = new state.Token('html_inline', '', 0)
  symbol.content = '&ZeroWidthSpace;'
  const space = new state.Token('text', '', 0)
  space.content = ' '
  state.tokens[idx + 1]!.children!.push(space, open, symbol, new state.Token('link_close', 'a', -1))
}
