/**
 * The accessibility statement on /om (issue 22) says what is true of the project: the standard it
 * aims at, the engines the browser tests run (each one a dependency the tests load), what was tried
 * by hand and when, and what was not tried.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DomUtils, parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/data/load-data.ts'
import { builtHtml } from './built-site.ts'

const text = DomUtils.textContent(parseDocument(builtHtml('om.html'))).replace(/\s+/g, ' ')
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
const engines = readFileSync(join(PROJECT_ROOT, 'tests', 'browser', 'engines.ts'), 'utf8') + readFileSync(join(PROJECT_ROOT, 'tests', 'browser', 'axe.ts'), 'utf8')

describe('the accessibility statement on /om', () => {
  it('aims at WCAG 2.2 level AA', () => {
    expect(text).toContain('WCAG 2.2 niveau AA')
  })
  it.each([
    ['axe-core', 'axe-core'],
    ['HTML_CodeSniffer', 'html_codesniffer'],
    ['IBM Equal Access', 'accessibility-checker-engine'],
  ])('names %s, which the browser tests load (%s)', (name, dependency) => {
    expect(text).toContain(name)
    expect(pkg.devDependencies[dependency], `${dependency} in devDependencies`).toBeDefined()
    expect(engines).toContain(`'${dependency}`)
  })
  it('says what was tried by hand, on which day, and what was not tried', () => {
    expect(text).toMatch(/prøvet i hånden \d{1,2}\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) \d{4}/)
    expect(text).toContain('ikke afprøvet')
  })
})
