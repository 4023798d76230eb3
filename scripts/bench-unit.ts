/**
 * `npm run bench:unit`: how long the fast tier (`npm run test:unit`, the vitest project "unit") takes,
 * against its goal of 30 s (issue 17 §4). Runs it three times and writes the median with the
 * machine's load to bench/UNIT.md. A benchmark, not a test: it prints figures.
 */
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { PROJECT_ROOT } from './data/load-data.ts'

const RUNS = 3
const GOAL_SECONDS = 30
const fmt = (n: number) => n.toFixed(1).replace('.', ',')

const runs: { seconds: number; tests: string; load: number }[] = []
for (let i = 0; i < RUNS; i++) {
  const load = loadavg()[0]!
  const t0 = performance.now()
  const run = spawnSync('npx', ['vitest', 'run', '--project', 'unit'], { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  const seconds = (performance.now() - t0) / 1000
  if (run.status !== 0) {
    console.error(run.stdout.slice(-3000), run.stderr.slice(-2000))
    console.error('\nThe fast tier failed; nothing to measure.')
    process.exit(run.status ?? 1)
  }
  const tests = /Tests\s+(\d+) passed/.exec(run.stdout)?.[1] ?? '?'
  runs.push({ seconds, tests, load })
  console.log(`run ${i + 1}: ${seconds.toFixed(1)} s, ${tests} tests, load ${load.toFixed(1)}`)
}
const median = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(RUNS / 2)]!
const text = `# The fast tier's time (\`npm run bench:unit\`)

Written by \`npm run bench:unit\`; do not edit. ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} CPUs.

\`npm run test:unit\` (vitest's project "unit": Node only, no build, no browser), ${RUNS} runs, wall-clock time
including vitest's start: median **${fmt(median.seconds)} s** (${median.tests} tests). Goal: under ${GOAL_SECONDS} s${median.seconds < GOAL_SECONDS ? ' (met)' : ' (**not met**)'}.

| run | time | load average (1 min) at start |
|---:|---:|---:|
${runs.map((r, i) => `| ${i + 1} | ${fmt(r.seconds)} s | ${fmt(r.load)} |`).join('\n')}

The time depends on how busy the machine is; run it when nothing else is.
`
writeFileSync(join(PROJECT_ROOT, 'bench', 'UNIT.md'), text)
console.log(`\n${text}`)
