/**
 * The corrected readings of the OCR document differ from the OCR text only where the OCR broke a
 * letter: every change is one character read as æ, ø or å (either case), or one of the OCR's
 * confusions listed below by hand (each seen in `003`, or named in the sources' README). Anything
 * else fails, naming the row and the first place no listed repair explains.
 */
import { describe, expect, it } from 'vitest'
import { loadData } from '../../scripts/data/load-data.ts'

/**
 * What the OCR printed → what the page says. The sources' README: `Giizel` = Güzel, `3%2 arsvark` =
 * 3½ årsværk. Seen in `003`: æ printed as two letters (tveers, faedre, Beskceftigelses-), the
 * "fh" of afholdt as "th" or "fth", a list's bullet printed as "e", and "kv" printed as "kuv"
 * (Opkuvalificering).
 */
const CONFUSIONS: [ocr: string, letters: string][] = [
  ['ee', 'æ'], ['ae', 'æ'], ['ce', 'æ'], ['ii', 'ü'], ['%2', '½'], ['th', 'fh'], ['fth', 'fh'], ['e', '•'], ['kuv', 'kv'],
]
const DANISH = new Set([...'æøåÆØÅ'])

/** Why a reading is not a pure letter repair of its OCR text, or null. */
export function readingProblem(ocr: string, reading: string): string | null {
  const a = [...ocr]
  const b = [...reading]
  // Can a[i…] become b[j…] by listed repairs? (Memoised; the texts are one sentence long.)
  const seen = new Map<number, boolean>()
  let furthest = 0
  const fits = (i: number, j: number): boolean => {
    if (i === a.length || j === b.length) return i === a.length && j === b.length
    const key = i * (b.length + 1) + j
    if (seen.has(key)) return seen.get(key)!
    furthest = Math.max(furthest, i)
    seen.set(key, false)
    let ok = (a[i] === b[j] || DANISH.has(b[j]!)) && fits(i + 1, j + 1)
    for (const [from, to] of CONFUSIONS) {
      if (ok) break
      const f = [...from], l = [...to]
      ok = f.every((c, k) => a[i + k] === c) && l.every((c, k) => b[j + k] === c) && fits(i + f.length, j + l.length)
    }
    seen.set(key, ok)
    return ok
  }
  if (fits(0, 0)) return null
  return `expected only æ, ø, å or a listed OCR confusion to change, found no repair of "${a.slice(furthest, furthest + 12).join('')}" at ${furthest + 1}`
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
    expect(readingProblem('tveers af', 'tværs af')).toBeNull()
    expect(readingProblem('3%2 arsvark', '3½ årsværk')).toBeNull()
    expect(readingProblem('Der er aftholdt', 'Der er afholdt')).toBeNull()
    expect(readingProblem('opfyldt: e Maltallet', 'opfyldt: • Måltallet')).toBeNull()
    // Not repairs: a changed letter, a dropped or added word, a listed confusion in the wrong place.
    expect(readingProblem('bgrn og unge', 'børn og ungx')).toMatch(/no repair of "e" at 12/)
    expect(readingProblem('tvaersektoriel', 'tværsektorielt')).toMatch(/listed OCR confusion/)
    expect(readingProblem('mindst 125', 'mindst 12')).toMatch(/listed OCR confusion/)
    expect(readingProblem('tvoersektoriel', 'tværsektoriel')).toMatch(/no repair of "ersektoriel" at 4/)
    expect(readingProblem('kontrol', 'kontrfhl')).toMatch(/listed OCR confusion/)
  })
})
