/**
 * Page-weight budgets (issue 10), in bytes, each response gzip-compressed (zlib level 9) and summed:
 * - a page without an island loads no JavaScript file (the inline script in its HTML is counted
 *   with the HTML);
 * - every page's first visit (HTML, CSS, fonts and any island or search script) ≤ 60 kB;
 * - CSS ≤ 15 kB.
 * Fonts stay at 0: system fonts read well and load at once.
 */
export const BUDGET = {
  /** JavaScript files on a page without an island. */
  jsWithoutIsland: 0,
  /** Everything a first visit transfers. */
  firstVisit: 60_000,
  css: 15_000,
  font: 0,
} as const
