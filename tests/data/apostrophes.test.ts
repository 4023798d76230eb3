/**
 * The English edition writes one apostrophe, the typographic ’ (the minister’s letter, the
 * kommuner’s plans), as its own page text does; the straight ' is the other kind. Every `_en`
 * column of every table and every English description in datapackage.json (the English Data page
 * shows them) uses ’. The Danish columns and the quotations of the sources are not touched.
 * The files are read here, by this test; tests/site/apostrophes.test.ts checks the built English pages.
 */
import { readdirSync, readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

const DATA = 'data'
const files = readdirSync(DATA).filter((f) => f.endsWith('.csv')).sort()

/** Every English value with a straight apostrophe, as "file:line:column: value". */
function straightIn(file: string, text = readFileSync(`${DATA}/${file}`, 'utf8')): string[] {
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
  return data.flatMap((row, k) =>
    Object.entries(row)
      .filter(([column, value]) => column.endsWith('_en') && value.includes("'"))
      .map(([column, value]) => `${file}:${k + 2}:${column}: ${value}`),
  )
}

describe('English text in data/ uses ’, never \'', () => {
  it('there are tables with English columns to check', () => {
    expect(files.filter((f) => readFileSync(`${DATA}/${f}`, 'utf8').split('\n')[0]!.includes('_en')).length).toBeGreaterThan(20)
  })

  it.each(files)('%s', (file) => {
    expect(straightIn(file)).toEqual([])
  })

  it('datapackage.json: every English description', () => {
    const found: string[] = []
    const walk = (x: unknown, path: string) => {
      if (Array.isArray(x)) x.forEach((y, k) => walk(y, `${path}[${k}]`))
      else if (x !== null && typeof x === 'object') {
        for (const [k, v] of Object.entries(x)) {
          if (k.endsWith('_en') && typeof v === 'string' && v.includes("'")) found.push(`${path}.${k}: ${v}`)
          walk(v, `${path}.${k}`)
        }
      }
    }
    walk(JSON.parse(readFileSync(`${DATA}/datapackage.json`, 'utf8')), '')
    expect(found).toEqual([])
  })

  it('the check finds a straight apostrophe (the helper itself)', () => {
    const csv = "id,name,name_en\na,Ministerens brev,The minister's letter\nb,Ministerens brev,The minister’s letter\nc,COWI's rapport,COWI’s report\n"
    expect(straightIn('t.csv', csv)).toEqual(["t.csv:2:name_en: The minister's letter"])
  })
})
