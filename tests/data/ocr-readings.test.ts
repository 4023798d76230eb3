/**
 * The corrected readings of the OCR document differ from the OCR text only where the OCR broke a
 * letter: the same length, and every changed character is æ, ø or å (either case) or one of the
 * listed confusions. Anything else fails, naming the row.
 */
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'

/** OCR character → the letter it stands for, where that letter is not æ, ø or å (none so far). */
const CONFUSIONS: Record<string, string[]> = {}
const DANISH = new Set([...'æøåÆØÅ'])

/** Why a reading is not a pure letter repair of its OCR text, or null. */
export function readingProblem(ocr: string, reading: string): string | null {
  const a = [...ocr]
  const b = [...reading]
  if (a.length !== b.length) return `expected the same length as the OCR text (${a.length}), found ${b.length}`
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue
    if (DANISH.has(b[k]!) || CONFUSIONS[a[k]!]?.includes(b[k]!)) continue
    return `expected only æ, ø, å or a listed OCR confusion to change, found "${a[k]}" → "${b[k]}" at ${k + 1}`
  }
  return null
}

const t = loadData()

describe('ocr_readings', () => {
  it('repairs letters only, row by row', () => {
    const problems = t.ocr_readings.map((r) => [r._line, readingProblem(r.ocr_text, r.reading)] as const).filter(([, p]) => p).map(([line, p]) => `data/ocr_readings.csv:${line}: ${p}`)
    expect(problems).toEqual([])
  })

  it('reads only passages the data quotes from an OCR source', () => {
    const ocrSources = new Set(t.sources.filter((s) => s.ocr === 'yes').map((s) => s.source_id))
    const quoted = new Set(
      Object.values(t).flatMap((rows) => (rows as { source_id?: string; quote?: string; target_quote?: string | null }[]).flatMap((r) => [r.quote, r.target_quote].filter(Boolean).map((q) => `${r.source_id}\u0000${q}`))),
    )
    for (const r of t.ocr_readings) {
      expect(ocrSources.has(r.source_id), `data/ocr_readings.csv:${r._line}: source ${r.source_id} is not OCR`).toBe(true)
      expect(quoted.has(`${r.source_id}\u0000${r.ocr_text}`), `data/ocr_readings.csv:${r._line}: no row quotes this passage`).toBe(true)
      expect(r.reading, `data/ocr_readings.csv:${r._line}: reading equals the OCR text`).not.toBe(r.ocr_text)
    }
  })

  it('catches what is not a letter repair', () => {
    expect(readingProblem('bgrn og unge', 'børn og unge')).toBeNull()
    expect(readingProblem('@resrelaterede', 'æresrelaterede')).toBeNull()
    expect(readingProblem('tvaersektoriel', 'tværsektoriel')).toMatch(/same length/)
    expect(readingProblem('bgrn og unge', 'børn og ungx')).toMatch(/"e" → "x"/)
  })
})
