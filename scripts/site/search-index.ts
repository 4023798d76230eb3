/**
 * The search index: Pagefind reads the built HTML (only the content of pages the registry marks
 * `search: true`, which the layout tags `data-pagefind-body`) and writes its index and UI to
 * `<site>/pagefind/`. It stems from each page's `lang`; the build stops if that language gets no
 * stemmer (Pagefind's entry file then names the `unknown` wasm), so "initiativerne" keeps finding
 * "initiativ".
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as pagefind from 'pagefind'

export async function writeSearchIndex(site: string): Promise<{ pages: number; languages: string[] }> {
  try {
    const { index, errors } = await pagefind.createIndex({})
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: site })
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
    if (added.page_count === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from the layout?')
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string; page_count: number }> }
    const unstemmed = Object.entries(entry.languages).filter(([, l]) => l.wasm === 'unknown').map(([code]) => code)
    if (unstemmed.length) throw new Error(`Pagefind has no stemmer for the page language ${unstemmed.join(', ')}; set lang to one it stems, e.g. "da-DK".`)
    return { pages: added.page_count, languages: Object.keys(entry.languages) }
  } finally {
    await pagefind.close()
  }
}
