import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Folds every run of whitespace to one space, so line breaks in a source do not matter. */
export function foldSpace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim()
}

/** The source documents, read once, folded for searching. */
export class SourceTexts {
  private cache = new Map<string, string | null>()
  constructor(readonly dir: string) {}

  get available(): boolean {
    return existsSync(this.dir)
  }

  /** The folded text of a file, or null if it is missing. */
  text(file: string): string | null {
    if (!this.cache.has(file)) {
      const path = join(this.dir, file)
      this.cache.set(file, existsSync(path) ? foldSpace(readFileSync(path, 'utf8')) : null)
    }
    return this.cache.get(file) ?? null
  }

  /** A file's text as it is (for tables such as kommuner.csv), or null if it is missing. */
  raw(file: string): string | null {
    const path = join(this.dir, file)
    return existsSync(path) ? readFileSync(path, 'utf8') : null
  }

  /** The text with Markdown escapes undone (`copy\_of\_…`), for finding URLs as a browser sees them. */
  plainText(file: string): string | null {
    return this.text(file)?.replace(/\\+_/g, '_') ?? null
  }
}
