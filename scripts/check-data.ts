/** `npm run check:data`: checks the whole data package and prints every problem, one per line. */
import { checkData } from './data/load-data.ts'
import { formatProblem } from './data/problems.ts'
import { missingRecords } from './site/records.ts'
import { missingTranslations } from './site/en/translations.ts'

const { problems: dataProblems, tables, provenance } = checkData()
// The rows the pages name by id must be there too (only once the tables themselves read).
// Then every quote an English page shows must have its English rendering.
const problems = dataProblems.length ? dataProblems : missingRecords(tables).length ? missingRecords(tables) : missingTranslations(tables)
if (provenance === 'skipped') console.warn('note: ../shared/sources is absent, so quotes and URLs were not checked against the sources')
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p))
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the data.`)
  process.exit(1)
}
const counts = Object.entries(tables).map(([name, rows]) => `${name} ${(rows as unknown[]).length}`)
console.log(`data OK (${provenance === 'checked' ? 'quotes checked against the sources' : 'quotes not checked'}): ${counts.join(', ')}`)
