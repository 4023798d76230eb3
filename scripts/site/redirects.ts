import type { Tables } from '../data/types.ts'
import { kommunePath, regionPath } from './views/kommuner.ts'

import type { Redirect } from './host-rules.ts'

/**
 * Addresses people type, to the page they mean: Danish letters (`/hjælp`, `/kommuner/københavn`),
 * capitals (`/kommuner/Vejle`), the name without Danish letters (`/kommuner/tonder`) and a
 * trailing slash (`/kommuner/vejle/`). Each `from` is an address no file answers, so hosts agree
 * on it; rules are written as hosts match them (the path as typed, percent-encoded where it has
 * letters outside ASCII, as browsers send it).
 */
export function typedAddressRules(t: Tables, pages: { route: string; title: string }[]): Redirect[] {
  const rules = new Map<string, string>()
  const add = (from: string, to: string) => {
    for (const f of [from, `${from}/`]) {
      const encoded = encodeURI(f)
      if (f !== to && encoded !== to && !rules.has(encoded)) rules.set(encoded, to)
    }
  }
  const danish = (s: string) => s.toLocaleLowerCase('da').replace(/\s+/g, '-')
  const spellings = (name: string) => {
    const lower = danish(name)
    const plain = lower.replace(/æ/g, 'a').replace(/ø/g, 'o').replace(/å/g, 'a')
    return [...new Set([name.replace(/\s+/g, '-'), lower, plain, lower.charAt(0).toUpperCase() + lower.slice(1)])]
  }
  for (const k of t.kommuner) for (const s of spellings(k.kommune)) add(`/kommuner/${s}`, kommunePath(k))
  for (const r of t.regions) {
    const short = r.region.replace(/^Region /, '')
    for (const s of [...spellings(short), ...spellings(r.region)]) add(`/regioner/${s}`, regionPath(r.region))
  }
  for (const p of pages) {
    if (p.route.includes('[') || p.route === '/') continue
    const clean = p.route.replace(/\/$/, '')
    if (p.route.endsWith('/')) add(clean, p.route)
    else add(`${clean}`, p.route) // the trailing slash
    // The page's name in Danish letters, where its address spells them out: /hjælp, /søg, /københavn-2017-18.
    const withLetters = clean.replace(/ae/g, 'æ').replace(/oe/g, 'ø').replace(/aa/g, 'å')
    if (withLetters !== clean) add(withLetters, p.route)
    add(clean.charAt(0) + clean.charAt(1).toUpperCase() + clean.slice(2), p.route)
    // A one-word name typed as written: /søg.
    if (!/\s/.test(p.title) && /[æøå]/i.test(p.title)) add(`/${danish(p.title)}`, p.route)
  }
  return [...rules].map(([from, to]) => ({ from, to, status: 301 as const }))
}
