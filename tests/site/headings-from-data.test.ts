/**
 * Headings whose figures come from the data (no page types a figure: tests/pages/typed-figures.test.ts)
 * show the figures, not the expressions, wherever the heading is named: the rendered <h2> with its
 * anchor, its permalink's title, the contents list ("På denne side" / "On this page"). The figures
 * expected are read from the CSVs here (tests/site/oracle.ts), the words around them written by hand.
 * Descriptions that hold a figure (meta, Open Graph, Twitter) say the data's figure. And no built page
 * shows a Vue expression ({{ … }}) anywhere, in text or attribute (code blocks aside).
 */
import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { builtHtml, PAGES } from './built-site.ts'
import { all, byId, docOf, hasClass, text } from './html.ts'
import { danishDate, englishDate, TABLES } from './oracle.ts'

const indicator = (id: string) => TABLES.indicators!.find((i) => i.indicator_id === id)!
const source = (id: string) => TABLES.sources!.find((s) => s.source_id === id)!
const plan = (id: string) => TABLES.plans!.find((p) => p.plan_id === id)!

const first = indicator('hp2016-initiatives').value!
const launched = indicator('hp2017-initiatives-launched').value!
const letter = source('min-2020-06-29').date!
// The status of Copenhagen's targets: one date for all of them (the annex is dated by its year).
const statusDates = [...new Set(TABLES.indicators!.filter((i) => i.plan_id === 'kk2017' && i.kind === 'target_reached').map((i) => i.date!))]
const fl21 = plan('fl21')

const HEADINGS: { file: string; id: string; heading: string; link: (h: string) => string; outline: boolean }[] = [
  { file: 'handlingsplan-2017-2020.html', id: 'plan-2016', heading: `Fra ${first} til ${launched} initiativer`, link: (h) => `Direkte link til »${h}«`, outline: true },
  { file: 'en/action-plan-2017-2020.html', id: 'plan-2016', heading: `From ${first} to ${launched} initiatives`, link: (h) => `Direct link to “${h}”`, outline: true },
  { file: 'hjaelp.html', id: 'brevet-2020', heading: `Brevet til alle kommuner ${danishDate(letter)}`, link: (h) => `Direkte link til »${h}«`, outline: false },
  { file: 'en/help.html', id: 'letter-2020', heading: `The letter to every kommune, ${englishDate(letter)}`, link: (h) => `Direct link to “${h}”`, outline: false },
  { file: 'koebenhavn-2017-18.html', id: 'maal', heading: `Mål og status i ${danishDate(statusDates[0]!)}`, link: (h) => `Direkte link til »${h}«`, outline: true },
  { file: 'en/copenhagen-2017-18.html', id: 'targets', heading: `Targets and status in ${englishDate(statusDates[0]!)}`, link: (h) => `Direct link to “${h}”`, outline: true },
]

describe('headings with figures from the data', () => {
  it('read figures the data has', () => {
    expect([first, launched, letter]).toEqual([String(TABLES.initiatives!.filter((i) => i.plan_id === 'hp2016').length), '22', '2020-06-29'])
    expect(statusDates).toEqual(['2018'])
  })

  it.each(HEADINGS)('$file #$id: "$heading" in the heading, its permalink and the contents list', ({ file, id, heading, link, outline }) => {
    const html = builtHtml(file)
    const h = byId(docOf(html), id)!
    expect(h, `#${id}`).not.toBeNull()
    expect(h.name).toBe('h2')
    expect(text(h)).toBe(heading)
    const permalink = all(h, (e) => (e.attribs.class ?? '') === 'header-anchor')[0]!
    expect(permalink.attribs).toMatchObject({ href: `#${id}`, title: link(heading) })
    const lists = all(parseDocument(html).children, (e) => e.name === 'ul' && hasClass(e, 'PageOutline'))
    const entries = lists.flatMap((l) => all(l, (e) => e.name === 'a' && e.attribs.href === `#${id}`))
    // The contents list is drawn twice (the folding one for narrow screens, the one beside the page).
    expect(entries.map(text)).toEqual(outline ? [heading, heading] : [])
  })

  it('the English split of the FL21 frame heads its amounts with the frame’s years', () => {
    const head = all(docOf(builtHtml('en/agreement-2021-2024.html')), (e) => e.name === 'th').map(text)
    expect(head).toContain(`For ${fl21.start_year}–${fl21.end_year}`)
  })
})

