import vue from '@vitejs/plugin-vue'
import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'
import { BROWSER, OFFICE, SITE } from './vitest.config.ts'

// The fast tier (the "unit" project of vitest.config.ts) as a config of its own, for StrykerJS
// (`npm run mutate`), whose vitest runner runs one project. Same files, plugins and alias.
export default defineConfig({
  plugins: [vue()],
  resolve: { alias: [{ find: /^vitepress$/, replacement: fileURLToPath(new URL('tests/charts/vitepress-client.ts', import.meta.url)) }] },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, BROWSER, ...SITE, ...OFFICE],
    testTimeout: 60_000,
  },
})
