/**
 * The Nu Html Checker (vnu-jar, on the system's Java) on every built HTML file, 404.html
 * included, in one JVM run (it takes seconds to start): 0 errors.
 */
import { execFile } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/data/load-data.ts'
import { DIST_DIR } from './session.ts'

const VNU_JAR = join(PROJECT_ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')

interface VnuMessage { type: string; subType?: string; url?: string; lastLine?: number; lastColumn?: number; message: string; extract?: string }

const htmlFiles = readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('assets'))
  .map((f) => join(DIST_DIR, f))
  .sort()
/** Messages name the file as it is in the project, not the served copy. */
const shown = (url: string) => join('.vitepress', 'dist', relative(DIST_DIR, fileURLToPath(url)))

it(`every built HTML file (${htmlFiles.length}) is valid HTML by the Nu Html Checker`, async () => {
  expect(htmlFiles.length).toBeGreaterThan(1)
  // vnu exits 1 when it finds errors and writes its JSON report to stderr either way.
  const result = await promisify(execFile)('java', ['-jar', VNU_JAR, '--format', 'json', '--errors-only', ...htmlFiles], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (e: { code?: number; stdout?: string; stderr?: string; message: string }) => {
      if (typeof e.code !== 'number') throw new Error(`Could not run java -jar vnu.jar (${e.message}). Install Java 17 (apt-get install default-jre-headless).`)
      return { stdout: e.stdout ?? '', stderr: e.stderr ?? '' }
    },
  )
  const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] }
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${m.url ? shown(m.url) : '?'}:${m.lastLine ?? '?'}:${m.lastColumn ?? '?'}: ${m.message}${m.extract ? ` — ${JSON.stringify(m.extract.trim().slice(0, 120))}` : ''}`)
  expect(errors, 'vnu errors (file:line:column: message — extract)').toEqual([])
}, 180_000)
