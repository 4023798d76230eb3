import type { Field, Resource } from './package-schema.ts'

/** Words for the schema's patterns, as the codebook states them. */
const PATTERN_WORDS: Record<string, string> = {
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'id: lower-case letters, digits, single hyphens',
  '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$': 'ISO date: YYYY-MM-DD, YYYY-MM or YYYY',
  '^https://[^\\s]+$': 'https: URL',
  '^[0-9]{4}$': 'four digits',
}

/** A column's allowed values in the codebook's words. */
export function allowedText(field: Field): string {
  const c = field.constraints ?? {}
  const parts: string[] = []
  if (c.enum) parts.push(c.enum.map((v) => `\`${v}\``).join(', '))
  if (c.pattern) parts.push(PATTERN_WORDS[c.pattern] ?? `matches \`${c.pattern}\``)
  if (c.minimum !== undefined) parts.push(`≥ ${c.minimum}`)
  if (c.maximum !== undefined) parts.push(`≤ ${c.maximum}`)
  return parts.length ? parts.join('; ') : '—'
}

const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ')

/** The codebook's column table of one table, from datapackage.json (the README must hold exactly this). */
export function columnTable(resource: Resource, describe: (f: Field) => string = (f) => f.description): string {
  const lines = ['| Column | Type | Required | Allowed values | Meaning |', '|---|---|---|---|---|']
  for (const f of resource.schema.fields) {
    const type = f.format && f.format !== 'default' ? `${f.type} (${f.format})` : f.type
    lines.push(`| \`${f.name}\` | ${type} | ${f.constraints?.required ? 'yes' : 'no'} | ${allowedText(f)} | ${cell(describe(f))} |`)
  }
  return lines.join('\n')
}

/**
 * The codebook text with each table section's column table replaced by the one datapackage.json
 * gives. A section is "### `name` — …" up to the next heading; its column table starts at the
 * line "| Column | …".
 */
export function withColumnTables(readme: string, resources: Resource[]): string {
  let out = readme
  for (const r of resources) {
    const heading = new RegExp(`^### \`${r.name}\`.*$`, 'm').exec(out)
    if (!heading) throw new Error(`data/README.md: expected a section "### \`${r.name}\`", found none`)
    const from = heading.index + heading[0].length
    const rest = out.slice(from)
    const end = rest.search(/^#{1,3} /m)
    const section = end < 0 ? rest : rest.slice(0, end)
    const lines = section.split('\n')
    const start = lines.findIndex((l) => l.startsWith('| Column |'))
    if (start < 0) throw new Error(`data/README.md: expected a column table in the section of ${r.name}, found none`)
    let stop = start
    while (stop < lines.length && lines[stop]!.startsWith('|')) stop++
    lines.splice(start, stop - start, columnTable(r))
    out = out.slice(0, from) + lines.join('\n') + (end < 0 ? '' : rest.slice(end))
  }
  return out
}