// Descriptions with a figure are made from the data (scripts/site/descriptions.ts): the same words as
// before, the figures read from the CSVs here.
const firstEventYear = TABLES.events!.map((e) => e.date_start!.slice(0, 4)).sort()[0]!
const agreed = TABLES.events!.find((e) => e.event_id === '2021-01-25-agreement')!.date!
const kkRecs = TABLES.initiatives!.filter((i) => i.plan_id === 'kk2017' && i.naming === 'named').length
const DESCRIPTIONS: [string, string][] = [
  ['tidslinje.html', `Begivenhederne i indsatsen mod negativ social kontrol og æresrelaterede konflikter fra ${firstEventYear} og frem, med kilde.`],
  ['en/timeline.html', `The events in Denmark’s work against negative social control and honour-related conflicts from ${firstEventYear} onwards, with sources. In English.`],
  ['aftale-2021-2024.html', `Aftalen af ${danishDate(agreed)} om FL21-rammen mod negativ social kontrol – pengene, fordelingen på indsatsområder og status for hvert initiativ.`],
  ['en/agreement-2021-2024.html', `The agreement of ${englishDate(agreed)} on the FL21 frame against negative social control – the money, its split by area and the status of each initiative. In English.`],
  ['koebenhavn-2017-18.html', `Københavns Kommunes indsats mod social kontrol 2017–18 – ${kkRecs} anbefalinger med formål, mål, midler, hvad der var nået ved status i ${statusDates[0]}, og hvad der var planlagt.`],
  ['en/copenhagen-2017-18.html', `The City of Copenhagen’s (Københavns Kommune’s) effort against social control 2017–18 – ${kkRecs} recommendations with their purpose, target, money, what had been reached at the ${statusDates[0]} status, and what was planned. In English.`],
  ['kommuner/index.html', `Alle ${TABLES.kommuner!.length} kommuner, ordnet efter region. Vælg din kommune og se, hvem der dækker den med sikkerhedskonsulenter, og hvad kilderne siger om netop den.`],
  ['regioner/index.html', `Danmarks ${TABLES.regions!.length} regioner med deres kommuner. Vælg en region og se, hvem man ringer til, de beredskaber vi har fundet, og hvem der dækker regionen med sikkerhedskonsulenter.`],
  ['en/regions/index.html', `Denmark’s ${TABLES.regions!.length} regions with their kommuner (municipalities). Choose a region and see who to call, the emergency-response plans we found, and who covers the region with security consultants. In English.`],
]

describe('descriptions with figures from the data', () => {
  it('count what the data has', () => {
    expect([firstEventYear, agreed, kkRecs, TABLES.kommuner!.length, TABLES.regions!.length]).toEqual(['2016', '2021-01-25', 6, 98, 5])
  })
  it.each(DESCRIPTIONS)('%s: the meta description, Open Graph and Twitter say it', (file, expected) => {
    const html = builtHtml(file)
    const meta = (attr: string, name: string) => new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    expect(meta('name', 'description')).toBe(expected)
    expect(meta('property', 'og:description')).toBe(expected)
    expect(meta('name', 'twitter:description')).toBe(expected)
  })
})

describe('no page shows a Vue expression', () => {
  it('no built page holds "{{" outside its scripts and code blocks', () => {
    const found = PAGES.flatMap((p) => {
      // A code block shows its text as written (the data page's BibTeX has "{{…}}" of its own).
      const html = builtHtml(p.file).replace(/<script\b[^]*?<\/script>/g, '').replace(/<pre\b[^]*?<\/pre>/g, '')
      return [...html.matchAll(/.{0,60}\{\{.{0,60}/g)].map((m) => `${p.route}: ${m[0]}`)
    })
    expect(found).toEqual([])
  })
})
