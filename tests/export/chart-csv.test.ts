import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { chartCsv, writeChartCsv } from '../../scripts/export/chart-csv.ts'

const SOURCE = 'Udlændinge- og Integrationsministeriet, brev af 4. november 2020'

describe('a chart\'s data file', () => {
  it('starts with the header, names the source in a column kilde on every row, and parses back', () => {
    const text = chartCsv(['plan', 'mio_kr', 'antal'], [['Handlingsplanen 2017–2020', 73.4, 22], ['FL21, "aftalen"', 40, 4]], SOURCE)
    expect(text.split('\n')[0]).toBe('plan,mio_kr,antal,kilde')
    const parsed = Papa.parse<Record<string, string>>(text.trimEnd(), { header: true, delimiter: ',' })
    expect(parsed.errors).toEqual([])
    expect(parsed.data).toEqual([
      { plan: 'Handlingsplanen 2017–2020', mio_kr: '73.4', antal: '22', kilde: SOURCE },
      { plan: 'FL21, "aftalen"', mio_kr: '40', antal: '4', kilde: SOURCE },
    ])
    expect(text).not.toMatch(/^#/m)
    expect(text.endsWith('\n')).toBe(true)
    expect(text).not.toContain('\r')
  })

  it('refuses what would make a broken file', () => {
    expect(() => chartCsv(['a', 'kilde'], [], SOURCE)).toThrow(/no column named "kilde"/)
    expect(() => chartCsv(['a', 'b'], [[1]], SOURCE)).toThrow(/expected 2 cells in row 1, found 1/)
    expect(() => chartCsv(['a'], [[Number.NaN]], SOURCE)).toThrow(/finite/)
    expect(() => chartCsv(['a'], [[1]], ' ')).toThrow(/source line/)
  })

  it('is written to <outDir>/data/charts/<id>.csv, and only under a safe id', () => {
    const out = mkdtempSync(join(tmpdir(), 'nsk-chart-'))
    try {
      const path = writeChartCsv(out, 'money-by-plan', ['plan', 'mio_kr'], [['A', 1.5]], SOURCE)
      expect(path).toBe(join(out, 'data', 'charts', 'money-by-plan.csv'))
      // The source holds a comma, so it is quoted (RFC 4180).
      expect(readFileSync(path, 'utf8')).toBe(`plan,mio_kr,kilde\nA,1.5,"${SOURCE}"\n`)
      expect(() => writeChartCsv(out, '../evil', ['a'], [], SOURCE)).toThrow(/expected an id/)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
