/**
 * The site served under a path: a build with `--base /nsk/` must have every internal link, asset
 * and download under /nsk/, each resolving to a file the build wrote (and each #fragment to an id
 * on its page). A component that writes "/hjaelp" without withBase fails here by page and link.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Element, isTag } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../build-setup.ts'

const BASE = '/nsk/'
const htmlFilesIn = (dir: string, sub = ''): string[] =>
  readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFilesIn(dir, join(sub, e.name)) : e.name.endsWith('.html') ? [join(sub, e.name).split('\\').join('/')] : [])

function elements(html: string): Element[] {
  const out: Element[] = []
  const walk = (nodes: ReturnType<typeof parseDocument>['children']) => {
    for (const n of nodes) if (isTag(n)) { out.push(n); walk(n.children) }
  }
  walk(parseDocument(html).children)
  return out
}

describe(`the site built with base ${BASE}`, () => {
  let folder = ''
  let out = ''
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'nsk-base-'))
    out = join(folder, 'dist')
    await buildSite(out, {}, ['--base', BASE])
  }, 600_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  const ids = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    let s = ids.get(file)
    if (!s) ids.set(file, (s = new Set(elements(readFileSync(join(out, file), 'utf8')).flatMap((e) => [e.attribs.id, e.attribs.name].filter((x): x is string => !!x)))))
    return s
  }
  /** The built file a site path names (clean URLs: /nsk/hjaelp → hjaelp.html, /nsk/data/ → data/index.html), or null. */
  const fileOf = (path: string): string | null => {
    const rest = decodeURIComponent(path.slice(BASE.length))
    for (const f of rest === '' ? ['index.html'] : rest.endsWith('/') ? [`${rest}index.html`] : [rest, `${rest}.html`]) {
      if (existsSync(join(out, f)) && statSync(join(out, f)).isFile()) return f
    }
    return null
  }

  it('has 0 broken internal links, assets or downloads, and every one is under the base', () => {
    const files = htmlFilesIn(out)
    expect(files.length).toBeGreaterThan(100)
    const broken: string[] = []
    let checked = 0
    for (const file of files) {
      for (const el of elements(readFileSync(join(out, file), 'utf8'))) {
        for (const attr of ['href', 'src']) {
          const value = el.attribs[attr]
          if (value === undefined || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) continue
          checked++
          const [pathPart, fragment] = value.split('#') as [string, string | undefined]
          const path = pathPart.split('?')[0]!
          if (path === '') {
            if (fragment && !idsOf(file).has(decodeURIComponent(fragment))) broken.push(`${file}: <${el.name} ${attr}="${value}">: no id "${fragment}" on the page`)
            continue
          }
          if (!path.startsWith(BASE)) { broken.push(`${file}: <${el.name} ${attr}="${value}">: not under ${BASE}`); continue }
          const target = fileOf(path)
          if (!target) { broken.push(`${file}: <${el.name} ${attr}="${value}">: no such file in the build`); continue }
          if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${file}: <${el.name} ${attr}="${value}">: no id "${fragment}" on ${target}`)
        }
      }
    }
    expect(checked).toBeGreaterThan(1000)
    expect(broken).toEqual([])
  })

  it('serves the search page’s Pagefind files and every page’s stylesheet from under the base', () => {
    const sog = readFileSync(join(out, 'sog.html'), 'utf8')
    expect(sog).toContain(`${BASE}pagefind/pagefind-ui.js`)
    expect(existsSync(join(out, 'pagefind', 'pagefind-ui.js'))).toBe(true)
    const css = [...readFileSync(join(out, 'index.html'), 'utf8').matchAll(/<link rel="[^"]*stylesheet[^"]*" href="([^"]+)"/g)].map((m) => m[1]!)
    expect(css.length).toBeGreaterThan(0)
    for (const href of css) expect(href.startsWith(`${BASE}assets/`), href).toBe(true)
  })
})
