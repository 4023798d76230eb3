import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share one built site and one server; files run one at a time to keep CI predictable.
    fileParallelism: false,
    projects: [
      // Everything but the browser tests: needs no built site and no Chromium.
      { extends: true, test: { name: 'unit', exclude: [...configDefaults.exclude, 'tests/browser/**'] } },
      // The browser tests: the global setup serves .vitepress/dist and starts one Chromium for all files.
      // Vitest runs it only when a browser test file is selected.
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/browser/global-setup.ts'] } },
    ],
  },
})
