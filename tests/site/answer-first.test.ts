/**
 * Answer first, and exactly what the sources say: each results page opens with "Kort fortalt"
 * (at most 120 words, every sentence marked with its sources, every number in data/); the home
 * page answers "Virkede det?"; Copenhagen's figures read as the 2018 status with the source's own
 * verdict in chart, table and badges; and the readers' findings of issue 8 §3 stay fixed.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DATA_DIR, loadData } from '../../scripts/data/load-data.ts'
import { kkTargetsChart, kkVerdict, verdictText } from '../../scripts/site/charts/kk-targets.ts'
import { wordCount } from '../../scripts/site/summary.ts'
import { aftaleView } from '../../scripts/site/views/aftale.ts'
import { anbefalingerView } from '../../scripts/site/views/anbefalinger.ts'
import { handlingsplanView } from '../../scripts/site/views/handlingsplan.ts'
import { koebenhavnView } from '../../scripts/site/views/koebenhavn.ts'
import { tidslinjeView } from '../../scripts/site/views/tidslinje.ts'
import { builtHtml, contentText, figuresIn } from './built-site.ts'
import { all, byId, docOf, hasClass, text, textWithout } from './html.ts'
import { recordAnchor } from './oracle.ts'

const t = loadData()
const allowed = new Set(
  readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => readFileSync(join(DATA_DIR, f), 'utf8'))
    .flatMap((s) => [...figuresIn(s.replace(/(\d)\.(\d)/g, '$1,$2')), ...(s.match(/\d+(?:\.\d+)?/g) ?? []).map(Number)]),
)

const RESULTS = {
  'handlingsplan-2017-2020.html': handlingsplanView,
  'aftale-2021-2024.html': aftaleView,
  'koebenhavn-2017-18.html': koebenhavnView,
  'anbefalinger.html': anbefalingerView,
  'tidslinje.html': tidslinjeView,
} as const

describe.each(Object.entries(RESULTS))('"Kort fortalt" on %s', (file, view) => {
  const summary = view(t).summary
  const doc = docOf(builtHtml(file))
  const box = all(doc, (e) => hasClass(e, 'NskSummary'))[0]

  it('comes first: the first heading after the title, then the summary', () => {
    const h2 = all(doc, (e) => e.name === 'h2')[0]!
    expect(h2.attribs.id).toBe('kort-fortalt')
    expect(box).toBeDefined()
  })
  it('is at most 120 words, each sentence with at least one numbered source', () => {
    expect(wordCount(summary)).toBeLessThanOrEqual(120)
    expect(wordCount(summary)).toBeGreaterThan(20)
    for (const s of summary) expect(s.marks.length, s.text).toBeGreaterThan(0)
    expect(all(box!, (e) => hasClass(e, 'NskMark')).length).toBe(summary.length)
  })
  it('shows only numbers that are in data/', () => {
    const shown = textWithout(box!, (e) => hasClass(e, 'NskMark'))
    expect(figuresIn(shown).filter((n) => !allowed.has(n))).toEqual([])
    for (const s of summary) expect(shown.replace(/\s+/g, ' ')).toContain(s.text.replace(/\s+/g, ' '))
  })
})

describe('the home page', () => {
  const doc = docOf(builtHtml('index.html'))
  it('answers "Virkede det?" first, with each kommune count in its own source’s words, the outcome and the money, each cited', () => {
    expect(all(doc, (e) => e.name === 'h2')[0]!.attribs.id).toBe('virkede-det')
    const facts = all(doc, (e) => e.name === 'ul' && hasClass(e, 'facts'))[0]!
    const items = all(facts, (e) => e.name === 'li').map((li) => ({ text: textWithout(li, (e) => hasClass(e, 'NskMark')), marks: all(li, (e) => hasClass(e, 'NskMark')).length }))
    const find = (s: string) => items.find((i) => i.text.includes(s))
    expect(find('93 kommuner')?.text).toMatch(/ministerens brev.*initiativer under handlingsplanen/)
    expect(find('86 af 98 kommuner')?.text).toMatch(/pressemeddelelsen.*handlingsplanens initiativer/)
    expect(find('20 af 22')?.text).toMatch(/1 blev opgivet og 1 aflyst/)
    expect(find('73,4 mio. kr.')).toBeDefined()
    for (const i of items) expect(i.marks, i.text).toBeGreaterThan(0)
  })
  it('reads the Copenhagen card as a 2018 status, not a final result', () => {
    const text = contentText(builtHtml('index.html'))
    expect(text).toMatch(/status 2018 .*980 af mindst 2\.000 børn og unge .*før efterårets aktiviteter – målet forventes nået/)
  })
})

describe('Københavns Kommune 2017–18', () => {
  const chart = kkTargetsChart(t)
  const html = builtHtml('koebenhavn-2017-18.html')
  const doc = docOf(html)
  it('gives one verdict per recommendation: the 2018 status row, in chart table, card badge and chart label alike', () => {
    const named = t.initiatives.filter((i) => i.plan_id === 'kk2017' && i.naming === 'named')
    for (const i of named) {
      const verdict = kkVerdict(t, i.initiative_id)!
      expect(verdict, i.initiative_id).toBeDefined()
      const rows = chart.table.rows.filter((r) => r[0] === i.name)
      for (const r of rows) expect(r.at(-1), i.name).toBe(verdictText(verdict.status))
      const card = byId(doc, recordAnchor('initiatives', i.initiative_id!))!.parent!
      const badges = all(card as never, (e) => hasClass(e, 'badge')).map((b) => text(b).toLowerCase())
      expect(badges, i.name).toEqual([verdictText(verdict.status)])
    }
    expect(chart.table.rows.some((r) => r.includes('Ja') || r.includes('Nej'))).toBe(false)
    expect(contentText(html)).not.toMatch(/Mål nået: Nej|Målet nået \/ Ja/)
  })
  it('draws item 5 or says why it is not drawn', () => {
    const item5 = t.indicators.find((i) => i.indicator_id === 'kk2017-support-contacts-share')!
    const drawn = chart.csv.rows.some((r) => r[0] === item5.indicator_id)
    if (!drawn) expect(chart.notes.join(' ')).toMatch(/er ikke tegnet: .*målet er nået, men ikke hvor stor andelen blev/)
    expect(contentText(html)).toMatch(/ikke tegnet/)
  })
  it('says the figures are a 2018 status taken before the autumn activities', () => {
    expect(contentText(html)).toMatch(/status fra 2018, taget før aktiviteterne i efteråret 2018/)
  })
})

describe('what the sources say, said exactly', () => {
  const aftale = contentText(builtHtml('aftale-2021-2024.html'))
  const hp = contentText(builtHtml('handlingsplan-2017-2020.html'))
  it('gives Baba and Bydelsmødre their period and their origin (the Finance Act 2021) in visible text', () => {
    const visible = textWithout(docOf(builtHtml('aftale-2021-2024.html')), (e) => e.name === 'q' || e.name === 'blockquote')
    expect(visible).toMatch(/afsætter finanslovsaftalen for 2021 3 mio\. kr\. om året til Baba og 2,8 mio\. kr\. om året til Bydelsmødre i 2021–2022/)
    expect(visible).toMatch(/ikke en del af aftalen af 25\. januar 2021/)
  })
  it('shows the Finance Act frame and the FL21 frame once, as one sum with both sources', () => {
    const doc = docOf(builtHtml('aftale-2021-2024.html'))
    const p = all(doc, (e) => e.name === 'p' && text(e).startsWith('FL21-rammen: 4 × 10 mio. kr.'))
    expect(p).toHaveLength(1)
    const marks = all(p[0]!, (e) => e.name === 'a' && /^#kilde-\d+$/.test(e.attribs.href ?? ''))
    const groups = marks.map((m) => byId(doc, m.attribs.href!.slice(1))!.parent!.parent as never)
    const docs = new Set(groups.map((g) => text(all(g, (e) => hasClass(e, 'doc'))[0]!)))
    expect(docs.size).toBe(2)
    expect(aftale).toMatch(/det er ét beløb, ikke to/)
  })
  it('says the evaluation’s recommendations are ones the government "vil se nærmere på", wherever they are shown', () => {
    expect(hp).toMatch(/regeringen vil se nærmere på/)
    const anb = docOf(builtHtml('anbefalinger.html'))
    for (const r of t.recommendations.filter((x) => x.plan_id === 'hp2017')) {
      expect(text(byId(anb, recordAnchor('recommendations', r.recommendation_id))!), r.recommendation_id).toMatch(/Regeringen vil se nærmere på den/)
    }
  })
  it('explains the 2016 plan’s 14 initiatives against the 22 launched, on the page', () => {
    expect(hp).toMatch(/regeringens handlingsplan \(senest opdateret 27\. juli 2017\).*indeholder 14 initiativer.*tæller 22 igangsatte.*Vores slutning: kilderne forklarer ikke, hvordan de 14 initiativer i regeringens plan blev til de 22/)
  })
  it('says what each source says about the security consultants, and that neither gives a table by region', () => {
    expect(aftale).toMatch(/kommunalt forankret i landets 5 regioner/)
    expect(aftale).toMatch(/nævner 4 kommuner med resultatkontrakter om ordningen: Aalborg, Aarhus, København og Odense/)
    expect(aftale).toMatch(/Ingen af de to kilder giver en oversigt over, hvilken kommune der dækker hvilken region/)
  })
  it('shows the five exit homes there were beside the four new ones, and the minister’s words as a quote', () => {
    expect(aftale).toMatch(/4 nye exit-boliger .*I forvejen var der 5 i Danmark/)
    const doc = docOf(builtHtml('handlingsplan-2017-2020.html'))
    const q = all(doc, (e) => e.name === 'blockquote' && e.attribs['data-source'] === 'sameksistens-2021')
    expect(text(q)).toMatch(/toppen af isbjerget/)
  })
})
