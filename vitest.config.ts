import vue from '@vitejs/plugin-vue'
import { fileURLToPath } from 'node:url'
import { configDefaults, defineConfig } from 'vitest/config'

// The LibreOffice round trip needs Calc; it is its own project so the unit project needs nothing but Node.
const OFFICE = ['tests/export/spreadsheet.test.ts', 'tests/export/xlsx-calc.test.ts', 'tests/export/first-contact.test.ts']
// Tests that read the built site; tests/build-setup.ts builds it once per run for both projects that do.
// A test file that imports tests/site/built-site.ts belongs here.
const SITE = ['tests/site/**/*.test.ts', 'tests/export/build-output.test.ts', 'tests/export/static-server.test.ts', 'tests/kommuner/kommune-pages.test.ts', 'tests/kommuner/acute-pages.test.ts']
// Tests that run the data check and the build as commands, in processes of their own (on broken
// data, which must stop them): a build tier's work, so they run beside the site tests, not in the fast tier.
const COMMANDS = ['tests/data/broken-data-stops.test.ts']
const BUILD = 'tests/build-setup.ts'
const BROWSER = 'tests/browser/**'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // CI and the team's machine have 2 CPUs. The Node-only projects (unit, site, office: groupOrder 0)
    // run their files two at a time, first; then the browser files run one at a time (groupOrder 1),
    // since each already keeps several pages busy in the one Chromium. (Vitest runs one group after
    // the other.)
    maxWorkers: 2,
    // Vitest runs a project's global setup only when one of its files is selected, so `--project unit`
    // builds nothing and starts nothing. (`include` is set per project: a project that extends the
    // root adds to the root's lists rather than replacing them.)
    projects: [
      // Node only: the data module, exports, charts (rendered with Vue's server renderer).
      {
        extends: true,
        plugins: [vue()],
        // Components import `withBase` from VitePress's client, which needs a running site; the chart
        // tests render them outside one (base "/").
        resolve: { alias: [{ find: /^vitepress$/, replacement: fileURLToPath(new URL('tests/charts/vitepress-client.ts', import.meta.url)) }] },
        // Not isolated: the unit files share one module graph per worker instead of importing the data
        // and site modules anew for each file (imports were two thirds of the tier's 31–33 s; about 20 s now, bench/UNIT.md).
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, BROWSER, ...SITE, ...COMMANDS, ...OFFICE], isolate: false },
      },
      // The built site's HTML and downloads, read as files; and the check and build as commands.
      { extends: true, test: { name: 'site', include: [...SITE, ...COMMANDS], globalSetup: [BUILD] } },
      // LibreOffice Calc opens the exports.
      { extends: true, test: { name: 'office', include: OFFICE } },
      // Debian Chromium against the built site, served on 127.0.0.1; the browser setup serves what BUILD built.
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: [BUILD, 'tests/browser/global-setup.ts'], maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
})
