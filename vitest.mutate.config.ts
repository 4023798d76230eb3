import vue from '@vitejs/plugin-vue'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The part of the fast tier (the "unit" project of vitest.config.ts) written for the modules StrykerJS
// mutates (`npm run mutate`): Danish formats, slugs, citations, figures and amounts, each tested
// against hand-written outputs (tests/format/words.test.ts: the vocabulary, dates in words, English
// amounts and figures, our sums). The rest of the unit tier (data module, exports, chart goldens) runs
// in `npm run test:unit`; left out here so one mutation run fits the team's two shared cores.
export default defineConfig({
  plugins: [vue()],
  resolve: { alias: [{ find: /^vitepress$/, replacement: fileURLToPath(new URL('tests/charts/vitepress-client.ts', import.meta.url)) }] },
  test: {
    include: ['tests/format/**/*.test.ts', 'tests/kommuner/slug.test.ts'],
    testTimeout: 60_000,
  },
})
