/** /data/ shows the reading snippets exactly as the tests run them (tests/export/readers.test.ts). */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_DIR } from '../../scripts/data/load-data.ts'
import { readPackage } from '../../scripts/data/package-schema.ts'
import { duckdbSnippet, pandasSnippet, readrSnippet } from '../../scripts/export/snippets.ts'
import { builtHtml } from './built-site.ts'
import { textContent } from 'domutils'
import { all, byId, docOf } from './html.ts'

const pkg = readPackage(join(DATA_DIR, 'datapackage.json'))
const doc = docOf(builtHtml('data/index.html'))

describe('reading snippets on /data/', () => {
  it.each([
    ['kode-pandas', pandasSnippet()],
    ['kode-duckdb', duckdbSnippet(pkg)],
    ['kode-readr', readrSnippet(pkg)],
  ])('%s shows the code the suite runs, collapsed', (id, code) => {
    const box = byId(doc, id)
    expect(box?.name, id).toBe('details')
    expect(box!.attribs.open).toBeUndefined()
    // Whitespace and all: the code is shown as written, to be copied.
    const shown = all(box!, (e) => e.name === 'code').map((c) => textContent(c))
    expect(shown).toEqual([code])
  })
})
