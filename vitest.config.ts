import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share one built site and one server; files run one at a time to keep CI predictable.
    fileParallelism: false,
    // Two projects, so only the browser tests need a built site and Chromium. (`include` is set per
    // project: a project that extends the root adds to the root's lists rather than replacing them.)
    projects: [
      // Every test under tests/ but the browser tests.
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/browser/**'] } },
      // The global setup serves .vitepress/dist and starts one Chromium for all files; Vitest runs it
      // only when a browser test file is selected.
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/browser/global-setup.ts'] } },
    ],
  },
})
