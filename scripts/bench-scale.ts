/**
 * `npm run bench:scale` (issue 17 §5): builds the site from generated copies of the data, kept out
 * of `data/` (a temporary folder, given to the build as NSK_DATA_DIR and NSK_SOURCES_DIR), and
 * reports each build's time and peak memory as ratios to the real build's, in one go:
 *   (a) every copyable table × 10 and × 100 (scripts/bench/scale-data.ts: new ids, the originals'
 *       sources and quotes, every check still runs, the page count stays); target: × 100 rows in at
 *       most 3 × the time;
 *   (b) pages × 10 (synthetic kommuner, one page each); target: at most linear time per page.
 * Peak memory is the largest sum of the resident memory of the build and every process it started
 * (sampled every 100 ms from /proc). Writes the table to bench/SCALE.md. A benchmark, not a test:
 * it prints figures; run it when nothing else is building (`flock /work/notes/fulltest.lock` on the
 * team's machine). `--only real,rows10` runs some of the cases.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { NOT_COPIED, writeScaledData } from './bench/scale-data.ts'
import { checkData, DATA_DIR, PROJECT_ROOT, SOURCES_DIR } from './data/load-data.ts'

interface Case { id: string; label: string; rows: number; kommuner: (realPages: number, realKommuner: number) => number }
const CASES: Case[] = [
  { id: 'real', label: 'the real data', rows: 1, kommuner: () => 0 },
  { id: 'rows10', label: '(a) rows × 10', rows: 10, kommuner: () => 0 },
  // Nine times the real build's pages more, one synthetic kommune page each: pages × 10.
  { id: 'pages10', label: '(b) pages × 10', rows: 1, kommuner: (pages) => 9 * pages },
  { id: 'rows100', label: '(a) rows × 100', rows: 100, kommuner: () => 0 },
]
/** A build that runs out of Node's default heap is reported so, then run again with this much (MB). */
const BIG_HEAP = 12_288

interface Run { id: string; label: string; seconds: number; peakMb: number; pages: number; htmlMb: number; rows: number; kommuner: number; phases: Record<string, number>; failed?: string }

const { values: args } = parseArgs({ options: { only: { type: 'string' }, keep: { type: 'boolean' } } })
const only = args.only ? new Set(args.only.split(',')) : null
const work = mkdtempSync(join(tmpdir(), 'nsk-scale-'))
const runs: Run[] = []
const started = new Date()
const loads: number[] = []

try {
  for (const c of CASES) {
    if (only && c.id !== 'real' && !only.has(c.id)) continue
    const real = runs.find((r) => r.id === 'real')
    const extra = c.kommuner(real?.pages ?? 0, real ? real.kommuner : 0)
    const dir = join(work, c.id)
    const t0 = performance.now()
    const data = c.id === 'real' ? null : writeScaledData({ dataDir: DATA_DIR, sourcesDir: SOURCES_DIR }, dir, { rows: c.rows, kommuner: extra })
    const generated = (performance.now() - t0) / 1000
    const env: Record<string, string> = data ? { NSK_DATA_DIR: data.dataDir, NSK_SOURCES_DIR: data.sourcesDir } : {}
    const out = join(work, `${c.id}-dist`)
    console.log(`\n${c.label}: ${data ? `data generated in ${generated.toFixed(1)} s, ` : ''}building …`)
    const counts = data ? data.rows : rowCounts()
    const rows = Object.values(counts).reduce((s, n) => s + n, 0)
    const kommuner = counts.kommuner!
    for (const heap of [null, BIG_HEAP]) {
      loads.push(loadavg()[0]!)
      const { ok, seconds, peakMb, log } = await timedBuild(out, heap ? { ...env, NODE_OPTIONS: `--max-old-space-size=${heap}` } : env)
      const oom = !ok && /heap out of memory/.test(log)
      if (!ok && !oom) throw new Error(`${c.label}: the build failed:\n${log.slice(-4000)}`)
      const label = heap ? `${c.label}, heap ${heap / 1024} GB` : c.label
      const run: Run = { id: c.id, label, seconds, peakMb, pages: ok ? countPages(out) : 0, htmlMb: ok ? htmlMegabytes(out) : 0, rows, kommuner, phases: phases(log), ...(oom ? { failed: `out of memory after ${seconds.toFixed(0)} s${heap ? '' : " (Node's default heap)"}` } : {}) }
      runs.push(run)
      console.log(`${label}: ${run.failed ?? 'built'}, ${seconds.toFixed(1)} s, peak ${peakMb.toFixed(0)} MB, ${run.pages} pages, ${rows} rows (${Object.entries(run.phases).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')})`)
      rmSync(out, { recursive: true, force: true })
      if (!oom) break
    }
    if (!args.keep) rmSync(dir, { recursive: true, force: true })
  }
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true })
  else console.log(`kept ${work}`)
}

