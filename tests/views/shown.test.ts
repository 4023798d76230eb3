/**
 * A view builds what its page shows, and nothing more: every part of a page's view that has a value
 * is named by the template that renders it (or, for a page's description, by its route file). A list
 * built for a page that never shows it fails here (the English sources page once received every
 * source's figures and statuses, which only the Danish page lists). Templates are read as text.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'
import { regionViewEn } from '../../scripts/site/en/views/kommuner.ts'
import { sourcesView } from '../../scripts/site/views/kilder.ts'

const t = loadData()
const read = (...files: string[]) => files.map((f) => readFileSync(f, 'utf8')).join('\n')

/** The keys of `parts` that have a value on some part and that the templates never name as `<name>.<key>`. */
export function unshown(parts: object[], templates: string, name: string): string[] {
  const keys = [...new Set(parts.flatMap((p) => Object.entries(p).filter(([, v]) => v !== null && v !== undefined).map(([k]) => k)))]
  return keys.filter((k) => !new RegExp(`\\b${name}\\.${k}\\b`).test(templates))
}

describe('each view holds only what its page shows', () => {
  it('/en/sources: each source', () => {
    expect(unshown(sourcesView(t, 'en').sources, read('docs/en/sources.md'), 's')).toEqual([])
  })
  it('/kilder: each source', () => {
    expect(unshown(sourcesView(t, 'da').sources, read('components/NskSourceList.vue'), 's')).toEqual([])
  })
  it.each(t.regions.map((r) => [r.region, r.regionskode] as const))('/en/regions/: %s', (_name, code) => {
    const templates = read('docs/en/regions/[region].md', 'docs/en/regions/[region].paths.ts')
    expect(unshown([regionViewEn(t, code)], templates, '(?:v|view)')).toEqual([])
  })
  it('finds a part no template names (the helper itself)', () => {
    expect(unshown([{ a: 1, b: [], c: null }], '{{ s.a }}', 's')).toEqual(['b'])
  })
})
