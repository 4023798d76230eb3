import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_DIR } from '../../scripts/data/load-data.ts'
import { codebookText } from '../../scripts/data/codebook.ts'
import { readPackage } from '../../scripts/data/package-schema.ts'
import { formatProblem } from '../../scripts/data/problems.ts'
import { checkDataOnly } from './data-only.ts'

// The codebook data/README.md documents every table and column of datapackage.json, with the
// same type, requiredness, allowed values and keys, so that the two cannot drift apart.
const readme = readFileSync(join(DATA_DIR, 'README.md'), 'utf8')
const pkg = readPackage(join(DATA_DIR, 'datapackage.json'))

/** The codebook's sections "### `table` — …", each up to the next heading of level ≤ 3. */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>()
  const heading = /^### `([a-z0-9_]+)`.*$/gm
  const starts = [...text.matchAll(heading)]
  for (const m of starts) {
    const from = m.index! + m[0].length
    const rest = text.slice(from)
    const end = rest.search(/^#{1,3} /m)
    out.set(m[1]!, end < 0 ? rest : rest.slice(0, end))
  }
  return out
}

/** Rows "| `column` | type | required | allowed | meaning |" of a section's column table. */
function columnRows(section: string): { name: string; type: string; required: string; allowed: string; meaning: string }[] {
  return section
    .split('\n')
    .filter((line) => /^\| `[a-z_]+` \|/.test(line))
    .map((line) => {
      // Split on pipes that are not escaped (a meaning may hold "\|").
      const cells = line.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim())
      return { name: cells[0]!.replace(/`/g, ''), type: cells[1] ?? '', required: cells[2] ?? '', allowed: cells[3] ?? '', meaning: cells[4] ?? '' }
    })
}

/** The backticked names on a "- **Label:** …" line of a section. */
function labelled(section: string, label: string): string | null {
  const line = section.split('\n').find((l) => l.startsWith(`- **${label}:**`))
  return line ?? null
}

const documented = sections(readme)

describe('the codebook data/README.md', () => {
  it('holds the column tables and pitfalls that the schema and data give (npm run codebook writes them)', () => {
    const { tables, problems } = checkDataOnly()
    expect(problems.map(formatProblem)).toEqual([])
    expect(codebookText(readme, pkg.resources, tables)).toBe(readme)
  })

  it('documents every table of datapackage.json, and no other', () => {
    expect([...documented.keys()].sort()).toEqual(pkg.resources.map((r) => r.name).sort())
  })

  for (const resource of pkg.resources) {
    describe(`table ${resource.name}`, () => {
      const section = documented.get(resource.name) ?? ''
      const rows = columnRows(section)

      it('says what one row is', () => {
        const line = labelled(section, 'One row')
        expect(line, `no "- **One row:**" line in the section of ${resource.name}`).not.toBeNull()
        expect(line!.replace('- **One row:**', '').trim().length).toBeGreaterThan(20)
      })

      it('documents every column, in the order of datapackage.json', () => {
        expect(rows.map((r) => r.name)).toEqual(resource.schema.fields.map((f) => f.name))
      })

      it('gives each column its type, requiredness, allowed values and a meaning', () => {
        for (const field of resource.schema.fields) {
          const row = rows.find((r) => r.name === field.name)
          expect(row, `column ${field.name}`).toBeDefined()
          const c = field.constraints ?? {}
          expect(row!.type.split(' ')[0], `type of ${field.name}`).toBe(field.type)
          expect(row!.required, `required of ${field.name}`).toBe(c.required ? 'yes' : 'no')
          for (const value of c.enum ?? []) expect(row!.allowed, `allowed values of ${field.name}`).toContain(`\`${value}\``)
          if (c.minimum !== undefined) expect(row!.allowed, `minimum of ${field.name}`).toContain(`≥ ${c.minimum}`)
          if (c.maximum !== undefined) expect(row!.allowed, `maximum of ${field.name}`).toContain(`≤ ${c.maximum}`)
          expect(row!.meaning.length, `meaning of ${field.name}`).toBeGreaterThan(3)
        }
      })

      it('names its primary key and its foreign keys', () => {
        const pk = labelled(section, 'Primary key') ?? ''
        expect([...pk.matchAll(/`([a-z_]+)`/g)].map((m) => m[1])).toEqual(resource.schema.primaryKey)
        const fk = labelled(section, 'Foreign keys') ?? ''
        const expected = (resource.schema.foreignKeys ?? []).map(
          (k) => `\`${k.fields.join(', ')}\` → \`${k.reference.resource || resource.name}.${k.reference.fields.join(', ')}\``,
        )
        if (expected.length === 0) expect(fk).toBe('- **Foreign keys:** none')
        for (const e of expected) expect(fk).toContain(e)
        expect(fk.split('→').length - 1).toBe(expected.length)
      })
    })
  }

  it('lists the sources that sources.csv registers, and no other', () => {
    const { tables, problems } = checkDataOnly()
    expect(problems.map(formatProblem)).toEqual([])
    const register = readme.slice(readme.indexOf('## Sources'), readme.indexOf('## Conventions'))
    const listed = [...register.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1])
    expect(listed.sort()).toEqual(tables.sources.map((s) => s.source_id).sort())
  })

  it('states the conventions a researcher needs', () => {
    for (const needle of [
      'UTF-8', 'LF', 'RFC 4180', 'Empty cell = missing', 'YYYY-MM', '`.` as the decimal mark', '`_en`',
      '`source_id`', '`locator`', '`quote`', '`target_quote`', '`counted`', '`approx`', '`up_to`',
      'unexplained 0,4 mio. kr.', '93', '86 of 98', 'CC BY 4.0', 'DAGI', 'Styrelsen for', 'Dataforsyningen',
    ]) expect(readme, needle).toContain(needle)
  })
})
