/** Every released data version stays downloadable at /data/v<version>/, beside the latest files. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_DIR } from '../../scripts/data/load-data.ts'
import { readPackage } from '../../scripts/data/package-schema.ts'
import { DIST, builtHtml } from './built-site.ts'

const current = readPackage(join(DATA_DIR, 'datapackage.json')).version
const kept = readdirSync(join(DATA_DIR, 'releases'))
const out = (...p: string[]) => readFileSync(join(DIST, 'data', ...p))

describe('versioned downloads', () => {
  it('keeps at least the first release', () => expect(kept).toContain('1.0.0'))
  it('serves each kept release byte for byte as it was published', () => {
    for (const v of kept) {
      const files = readdirSync(join(DATA_DIR, 'releases', v))
      expect(files).toContain('datapackage.json')
      for (const f of files) expect(out(`v${v}`, f).equals(readFileSync(join(DATA_DIR, 'releases', v, f))), `/data/v${v}/${f}`).toBe(true)
    }
  })
  it('serves the current version under its number with the same bytes as the latest URLs', () => {
    for (const f of ['initiatives.csv', 'datapackage.json', 'negativ-social-kontrol-data.zip', 'checksums.json']) {
      expect(out(`v${current}`, f).equals(out(f)), `/data/v${current}/${f}`).toBe(true)
    }
  })
  it('links every version from /data/, the current one marked', () => {
    const html = builtHtml('data/index.html')
    for (const v of [current, ...kept]) expect(html).toContain(`href="/data/v${v}/datapackage.json"`)
    expect(html).toMatch(new RegExp(`Version ${current.replace(/\./g, '\\.')}</a>(<!--[^>]*-->)* \\(den nyeste\\)`))
  })
})
