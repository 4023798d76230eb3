/**
 * The contents list ("På denne side", theme/PageOutline.vue) names the headings from page.headers,
 * which VitePress takes from the Markdown before Vue renders it. A heading whose figures come from
 * the page's data (`## Fra {{ data.fourteen.count }} til …`) would be listed with its expressions:
 * such an entry gets the text of the rendered heading it links to, figures and all.
 */
export function outlineNamesFromHeadings(html: string, page: string): string {
  return html.replace(/(<a href="#([^"]+)"[^>]*>)([^<]*\{\{[^<]*)(<\/a>)/g, (_, open: string, id: string, _raw: string, close: string) => {
    const heading = new RegExp(`<h([1-6])\\b[^>]*\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([^]*?)</h\\1>`).exec(html)
    if (!heading) throw new Error(`${page}: the contents list links "#${id}" with an expression in its name, and no heading has that id`)
    // The heading's text: its tags (the permalink's <a>, SSR comments) taken out; it is HTML-escaped already.
    const text = heading[2]!.replace(/<!--[^]*?-->/g, '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim()
    if (text.includes('{{')) throw new Error(`${page}: the heading #${id} still shows an expression: ${text}`)
    return `${open}${text}${close}`
  })
}
