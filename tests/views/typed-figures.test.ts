/**
 * The views type no figure either. A page's sentences are written in scripts/site/ as `{ da, en }`
 * pairs (scripts/site/language.ts), each figure a `${…}` of its row; this reads every such pair's
 * strings (a `da:` or `en:` key with a '…' or `…` literal), takes out the `${…}` parts, and fails on
 * every number left, as `file:line: "…context…"`. Only prose counts: a literal without a space is an
 * anchor key, a path or an id ('kommuner-93', '/aftale-2021-2024'). Names with digits pass only
 * through ALLOWED, each with why. (The Markdown pages have their own guard: tests/pages/typed-figures.test.ts;
 * the interface strings of scripts/site/ui.ts are neither.)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/data/load-data.ts'

const SITE = join(PROJECT_ROOT, 'scripts', 'site')
const FILES = readdirSync(SITE, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.ts'))
  .sort()

/** A template literal's text with its `${…}` parts (nested braces and literals included) as spaces. */
function withoutExpressions(literal: string): string {
  let out = ''
  for (let i = 0; i < literal.length; ) {
    if (literal.startsWith('${', i)) {
      let depth = 1
      let j = i + 2
      let quote: string | null = null
      for (; j < literal.length && depth; j++) {
        const c = literal[j]!
        if (quote) {
          if (c === '\\') j++
          else if (c === quote) quote = null
        } else if (c === "'" || c === '"' || c === '`') quote = c
        else if (c === '{') depth++
        else if (c === '}') depth--
      }
      out += ' '.repeat(j - i)
      i = j
    } else out += literal[i++]
  }
  return out
}

/** The start of a literal that is a `da:` or `en:` value; the literal is read from there by hand (it may hold `${ `…` }`). */
const KEY = /\b(?:da|en)\s*:\s*(?=['`])/g

/** The literal that starts at `at` (its quote included), or null when it does not close. */
function literalAt(code: string, at: number): string | null {
  const quote = code[at]!
  let depth = 0
  for (let j = at + 1; j < code.length; j++) {
    const c = code[j]!
    if (c === '\\') j++
    else if (quote === '`' && code.startsWith('${', j)) {
      depth++
      j++
    } else if (depth && c === '{') depth++
    else if (depth && c === '}') depth--
    else if (!depth && c === quote) return code.slice(at, j + 1)
    else if (quote === "'" && c === '\n') return null
  }
  return null
}

type Hit = { line: number; figure: string; context: string }

/** Every number in the prose of the `{ da, en }` strings of a source file, allowed phrases taken out. */
function typedFigures(code: string, allowed: readonly string[] = []): Hit[] {
  const hits: Hit[] = []
  for (const m of code.matchAll(KEY)) {
    const start = m.index + m[0].length
    const literal = literalAt(code, start)
    if (!literal) continue
    let prose = withoutExpressions(literal.slice(1, -1))
    if (!/\s/.test(prose.trim())) continue
    for (const phrase of [...allowed].sort((a, b) => b.length - a.length)) prose = prose.split(phrase).join(' '.repeat(phrase.length))
    for (const n of prose.matchAll(/\d+(?:[.,:]\d+)*/g)) {
      const line = code.slice(0, start + 1 + n.index).split('\n').length
      const context = prose.slice(Math.max(0, n.index - 40), n.index + n[0].length + 40).replace(/\s+/g, ' ').trim()
      hits.push({ line, figure: n[0], context })
    }
  }
  return hits
}

/** Names with digits in the views' sentences: the exact phrase and why it is a name. */
const ALLOWED: { phrase: string; why: string }[] = [
  { phrase: 'satspuljeaftalen for 2017', why: 'the name of the rate-adjustment pool agreement that set the money aside, as the minister’s letter names it' },
  { phrase: 'satspulje) agreement for 2017', why: 'the same agreement’s name in English' },
  { phrase: 'finanslovsaftalen for 2021', why: 'the name of the Finance Act agreement' },
  { phrase: 'Finance Act agreement for 2021', why: 'the same name in English' },
  { phrase: 'spørgsmål nr. 8 til L 126', why: 'the question’s and the bill’s numbers are their names' },
  { phrase: 'question no. 8 on bill L 126', why: 'the same names in English' },
  { phrase: 'covid-19', why: 'the disease’s name' },
  { phrase: 'COVID-19', why: 'the disease’s name' },
]
const PHRASES = ALLOWED.map((a) => a.phrase)

describe('the guard reads the sentences of the views', () => {
  const figures = (code: string, allowed: string[] = []) => typedFigures(code, allowed).map((h) => `${h.line}: ${h.figure}`)
  it('finds a year typed in a sentence, with its line', () => {
    expect(figures("L.say({\n  da: 'Planen blev vedtaget i 2016.',\n  en: `It was adopted in 2016.`,\n})")).toEqual(['2: 2016', '3: 2016'])
  })
  it('passes the figures that come from rows, nested literals too', () => {
    expect(figures('L.say({ da: `Af ${n(launched)} initiativer, ${x ? `${f.date(d)} og 3` : \'4\'} i alt.`, en: `Of ${n(launched)} launched.` })')).toEqual([])
  })
  it('leaves out literals that are no prose (anchor keys, paths)', () => {
    expect(figures("anchor: L.say({ da: 'kommuner-93', en: '/en/agreement-2021-2024' })")).toEqual([])
  })
  it('takes out only the allowed phrase', () => {
    expect(figures("{ da: 'Ved satspuljeaftalen for 2017 blev 73,4 mio. kr. afsat.' }", PHRASES)).toEqual(['1: 73,4'])
  })
})

describe('no view types a figure in its sentences', () => {
  it('reads the views', () => {
    expect(FILES).toEqual(expect.arrayContaining(['views/handlingsplan.ts', 'views/aftale.ts', 'views/koebenhavn.ts', 'claims.ts', 'language.ts']))
  })

  it('no { da, en } sentence in scripts/site/ holds a number that is not an allowed name', () => {
    const hits = FILES.flatMap((f) => typedFigures(readFileSync(join(SITE, f), 'utf8'), PHRASES).map((h) => `scripts/site/${f}:${h.line}: "${h.context}" (${h.figure})`))
    expect(hits, 'write the figure as ${…} of its row; a name with digits goes into ALLOWED with why').toEqual([])
  })

  it('every allowed phrase is still used', () => {
    const all = FILES.map((f) => readFileSync(join(SITE, f), 'utf8')).join('\n')
    expect(ALLOWED.filter((a) => !all.includes(a.phrase)).map((a) => a.phrase)).toEqual([])
  })
})
