import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

/** The parts of CITATION.cff that the Data page shows; CITATION.cff is the one place they are written. */
export interface Citation {
  title: string
  version: string
  /** YYYY-MM-DD */
  dateReleased: string
  license: string
  message: string
  authors: string[]
  references: { type: string; title: string; authors: string[] }[]
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Reads CITATION.cff; throws naming the first field that is missing or of the wrong kind. */
export function readCitation(path: string): Citation {
  const doc: unknown = parse(readFileSync(path, 'utf8'))
  if (!isObj(doc)) throw new Error(`${path}: expected a YAML mapping, found ${typeof doc}`)
  const text = (o: Obj, key: string, where: string): string => {
    const v = o[key]
    if (typeof v !== 'string' || v.trim() === '') throw new Error(`${path}: expected ${where}${key} as text, found ${JSON.stringify(v)}`)
    return v.trim()
  }
  const names = (o: Obj, where: string): string[] => {
    const list = o.authors
    if (!Array.isArray(list) || !list.length) throw new Error(`${path}: expected ${where}authors as a list, found ${JSON.stringify(list)}`)
    // An entity has a name; a person has given-names and family-names.
    return list.map((a: unknown) => {
      if (!isObj(a)) throw new Error(`${path}: expected each of ${where}authors as a mapping`)
      if (typeof a.name === 'string') return a.name
      return [a['given-names'], a['family-names']].filter((x) => typeof x === 'string').join(' ')
    })
  }
  if (doc['cff-version'] !== '1.2.0') throw new Error(`${path}: expected cff-version 1.2.0, found ${JSON.stringify(doc['cff-version'])}`)
  if (doc.type !== 'dataset') throw new Error(`${path}: expected type dataset, found ${JSON.stringify(doc.type)}`)
  const date = text(doc, 'date-released', '')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`${path}: expected date-released as YYYY-MM-DD, found ${JSON.stringify(date)}`)
  const refs = Array.isArray(doc.references) ? doc.references : []
  return {
    title: text(doc, 'title', ''),
    // A version such as 1.0 would parse as a number: CITATION.cff must quote it then.
    version: text(doc, 'version', ''),
    dateReleased: date,
    license: text(doc, 'license', ''),
    message: text(doc, 'message', ''),
    authors: names(doc, ''),
    references: refs.map((r: unknown, i) => {
      if (!isObj(r)) throw new Error(`${path}: expected references[${i}] as a mapping`)
      return { type: text(r, 'type', `references[${i}].`), title: text(r, 'title', `references[${i}].`), authors: names(r, `references[${i}].`) }
    }),
  }
}

/** One line to paste into a reference list (APA-like, in Danish); `url` is the data's address, when the site has one. */
export function citationText(c: Citation, url: string | null = null): string {
  const year = c.dateReleased.slice(0, 4)
  const sources = c.references.flatMap((r) => r.authors)
  return `${c.authors.join(', ')} (${year}). ${c.title} (version ${c.version}) [datasæt]. Licens: ${licenceName(c.license)}. ` +
    `Udtrukket af offentlige dokumenter fra ${listDa(unique(sources))}.` + (url ? ` ${url}` : '')
}

/** The same as a BibTeX entry, for LaTeX users. */
export function citationBibtex(c: Citation, key = 'negativsocialkontrol', url: string | null = null): string {
  const esc = (s: string) => s.replace(/([{}%&#$_])/g, '\\$1')
  return [
    `@misc{${key}${c.dateReleased.slice(0, 4)},`,
    `  author  = {{${esc(c.authors.join(' and '))}}},`,
    `  title   = {${esc(c.title)}},`,
    `  year    = {${c.dateReleased.slice(0, 4)}},`,
    `  version = {${esc(c.version)}},`,
    `  note    = {Datasæt, ${esc(licenceName(c.license))}},`,
    ...(url ? [`  url     = {${url}},`] : []),
    '}',
  ].join('\n')
}

function licenceName(spdx: string): string {
  return spdx === 'CC-BY-4.0' ? 'CC BY 4.0' : spdx
}

function unique(list: string[]): string[] {
  return [...new Set(list)]
}

function listDa(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`
}
