/** A problem found in the data, named by place: file, line, column. */
export interface Problem {
  /** Path as shown to the user, e.g. `data/indicators.csv`. */
  file: string
  /** 1-based line in the file where the record starts (1 is the header). */
  line: number
  /** Column name, or `-` where the problem is not in one column. */
  column: string
  /** "expected …, found …". */
  message: string
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`
}

/** Thrown by `loadData` so that a build stops with every problem listed, not only the first. */
export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the data:\n` + problems.map(formatProblem).join('\n'))
    this.name = 'DataError'
  }
}

/** Shortens a found value for messages, keeping it readable. */
export function shown(value: string, max = 60): string {
  const v = value.length > max ? value.slice(0, max - 1) + '…' : value
  return JSON.stringify(v)
}