const real = runs.find((r) => r.id === 'real')!
const fmt = (n: number, d = 1) => n.toFixed(d).replace('.', ',')
const lines = [
  '| build | rows | pages | HTML | time | × real | peak memory | × real | time per page × real | time per MB of HTML × real | phases (s) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ...runs.map((r) => {
    const phaseText = Object.entries(r.phases).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')
    if (r.failed) return `| ${r.label} | ${r.rows} | – | – | **${r.failed}** | – | ${fmt(r.peakMb, 0)} MB | ${fmt(r.peakMb / real.peakMb, 2)} | – | – | ${phaseText} |`
    const perPage = r.seconds / r.pages / (real.seconds / real.pages)
    const perMb = r.seconds / r.htmlMb / (real.seconds / real.htmlMb)
    return `| ${r.label} | ${r.rows} | ${r.pages} | ${fmt(r.htmlMb)} MB | ${fmt(r.seconds)} s | **${fmt(r.seconds / real.seconds, 2)}** | ${fmt(r.peakMb, 0)} MB | ${fmt(r.peakMb / real.peakMb, 2)} | ${fmt(perPage, 2)} | ${fmt(perMb, 2)} | ${phaseText} |`
  }),
]
const report = `# Scale bench (\`npm run bench:scale\`)

Run ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores (${fmt(totalmem() / 2 ** 30, 0)} GB), load average at each build's start ${loads.map((l) => fmt(l)).join(' / ')}.
Each build is \`scripts/build.ts\` (data check, downloads, VitePress, search index) from a generated copy of
the data in a temporary folder; time is wall-clock, peak memory the largest total resident memory of the
build and its child processes. A build that runs out of Node's default heap is shown so and built
again with a ${BIG_HEAP / 1024} GB heap. HTML is the size of every page written. Targets: rows × 100 in at
most 3 × the real build's time; pages × 10 at most linear (time per page × real ≤ 1). The last ratio,
time per MB of HTML, is ≤ 1 when the build grows no faster than what it writes.

${lines.join('\n')}

Not copied (scripts/bench/scale-data.ts): ${Object.entries(NOT_COPIED).map(([t, why]) => `${t} (${why})`).join('; ')}.
`
console.log(`\n${lines.join('\n')}`)
writeFileSync(join(PROJECT_ROOT, 'bench', 'SCALE.md'), report + readNotes())

/** What bench/SCALE.md says below the table (findings written by hand), kept across runs. */
function readNotes(): string {
  try {
    const text = readFileSync(join(PROJECT_ROOT, 'bench', 'SCALE.md'), 'utf8')
    const at = text.indexOf('\n## ')
    return at >= 0 ? text.slice(at) : ''
  } catch {
    return ''
  }
}

function timedBuild(out: string, env: Record<string, string>): Promise<{ ok: boolean; seconds: number; peakMb: number; log: string }> {
  const tsx = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(process.execPath, [tsx, 'scripts/build.ts', '--out-dir', out], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let log = ''
    child.stdout.on('data', (b: Buffer) => (log += b))
    child.stderr.on('data', (b: Buffer) => (log += b))
    let peak = 0
    const sample = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100)
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(sample)
      resolve({ ok: code === 0, seconds: (performance.now() - t0) / 1000, peakMb: peak / 2 ** 20, log })
    })
  })
}

/**
 * Resident bytes of a process and all its descendants, from /proc: each process's own threads'
 * `children` lists, so a sample reads only the build's processes (reading every process's stat on
 * a busy machine took a quarter of a core).
 */
function treeRss(root: number): number {
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()!
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      total += Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[21]) * 4096
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const kids = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim()
        if (kids) stack.push(...kids.split(' ').map(Number))
      }
    } catch {} // the process ended meanwhile
  }
  return total
}

/** The build's own timings of its steps (`timing <step>: <s> s`, printed by scripts/build.ts). */
function phases(log: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const m of log.matchAll(/^timing ([a-z -]+): ([\d.]+) s$/gm)) out[m[1]!] = Number(m[2])
  return out
}

/** The size of the pages written (every HTML file): what the build has to render and index. */
function htmlMegabytes(dir: string): number {
  let bytes = 0
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile() && e.name.endsWith('.html')) bytes += statSync(join(e.parentPath, e.name)).size
  return bytes / 2 ** 20
}

function countPages(dir: string): number {
  let n = 0
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile() && e.name.endsWith('.html') && e.name !== '404.html') n++
  return n
}
function rowCounts(): Record<string, number> {
  const { tables, problems } = checkData()
  if (problems.length) throw new Error(`bench:scale: the real data has problems; run npm run check:data`)
  return Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, (t as unknown[]).length]))
}
