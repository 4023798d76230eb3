/**
 * Runs in the page before any of its scripts (playwright addInitScript): when the parser has
 * built the server's DOM, and before VitePress's module scripts run, it keeps a reference to every
 * SVG in the content and watches them. A chart that Vue re-creates or patches on the client shows
 * up as a detached node or a mutation: the chart was not really server-rendered, or hydration
 * disagreed with the server.
 */
declare global {
  interface Window {
    __nskServerSvgs?: SVGSVGElement[]
    __nskSvgMutations?: string[]
  }
}

export function hydrationProbe(): void {
  const start = () => {
    const svgs = [...document.querySelectorAll<SVGSVGElement>('.vp-doc svg')]
    const mutations: string[] = []
    window.__nskServerSvgs = svgs
    window.__nskSvgMutations = mutations
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement
        if (r.type === 'attributes') {
          // Vue 3.5 sets dynamic attributes again while hydrating, to the same value: harmless.
          const now = el?.getAttribute(r.attributeName ?? '') ?? null
          if (now === r.oldValue) continue
          mutations.push(`<${el?.tagName}> ${r.attributeName}: ${JSON.stringify(r.oldValue)} → ${JSON.stringify(now)}`)
        } else if (r.type === 'characterData') {
          if (r.target.textContent === r.oldValue) continue
          mutations.push(`text in <${el?.tagName}>: ${JSON.stringify(r.oldValue)} → ${JSON.stringify(r.target.textContent)}`)
        } else {
          mutations.push(`<${el?.tagName}>: ${r.addedNodes.length} node(s) added, ${r.removedNodes.length} removed`)
        }
      }
    })
    const watch = { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true }
    for (const svg of svgs) observer.observe(svg, watch)
  }
  // 'interactive': parsing is done and deferred/module scripts have not run yet.
  document.addEventListener('readystatechange', () => document.readyState === 'interactive' && start())
}

/** In the page after hydration: what happened to the server's SVGs. */
export function hydrationReport(): { serverSvgs: number; detached: string[]; mutations: string[] } {
  const svgs = window.__nskServerSvgs ?? []
  return {
    serverSvgs: svgs.length,
    detached: svgs.filter((s) => !s.isConnected).map((s) => s.getAttribute('aria-labelledby') ?? s.querySelector('title')?.textContent ?? s.outerHTML.slice(0, 80)),
    mutations: (window.__nskSvgMutations ?? []).slice(0, 20),
  }
}
