/**
 * Code nothing uses is removed, not kept "in case": an exported value (const, function, class) of
 * the site's code that no other file names, and its own file uses only where it declares it, fails
 * here. Types are left alone (a view's `ReturnType` names what its page receives). The files are
 * read as text; a name counts as used wherever it stands as a whole word (scripts, components,
 * pages, the theme and the tests).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

function filesIn(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'cache' || name === 'fixtures') continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) filesIn(path, out)
    else if (/\.(ts|vue|md|mts)$/.test(name)) out.push(path)
  }
  return out
}

const CODE = ['scripts', 'components', '.vitepress'].flatMap((d) => filesIn(d)).filter((f) => /\.(ts|vue)$/.test(f))
const ALL = [...new Set([...CODE, ...filesIn('docs'), ...filesIn('tests'), ...filesIn('bench')])]
const TEXT = new Map(ALL.map((f) => [f, readFileSync(f, 'utf8')]))

/** The exported values of a file's text that nothing else names and the file itself names once. */
export function unusedExports(file: string, text: string, others: string[]): string[] {
  const names = [...text.matchAll(/^export (?:const|let|function|async function|class) (\w+)/gm)].map((m) => m[1]!)
  const word = (n: string) => new RegExp(`(?<![\\w$])${n}(?![\\w$])`, 'g')
  return names.filter((n) => (text.match(word(n)) ?? []).length === 1 && !others.some((o) => word(n).test(o))).map((n) => `${file}: ${n}`)
}

describe('no exported value is unused', () => {
  it('reads the site’s code', () => expect(CODE.length).toBeGreaterThan(100))

  it('every exported value of scripts/, components/ and .vitepress/ is used', () => {
    const found = CODE.flatMap((f) => unusedExports(f, TEXT.get(f)!, ALL.filter((o) => o !== f).map((o) => TEXT.get(o)!)))
    expect(found).toEqual([])
  })

  it('finds an unused export, and not a used one (the helper itself)', () => {
    const text = 'export const A = 1\nexport const B = 2\nexport function C() { return B }\nexport type D = 1\n'
    expect(unusedExports('x.ts', text, ['import { A } from "./x.ts"'])).toEqual(['x.ts: C'])
  })
})
