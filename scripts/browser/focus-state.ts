import type { Page } from 'playwright-core'

export interface FocusState {
  tag: string
  /** Something else is drawn over the focused element's centre. */
  covered: boolean
  /** Outside the viewport: the browser scrolls focus into view, so this is where it could not reach. */
  offscreen: boolean
  /** What covers it, for the message. */
  by: string
  name: string
  /** Focus is on the menu's "Menu" button. */
  menu: boolean
}

/** Where the focused element is, and whether something else is drawn over its centre (WCAG 2.4.11). */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement
    const menu = el?.matches('details.menu > summary') ?? false
    if (!el || el === document.body) return { tag: 'body', covered: false, offscreen: false, by: '', name: 'body', menu }
    const r = el.getBoundingClientRect()
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`
    const offscreen = r.right <= 0 || r.bottom <= 0 || r.left >= innerWidth || r.top >= innerHeight || r.left < -1
    const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1)
    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1)
    const hit = document.elementFromPoint(x, y)
    const covered = !offscreen && !(hit && (hit === el || el.contains(hit) || hit.contains(el)))
    const by = hit && covered ? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')} "${(hit.textContent ?? '').trim().slice(0, 30)}"` : ''
    return { tag: el.tagName.toLowerCase(), covered, offscreen, by, name, menu }
  })
}
