import { createSSRApp, type Component } from 'vue'

/** In the browser: hydrates every element `<NskIsland name>` wrote, with the props it wrote. */
export function hydrate(name: string, component: Component): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-island="${name}"]`)) {
    createSSRApp(component, JSON.parse(el.dataset.props ?? '{}') as Record<string, unknown>).mount(el)
  }
}
