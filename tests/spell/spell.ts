/** Danish spell check of the site's own words (issue 18 §2); used by tests/site/spelling.test.ts. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type ChildNode, isTag, isText } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import { DATA_DIR, PROJECT_ROOT } from '../../scripts/data/load-data.ts'

export const WORDS = join(PROJECT_ROOT, 'tests', 'spell', 'ord.txt')
const SKIP = new Set(['script', 'style', 'q', 'blockquote', 'code', 'pre', 'kbd', 'samp'])
const pkg = JSON.parse(readFileSync(join(DATA_DIR, 'datapackage.json'), 'utf8')) as { resources: { name: string; schema: { fields: { name: string; constraints?: { enum?: string[] } }[] } }[] }
const codes = new Set(pkg.resources.flatMap((r) => [r.name, ...r.schema.fields.flatMap((f) => [f.name, ...(f.constraints?.enum ?? [])])]).flatMap((c) => [c, ...c.split('_')]))

/** The words of a text as a reader sees them; tokens with digits, file names, addresses and data codes are not words. */
export function wordsOf(text: string): string[] {
  const out: string[] = []
  // Addresses and paths (/data/charts/…) are not words.
  for (const raw of text.replace(/https?:\/\/\S+/g, ' ').replace(/\S*\/\S*/g, ' ').split(/[\s–—]+/)) {
    // Keep an abbreviation's full stop ("kr.", "bl.a.") and a compound's hyphen ("Børne-"); hunspell reads both.
    // Other punctuation around a word goes: "(f.eks." → "f.eks.", "pct)." → "pct", "Børne-," → "Børne-".
    const w = raw.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}]+$/u, (end) => (/^[.-]/.test(end) ? end[0]! : ''))
    if (!w || !/\p{L}/u.test(w) || /[\d_@=+:]/.test(w)) continue
    const bare = w.replace(/\.$/, '')
    if (/^\p{Lu}+-$/u.test(w) || /^(ÅÅÅÅ|MM|DD)(-?(MM|DD))*$/.test(bare)) continue // SHA-256, UTF-8; date formats
    if (/\.(csv|json|xlsx|parquet|zip|md|cff|dk|com|org|info|txt)$/i.test(bare) || codes.has(bare) || bare.split('.').every((p) => codes.has(p))) continue
    // A compound with a data code in it ("funding-rækkens"): the code is not a word, the rest is.
    const parts = bare.split('-')
    if (parts.length > 1 && parts.some((p) => codes.has(p))) {
      out.push(...parts.filter((p) => p && !codes.has(p)))
      continue
    }
    out.push(w)
  }
  return out
}

/** The words hunspell (Danish, with the word list) does not know. */
export function unknown(words: string[]): string[] {
  const unique = [...new Set(words)]
  if (!unique.length) return []
  const out = execFileSync('hunspell', ['-d', 'da_DK', '-p', WORDS, '-l'], { input: unique.join('\n'), encoding: 'utf8' })
  return [...new Set(out.split('\n').filter(Boolean))].sort()
}

/** The site's own text on a page: its content area, without quotations, code and exempt parts. */
export function ownText(html: string): string {
  const out: string[] = []
  const walk = (nodes: ChildNode[], inContent: boolean) => {
    for (const n of nodes) {
      if (isText(n)) {
        if (inContent) out.push(n.data)
      } else if (isTag(n)) {
        if (SKIP.has(n.name) || 'data-spell-exempt' in n.attribs || n.attribs.lang === 'en') continue
        out.push(' ')
        walk(n.children, inContent || (n.attribs.class ?? '').split(/\s+/).includes('vp-doc'))
        out.push(' ')
      }
    }
  }
  walk(parseDocument(html).children, false)
  return out.join('')
}

