/**
 * Builds the islands' browser scripts (one per `*.island.ts`, Vue and shared code split into
 * common chunks) with Vite and @vitejs/plugin-vue, into `<outDir>/assets/islands/`. The root is
 * the site's srcDir, as in VitePress's own build, so components get the same scoped-style ids on
 * the client as in the server's HTML. CSS is not written: the server build already has it.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { build, type Rollup } from 'vite'

export const ISLANDS_DIR = dirname(fileURLToPath(import.meta.url))
const SUFFIX = '.island.ts'

/** The islands there are, by name (`NskDirectory` for NskDirectory.island.ts). */
export const islandNames = (): string[] => readdirSync(ISLANDS_DIR).filter((f) => f.endsWith(SUFFIX)).map((f) => f.slice(0, -SUFFIX.length))

/** Builds every island; returns each one's script URL (`/assets/islands/NskDirectory.<hash>.js`). */
export async function buildIslands(srcDir: string, outDir: string, base = '/'): Promise<Record<string, string>> {
  const names = islandNames()
  if (!names.length) return {}
  const result = (await build({
    configFile: false,
    root: srcDir,
    base,
    logLevel: 'warn',
    mode: 'production',
    // VitePress's client API needs its app, which MPA pages do not load: islands get withBase from here.
    resolve: { alias: [{ find: /^vitepress$/, replacement: join(ISLANDS_DIR, 'vitepress-client.ts') }] },
    plugins: [vue({ features: { optionsAPI: false, prodDevtools: false, prodHydrationMismatchDetails: false } })],
    build: {
      write: false,
      emptyOutDir: false,
      minify: true,
      target: 'es2020',
      modulePreload: false,
      rollupOptions: {
        input: Object.fromEntries(names.map((n) => [n, join(ISLANDS_DIR, n + SUFFIX)])),
        output: { format: 'es', entryFileNames: 'assets/islands/[name].[hash].js', chunkFileNames: 'assets/islands/[name].[hash].js' },
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[]
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output)
  const urls: Record<string, string> = {}
  for (const o of outputs) {
    if (o.type !== 'chunk') continue
    const file = join(outDir, o.fileName)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, o.code)
    if (o.isEntry) urls[o.name] = base + o.fileName
  }
  return urls
}
