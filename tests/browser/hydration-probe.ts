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
        const where = r.target instanceof Element ? r.target.tagName : r.target.parentElement?.tagName
        mutations.push(`${r.type}${r.attributeName ? ` ${r.attributeName}` : ''} on <${where}>`)
      }
    })
    for (const svg of svgs) observer.observe(svg, { subtree: true, childList: true, attributes: true, characterData: true })
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
