import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { withColumnTables } from './data/codebook.ts'
import { DATA_DIR } from './data/load-data.ts'
import { readPackage } from './data/package-schema.ts'

// Rewrites the column tables of data/README.md from datapackage.json (`npm run codebook`);
// tests/data/codebook.test.ts fails when the two differ.
const path = join(DATA_DIR, 'README.md')
const before = readFileSync(path, 'utf8')
const after = withColumnTables(before, readPackage(join(DATA_DIR, 'datapackage.json')).resources)
writeFileSync(path, after)
console.log(before === after ? 'data/README.md: column tables already match datapackage.json' : 'data/README.md: column tables rewritten from datapackage.json')
