import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { checkData } from '/work/wt-tests/scripts/data/load-data.ts'
const root = '/work/wt-tests'
const dir = process.argv[2]
const r = checkData(dir ? { dataDir: join(dir, 'data'), sourcesDir: join(dir, 'sources') } : {})
if (r.problems.length) throw new Error('problems')
const t = r.tables
const times: [string, number, number][] = []
async function time(name: string, f: () => unknown) {
  const t0 = performance.now(); const v = f(); const ms = performance.now() - t0
  times.push([name, ms, JSON.stringify(v)?.length ?? 0])
}
for (const f of readdirSync(join(root, 'components/data')).filter((f) => f.endsWith('.data.ts'))) {
  const src = readFileSync(join(root, 'components/data', f), 'utf8')
  const m = /pageLoader\((\w+)\)/.exec(src); if (!m) continue
  const imp = new RegExp(`import \\{[^}]*\\b${m[1]}\\b[^}]*\\} from '([^']+)'`).exec(src)!
  const mod = await import(resolve(join(root, 'components/data'), imp[1]!))
  await time(f, () => mod[m[1]!](t))
}
const k = await import(root + '/scripts/site/views/kommuner.ts')
await time('kommuneView x all', () => t.kommuner.map((x: any) => k.kommuneView(t, x.kommunekode)))
await time('regionView x all', () => t.regions.map((x: any) => k.regionView(t, x.regionskode)))
const ch = await import(root + '/scripts/export/chart-data.ts')
await time('chartData', () => ch.chartData(t))
times.sort((a, b) => b[1] - a[1])
for (const [n, ms, size] of times.slice(0, 14)) console.log(`${(ms / 1000).toFixed(2).padStart(7)} s ${(size / 1e6).toFixed(2).padStart(7)} MB  ${n}`)
console.log('total', (times.reduce((s, x) => s + x[1], 0) / 1000).toFixed(1), 's; payload', (times.reduce((s, x) => s + x[2], 0) / 1e6).toFixed(1), 'MB')
