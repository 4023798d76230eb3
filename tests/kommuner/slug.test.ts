/**
 * Every kommune's and region's address, written out by hand (tests/kommuner/slugs.ts): a change to
 * the slug function that moves any page (a Danish letter folded another way, a hyphen lost) fails
 * here, by name; tests/site/pages.test.ts finds exactly these pages in the build.
 * The names are read from data/kommuner.csv and data/regions.csv by the test itself.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { foldDanish, slugOf } from '../../scripts/site/slug.ts'
import { KOMMUNER, REGIONER } from './slugs.ts'

const DATA = join(import.meta.dirname, '..', '..', 'data')
const column = (file: string, name: string) =>
  Papa.parse<Record<string, string>>(readFileSync(join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => r[name]!)

describe('slugs', () => {
  it('the table names exactly the 98 kommuner and 5 regions in data/', () => {
    expect(Object.keys(KOMMUNER)).toHaveLength(98)
    expect(column('kommuner.csv', 'kommune').sort()).toEqual(Object.keys(KOMMUNER).sort())
    expect(column('regions.csv', 'region').sort()).toEqual(Object.keys(REGIONER).sort())
  })
  it.each(Object.entries({ ...KOMMUNER, ...REGIONER }))('%s → %s', (name, slug) => {
    expect(slugOf(name)).toBe(slug)
  })
  it('gives every page its own address', () => {
    expect(new Set(Object.values(KOMMUNER)).size).toBe(98)
  })
  it('folds capital and small Danish letters and drops other accents, spaces and punctuation', () => {
    expect(foldDanish('Ærø Ødsted Åby æøå')).toBe('Aeroe Oedsted Aaby aeoeaa')
    expect(foldDanish('Café Müller')).toBe('Cafe Muller')
    expect(slugOf('  Ny by – Øst ')).toBe('ny-by-oest')
    expect(slugOf('Region Øresund')).toBe('oeresund')
  })
})
