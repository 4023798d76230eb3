import { type Component, createSSRApp, h } from 'vue'
import { renderToString } from 'vue/server-renderer'
import type { Lang } from '../../scripts/format/locale.ts'
import { LANG } from '../../scripts/site/ui.ts'

/**
 * A component rendered with Vue's server renderer as VitePress does, in a page of `lang`: the HTML
 * without Vue's SSR comments (fragment and v-if markers) and scoped-style ids, which a reader never sees.
 */
export async function render(lang: Lang, component: Component, props: Record<string, unknown>): Promise<string> {
  const app = createSSRApp({ render: () => h(component, props) })
  app.provide(LANG, lang)
  return (await renderToString(app)).replace(/<!--[^]*?-->/g, '').replace(/ data-v-[0-9a-f]+/g, '')
}
