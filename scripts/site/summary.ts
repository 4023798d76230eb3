import type { Citation } from './cite.ts'
import type { Mark, PageSources } from './refs.ts'

/** One sentence of a page's "Kort fortalt", written from data rows and marked with their sources. */
export interface Sentence {
  text: string
  marks: Mark[]
}

/** Builds a sentence and numbers its sources on the page. */
export function sentence(refs: PageSources, text: string, ...citations: Citation[]): Sentence {
  return { text, marks: citations.map((c) => refs.mark(c)) }
}

/** Words in a summary, as a reader counts them (numbers and abbreviations are words). */
export function wordCount(sentences: Sentence[]): number {
  return sentences.map((s) => s.text).join(' ').split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length
}
