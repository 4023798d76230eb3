/**
 * Page-weight budgets: the JavaScript, CSS and fonts one page loads, each response gzip-compressed
 * (zlib level 9) and summed, in bytes. Measured on the built site and set about 20 % above the
 * heaviest page, so a real increase fails the build and is a decision, not an accident.
 * Prefetches of linked pages (VitePress, when idle) are not part of a page's own load.
 *
 * Measured (1280 px, light) on the site of 22 November 2026, 11 pages:
 *   JS 63 266 (/om) … 80 875 (/data) · CSS 22 154 on every page · fonts 0 on every page.
 */
export interface Budget {
  js: number
  css: number
  /** 0: the theme is imported without its web fonts on purpose; system fonts load at once. */
  font: number
}

/** Every page, unless `PAGE_BUDGETS` names it. */
export const DEFAULT_BUDGET: Budget = { js: 97_000, css: 26_500, font: 0 }

/** Pages that need more (or are held to less) than the default, by route, with why. None yet. */
export const PAGE_BUDGETS: Record<string, Budget> = {}

export const budgetFor = (route: string): Budget => PAGE_BUDGETS[route] ?? DEFAULT_BUDGET
