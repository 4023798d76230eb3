import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { DATA_DIR, PROJECT_ROOT } from '../../scripts/data/load-data.ts'
import { readPackage } from '../../scripts/data/package-schema.ts'
import { citationBibtex, citationText, readCitation } from '../../scripts/export/citation.ts'
import { checkVersions } from '../../scripts/export/export-files.ts'
import { loadData } from '../../scripts/data/load-data.ts'

const pkg = readPackage(join(DATA_DIR, 'datapackage.json'))
const cff = readCitation(join(PROJECT_ROOT, 'CITATION.cff'))

describe('CITATION.cff', () => {
  it('is complete enough for Zenodo to mint a DOI on release (it reads CITATION.cff; no .zenodo.json to drift from it)', () => {
    const raw = parse(readFileSync(join(PROJECT_ROOT, 'CITATION.cff'), 'utf8')) as Record<string, unknown>
    for (const key of ['cff-version', 'type', 'title', 'abstract', 'authors', 'version', 'date-released', 'license', 'keywords']) expect(raw[key], key).toBeTruthy()
    expect(raw.type).toBe('dataset')
    expect((raw.keywords as string[]).length).toBeGreaterThan(0)
    // One release date everywhere: CITATION.cff, datapackage.json's created (which dates the ZIP's entries) and the CHANGELOG.
    expect(String(raw['date-released'])).toBe((pkg as unknown as { created: string }).created.slice(0, 10))
  })

  it('is a CFF 1.2.0 dataset under CC-BY-4.0, by the project, crediting the original publishers', () => {
    expect(cff.license).toBe('CC-BY-4.0')
    expect(cff.authors).toEqual(['Negativ social kontrol i tal'])
    expect(cff.title).toBe(pkg.title)
    const publishers = cff.references.flatMap((r) => r.authors)
    for (const p of ['Udlændinge- og Integrationsministeriet', 'Københavns Kommune', 'Styrelsen for Dataforsyning og Infrastruktur']) expect(publishers).toContain(p)
  })

  it('credits every publisher of sources.csv, in CITATION.cff, in the reference-list line, in data/LICENSE and in the codebook', () => {
    const publishers = [...new Set(loadData().sources.map((s) => s.publisher))]
    expect(publishers.length).toBeGreaterThan(10)
    const credited = cff.references.flatMap((r) => r.authors)
    const line = citationText(cff)
    const licence = readFileSync(join(DATA_DIR, 'LICENSE'), 'utf8').replace(/\s+/g, ' ')
    const codebook = readFileSync(join(DATA_DIR, 'README.md'), 'utf8').replace(/\s+/g, ' ')
    for (const p of publishers) {
      expect(credited, `CITATION.cff credits ${p}`).toContain(p)
      expect(line, `the citation line credits ${p}`).toContain(p)
      expect(licence, `data/LICENSE credits ${p}`).toContain(p)
      expect(codebook, `the codebook credits ${p}`).toContain(p)
    }
    // The credit line LICENSE suggests is the citation line, with its year and version left to fill in.
    const year = cff.dateReleased.slice(0, 4)
    expect(licence).toContain(line.replace(`(${year})`, '(år)').replace(`(version ${cff.version})`, '(version …)'))
    // And credits nobody who published nothing here.
    for (const c of credited) expect(publishers, `${c} in CITATION.cff publishes a source`).toContain(c)
  })

  it('has the version of datapackage.json and the date of the newest CHANGELOG entry', () => {
    expect(cff.version).toBe(pkg.version)
    expect(() => checkVersions(pkg, PROJECT_ROOT, DATA_DIR)).not.toThrow()
    const newest = /^## (\S+) – (\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(DATA_DIR, 'CHANGELOG.md'), 'utf8'))
    expect(newest?.[1]).toBe(pkg.version)
    expect(newest?.[2]).toBe(cff.dateReleased)
  })

  it('the newest CHANGELOG entry counts the tables the package has', () => {
    const text = readFileSync(join(DATA_DIR, 'CHANGELOG.md'), 'utf8')
    const newest = text.slice(text.indexOf('\n## '), text.indexOf('\n## ', text.indexOf('\n## ') + 1) >>> 0)
    expect(/(\d+) tabeller/.exec(newest)?.[1]).toBe(String(pkg.resources.length))
  })

  it('stops the build when a version is bumped in one place only', () => {
    const root = mkdtempSync(join(tmpdir(), 'nsk-cff-'))
    try {
      cpSync(join(PROJECT_ROOT, 'CITATION.cff'), join(root, 'CITATION.cff'))
      expect(() => checkVersions({ ...pkg, version: '9.9.9' }, root, DATA_DIR)).toThrow(/CITATION\.cff: expected version 9\.9\.9 \(as in datapackage\.json\), found /)
      writeFileSync(join(root, 'CITATION.cff'), readFileSync(join(root, 'CITATION.cff'), 'utf8').replace(/^version: .*$/m, 'version: 9.9.9'))
      expect(() => checkVersions({ ...pkg, version: '9.9.9' }, root, DATA_DIR)).toThrow(/data\/CHANGELOG\.md: expected the newest entry "## 9\.9\.9/)
      writeFileSync(join(root, 'CITATION.cff'), 'cff-version: 1.2.0\ntype: software\n')
      expect(() => readCitation(join(root, 'CITATION.cff'))).toThrow(/expected type dataset/)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('gives the reference-list line and BibTeX the Data page shows', () => {
    expect(citationText(cff)).toBe(
      `Negativ social kontrol i tal (${cff.dateReleased.slice(0, 4)}). ${pkg.title} (version ${pkg.version}) [datasæt]. Licens: CC BY 4.0. ` +
        'Udtrukket af offentlige dokumenter fra Udlændinge- og Integrationsministeriet, Københavns Kommune, Styrelsen for Dataforsyning og Infrastruktur, ' +
        'Styrelsen for International Rekruttering og Integration (SIRI), MÆRK – Nationalt Center mod Æresrelaterede Konflikter, Aarhus Kommune, ' +
        'Kristeligt Dagblad (Ritzau), Den Offentlige, Slagelse.info, Public Perspectives (Deloitte), elov.dk, Sameksistens.dk, Als Research, ' +
        'Kerteminde Kommune, Greve Kommune, Brønderslev Kommune, Aalborg Kommune, Hjørring Kommune, Favrskov Kommune, Odense Kommune, ' +
        'Halsnæs Kommune, Skive Kommune, Silkeborg Kommune, Faaborg-Midtfyn Kommune, Lovguiden, Faxe Kommune, Rigspolitiet, ' +
        'Region Nordjylland, Social- og Boligstyrelsen, GOV.UK Design System og Etnisk Ung.',
    )
    const bib = citationBibtex(cff)
    expect(bib).toMatch(/^@misc\{negativsocialkontrol\d{4},$/m)
    expect(bib).toContain('author  = {{Negativ social kontrol i tal}},')
    expect(bib).toContain(`version = {${pkg.version}},`)
  })
})

describe('the licences', () => {
  it('data/LICENSE is CC BY 4.0 with a link and credits the original publishers', () => {
    const text = readFileSync(join(DATA_DIR, 'LICENSE'), 'utf8')
    expect(text).toContain('https://creativecommons.org/licenses/by/4.0/')
    for (const p of ['Udlændinge- og Integrationsministeriet', 'Københavns Kommune', 'Styrelsen for Dataforsyning og Infrastruktur']) expect(text).toContain(p)
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0'])
  })

  it('the code is MIT, as package.json says', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'LICENSE'), 'utf8')
    expect(text.startsWith('MIT License')).toBe(true)
    expect((JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { license: string }).license).toBe('MIT')
  })
})
