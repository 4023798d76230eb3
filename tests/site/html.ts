import { type AnyNode, type Element, isTag } from 'domhandler'
import { parseDocument } from 'htmlparser2'
import * as du from 'domutils'

/** The built page's content area (`.vp-doc`), parsed. */
export function docOf(html: string): Element {
  const root = parseDocument(html)
  const doc = du.findOne((e) => (e.attribs.class ?? '').split(/\s+/).includes('vp-doc'), root.children, true)
  if (!doc) throw new Error('no .vp-doc in the page')
  return doc
}

export const hasClass = (e: Element, c: string) => (e.attribs.class ?? '').split(/\s+/).includes(c)
export const all = (root: AnyNode | AnyNode[], test: (e: Element) => boolean): Element[] => du.findAll(test, Array.isArray(root) ? root : [root])
export const byId = (root: AnyNode, id: string): Element | null => du.findOne((e) => e.attribs.id === id, [root], true)
export const text = (n: AnyNode | AnyNode[]) => du.textContent(n).replace(/\s+/g, ' ').trim()
export { isTag }

/**
 * Elements whose text runs on with its neighbours' without a space: a link in a sentence (a term
 * linked to the glossary stays "kontrol.") and emphasis. Anything else, spans included (the theme
 * shows many as blocks), and citation marks (sup) is set off by a space.
 */
export const INLINE = new Set(['a', 'em', 'strong', 'b', 'i'])

/** Text of a node without the parts a test says to leave out (quotes, marks, code …); blocks are separated by a space. */
export function textWithout(n: AnyNode, skip: (e: Element) => boolean): string {
  const out: string[] = []
  const walk = (x: AnyNode) => {
    if (isTag(x)) {
      if (x.name === 'script' || x.name === 'style' || skip(x)) return
      const block = !INLINE.has(x.name)
      if (block) out.push(' ')
      x.children.forEach(walk)
      if (block) out.push(' ')
    } else if (x.type === 'text') out.push((x as unknown as { data: string }).data)
  }
  walk(n)
  return out.join('').replace(/\s+/g, ' ')
}
