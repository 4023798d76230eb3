/**
 * A heading whose figures come from the page's data (`## Fra {{ data.fourteen.count }} til …`)
 * shows them everywhere it is named: its permalink's title is a Vue binding (.vitepress/permalink.ts)
 * and the contents list takes the rendered heading's text (.vitepress/outline-names.ts). Expected
 * strings written by hand; the built pages are checked in tests/site/headings-from-data.test.ts.
 */
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { describe, expect, it } from 'vitest'
import { outlineNamesFromHeadings } from '../../.vitepress/outline-names.ts'
import { titleAttribute } from '../../.vitepress/permalink.ts'
import { UI } from '../../scripts/site/ui.ts'

const da = UI.da.directLink
const en = UI.en.directLink

describe('the permalink title of a heading', () => {
  it('is a plain attribute when the heading is plain text', () => {
    expect(titleAttribute(da, 'Kort fortalt')).toEqual(['title', 'Direkte link til »Kort fortalt«'])
  })
  it('is a binding when the heading holds expressions', () => {
    expect(titleAttribute(da, 'Fra {{ data.fourteen.count }} til {{data.fourteen.launched}} initiativer')).toEqual([
      ':title',
      "`Direkte link til »Fra ${(data.fourteen.count) ?? ''} til ${(data.fourteen.launched) ?? ''} initiativer«`",
    ])
  })
  it('escapes what a template literal would read in the heading’s own text', () => {
    expect(titleAttribute(en, 'Cost in $ and `code` {{ data.x }}')).toEqual([':title', "`Direct link to “Cost in \\$ and \\`code\\` ${(data.x) ?? ''}”`"])
  })
  it('renders with the figures in Vue, and nothing for a missing value', async () => {
    const [name, value] = titleAttribute(en, 'The letter to every kommune, {{ data.letterDate }}')
    const render = (data: object) => renderToString(createSSRApp({ data: () => ({ data }), template: `<a ${name}="${value}"></a>` }))
    expect(await render({ letterDate: '29 June 2020' })).toBe('<a title="Direct link to “The letter to every kommune, 29 June 2020”"></a>')
    expect(await render({ letterDate: null })).toBe('<a title="Direct link to “The letter to every kommune, ”"></a>')
  })
})

describe('the contents list names such a heading by its rendered text', () => {
  const page = (outline: string) =>
    `<main><h2 id="kort-fortalt" tabindex="-1">Kort fortalt <a class="header-anchor" href="#kort-fortalt"></a></h2>` +
    `<h2 id="plan-2016" tabindex="-1">Fra 14 til 22 initiativer <a class="header-anchor" href="#plan-2016" aria-hidden="true" title="Direkte link til »Fra 14 til 22 initiativer«"></a></h2></main>` +
    `<nav class="outline"><ul class="PageOutline">${outline}</ul></nav>`

  it('replaces an entry that shows expressions', () => {
    const html = page('<li><a href="#kort-fortalt">Kort fortalt</a></li><li><a href="#plan-2016">Fra {{ data.fourteen.count }} til {{ data.fourteen.launched }} initiativer</a></li>')
    expect(outlineNamesFromHeadings(html, 'x.md')).toBe(page('<li><a href="#kort-fortalt">Kort fortalt</a></li><li><a href="#plan-2016">Fra 14 til 22 initiativer</a></li>'))
  })
  it('leaves every other entry as it is', () => {
    const html = page('<li><a href="#kort-fortalt">Kort fortalt</a></li>')
    expect(outlineNamesFromHeadings(html, 'x.md')).toBe(html)
  })
  it('stops the build when the entry has no heading to take its name from', () => {
    expect(() => outlineNamesFromHeadings(page('<li><a href="#maal">Mål i {{ data.statusDate }}</a></li>'), 'x.md')).toThrow('x.md: the contents list links "#maal"')
  })
})
