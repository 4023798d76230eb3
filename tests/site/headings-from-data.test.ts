/**
 * Headings whose figures come from the data (no page types a figure: tests/pages/typed-figures.test.ts)
 * show the figures, not the expressions, wherever the heading is named: the rendered <h2> with its
 * anchor, its permalink's title, the contents list ("På denne side" / "On this page"). The figures
 * expected are read from the CSVs here (tests/site/oracle.ts), the words around them written by hand.
 * And no built page shows a Vue expression ({{ … }}) anywhere, in text or attribute (code blocks aside).
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
