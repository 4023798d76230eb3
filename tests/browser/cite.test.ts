/**
 * A journalist cites a figure: "86 af 98 kommuner" on the front page and the FL21 split (the chart
 * of money by plan and area on /aftale-2021-2024), without JavaScript (the citation is text to
 * select) and with it (the copy button puts the full address and today's date). Expected values are
 * read from the CSVs here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/data/load-data.ts'
import { connectBrowser, newContext, SITE_URL, urlOf, WIDTHS } from './session.ts'

const csv = (name: string) => Papa.parse<Record<string, string>>(readFileSync(join(PROJECT_ROOT, 'data', `${name}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data
const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'data', 'datapackage.json'), 'utf8')) as { version: string; created: string }
const k86 = csv('indicators').find((r) => r.indicator_id === 'hp2017-kommuner-involved-86')!
const k86Source = csv('sources').find((s) => s.source_id === k86.source_id)!
const fl21Parts = csv('funding').filter((f) => f.parent_id === 'fl21-frame' || f.funding_id === 'fl21-frame')
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']
const danishDate = (iso: string) => `${Number(iso.slice(8, 10))}. ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`

let browser: Browser
beforeAll(async () => {
  browser = await connectBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('citing "86 af 98 kommuner"', () => {
  it('without JavaScript: "Citér" opens the citation as text, with the figure, its source and date, the address and the data version', async () => {
    const context = await newContext(browser, WIDTHS.mobile, 'light', { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(urlOf('/#tal-kommuner-86'))
    const item = page.locator('#tal-kommuner-86')
    await expect.poll(() => item.isVisible()).toBe(true)
    await item.locator('summary', { hasText: 'Citér' }).click()
    const text = (await item.locator('#citat-tal-kommuner-86').innerText()).replace(/\s+/g, ' ')
    expect(text).toContain(`${k86.value} af ${k86.of_total} kommuner`)
    expect(text).toContain(k86Source.title)
    expect(text).toContain(danishDate(k86Source.date!))
    expect(text).toContain('/#tal-kommuner-86')
    expect(text).toContain(`dataversion ${pkg.version}`)
    expect(text).toContain(`Læst ${danishDate(pkg.created.slice(0, 10))} (dataversionens dato)`)
    expect(await item.locator('button.copy').isVisible()).toBe(false)
    await context.close()
  })

  it('with JavaScript: the copy button copies it with the full address and today as the date read', async () => {
    const context = await newContext(browser, WIDTHS.desktop)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE_URL })
    const page = await context.newPage()
    await page.goto(urlOf('/'))
    const item = page.locator('#tal-kommuner-86')
    await item.locator('summary', { hasText: 'Citér' }).click()
    await item.locator('button.copy').click()
    await expect.poll(() => item.locator('button.copy').innerText()).toBe('Kopieret')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    const today = new Date().toISOString().slice(0, 10)
    expect(copied).toContain(`${k86.value} af ${k86.of_total} kommuner`)
    expect(copied).toContain(`${SITE_URL}/#tal-kommuner-86`)
    expect(copied).toContain(`Læst ${danishDate(today)}.`)
    expect(copied).not.toContain('dataversionens dato')
    expect(copied).not.toMatch(/\s{2}|\n/)
    await context.close()
  })
})

describe('citing the FL21 split', () => {
  it("the chart's permalink leads to it, and its citation names the chart, its sources and address", async () => {
    expect(fl21Parts.length).toBeGreaterThan(3)
    const context = await newContext(browser, WIDTHS.mobile, 'light', { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(urlOf('/aftale-2021-2024#figur-penge-efter-plan-og-omraade'))
    const figure = page.locator('#figur-penge-efter-plan-og-omraade')
    await expect.poll(() => figure.evaluate((f) => f.getBoundingClientRect().top < innerHeight)).toBe(true)
    await figure.locator('summary', { hasText: 'Citér' }).click()
    const text = (await figure.locator('#citat-figur-penge-efter-plan-og-omraade').innerText()).replace(/\s+/g, ' ')
    expect(text).toMatch(/^Figur: Penge efter plan og indsatsområde\. Kilde: /)
    const sources = new Set(fl21Parts.map((f) => f.source_id).filter(Boolean))
    for (const id of sources) expect(text).toContain(csv('sources').find((s) => s.source_id === id)!.title)
    expect(text).toContain('/aftale-2021-2024#figur-penge-efter-plan-og-omraade')
    await context.close()
  })
})
