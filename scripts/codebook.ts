import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { codebookText } from './data/codebook.ts'
import { DATA_DIR, loadData } from './data/load-data.ts'
import { readPackage } from './data/package-schema.ts'

// Rewrites the generated parts of data/README.md (column tables, pitfalls) from datapackage.json
// and the data (`npm run codebook`);
// tests/data/codebook.test.ts fails when the two differ.
const path = join(DATA_DIR, 'README.md')
const before = readFileSync(path, 'utf8')
const after = codebookText(before, readPackage(join(DATA_DIR, 'datapackage.json')).resources, loadData())
writeFileSync(path, after)
console.log(before === after ? 'data/README.md: generated parts already match the data' : 'data/README.md: generated parts rewritten')
