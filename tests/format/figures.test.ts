/**
 * How a figure, an amount and a source's name read on the page, against expected texts written by
 * hand (the rows are made up here, so every branch is reached, not only those today's data uses).
 */
import { describe, expect, it } from 'vitest'
import type { Funding, Indicator, Source } from '../../scripts/data/types.ts'
import { amountText, periodAmount } from '../../scripts/site/amount.ts'
import { documentName, sourceLabel } from '../../scripts/site/cite.ts'
import { indicatorText, targetText, valueText } from '../../scripts/site/figure.ts'

const indicator = (over: Partial<Indicator>): Indicator =>
  ({ kind: 'count', value: 93, value_qualifier: null, unit: 'kommuner', comparator: null, target: null, target_unit: null, met: null, met_basis: null, ...over }) as Indicator
const funding = (over: Partial<Funding>): Funding => ({ amount_mio_dkk: 10, basis: 'per_year', start_year: 2021, end_year: 2024, ...over }) as Funding
const source = (over: Partial<Source>): Source =>
  ({ sender: 'Udlændinge- og integrationsministeren (Mattias Tesfaye), Udlændinge- og Integrationsministeriet', kind: 'letter', date: '2020-11-04', date_note: null, reference: null, ...over }) as Source

describe('figures', () => {
  it('reads a count with its qualifier and unit, one in the singular', () => {
    expect(indicatorText(indicator({}))).toBe('93 kommuner')
    expect(indicatorText(indicator({ value: 1, unit: 'initiativer' }))).toBe('1 initiativ')
    expect(indicatorText(indicator({ value: 1, unit: 'fagpersoner' }))).toBe('1 fagpersoner')
    expect(indicatorText(indicator({ value: 450, value_qualifier: 'approx', unit: 'fagpersoner' }))).toBe('ca. 450 fagpersoner')
    expect(indicatorText(indicator({ value: 700, value_qualifier: 'up_to', unit: 'lærere' }))).toBe('op mod 700 lærere')
    expect(indicatorText(indicator({ value: 2000, value_qualifier: 'counted', unit: 'børn' }))).toBe('2.000 børn')
    expect(valueText(indicator({ value: null }))).toBe('ikke oplyst')
    expect(valueText(indicator({ value: 5, value_qualifier: 'unknown' as never }))).toBe('5')
    for (const [unit, one] of [['ansøgninger', 'ansøgning'], ['kommuner', 'kommune'], ['kurser', 'kursus'], ['møder', 'møde']]) {
      expect(indicatorText(indicator({ value: 1, unit }))).toBe(`1 ${one}`)
      expect(indicatorText(indicator({ value: 2, unit }))).toBe(`2 ${unit}`)
    }
  })
  it('reads a target row without a target, or with a value and a target unit, as the target alone', () => {
    expect(indicatorText(indicator({ kind: 'target_reached', value: 3, target: null, unit: 'hold' }))).toBe('3 hold')
    expect(indicatorText(indicator({ kind: 'count', value: 3, comparator: '>=', target: 5, unit: 'hold' }))).toBe('3 hold')
    expect(indicatorText(indicator({ kind: 'target_reached', value: 70, comparator: '>=', target: 80, target_unit: 'pct', unit: 'elever' }))).toBe('mål: mindst 80 pct. af elever')
  })
  it('reads a target with its comparator, and a verdict only where the source gives it', () => {
    const reached = indicator({ kind: 'target_reached', value: 980, comparator: '>=', target: 2000, unit: 'børn og unge' })
    expect(indicatorText(reached)).toBe('980 af mindst 2.000 børn og unge')
    expect(targetText(indicator({ comparator: '<=', target: 5 }))).toBe('højst 5')
    expect(targetText(indicator({ comparator: '=', target: 12 }))).toBe('12')
    const pct = indicator({ kind: 'target_reached', value: null, comparator: '>=', target: 80, target_unit: 'pct', unit: 'støttekontaktpersoner', met: 'yes', met_basis: 'source' })
    expect(indicatorText(pct)).toBe('mål: mindst 80 pct. af støttekontaktpersoner – målet er nået ifølge kilden')
    expect(indicatorText({ ...pct, met: 'expected' })).toBe('mål: mindst 80 pct. af støttekontaktpersoner – målet forventes nået ifølge kilden')
    expect(indicatorText({ ...pct, met: 'no' })).toBe('mål: mindst 80 pct. af støttekontaktpersoner – målet er ikke nået ifølge kilden')
    expect(indicatorText({ ...pct, met_basis: 'computed' })).toBe('mål: mindst 80 pct. af støttekontaktpersoner')
  })
})

describe('amounts', () => {
  it('says "om året" for a yearly amount and never adds the years up in text', () => {
    expect(amountText(funding({}))).toBe('10 mio. kr. om året')
    expect(amountText(funding({ amount_mio_dkk: 73.4, basis: 'period_total' }))).toBe('73,4 mio. kr.')
    expect(amountText(funding({ amount_mio_dkk: null, basis: 'none' }))).toBe('Beløb ikke oplyst')
  })
  it('draws a yearly amount over its years, a total as it is', () => {
    expect(periodAmount(funding({}))).toBe(40)
    expect(periodAmount(funding({ start_year: 2021, end_year: 2021 }))).toBe(10)
    expect(periodAmount(funding({ amount_mio_dkk: 73.4, basis: 'period_total' }))).toBe(73.4)
    expect(periodAmount(funding({ amount_mio_dkk: null, basis: 'none' }))).toBe(0)
  })
})

describe('source names', () => {
  it('names a document by kind, sender and date', () => {
    expect(documentName(source({}))).toBe('Brev fra udlændinge- og integrationsministeren, 4. november 2020')
    expect(documentName(source({ kind: 'press_release', sender: 'Udlændinge- og Integrationsministeriet', date: '2021-01-15' }))).toBe('Pressemeddelelse fra Udlændinge- og Integrationsministeriet, 15. januar 2021')
    expect(documentName(source({ kind: 'web_page', sender: 'MÆRK – Nationalt Center mod Æresrelaterede Konflikter', date: null }))).toBe('Webside fra MÆRK – Nationalt Center mod Æresrelaterede Konflikter, udateret')
    expect(documentName(source({ kind: 'answer', date: null, reference: 'Spørgsmål nr. 8 til L 126' }))).toBe('Svar fra udlændinge- og integrationsministeren på spørgsmål nr. 8 til L 126')
    expect(documentName(source({ kind: 'letter', date: null, reference: 'J.nr. 2020-1' }))).toBe('Brev fra udlændinge- og integrationsministeren, udateret')
    expect(documentName(source({ kind: 'answer', date: '2021-03-01', reference: 'Spørgsmål nr. 8' }))).toBe('Svar fra udlændinge- og integrationsministeren, 1. marts 2021')
    expect(documentName(source({ kind: 'answer', date: null, reference: null }))).toBe('Svar fra udlændinge- og integrationsministeren, udateret')
    expect(documentName(source({ sender: 'Udlændinge- og integrationsministeren, kontoret' }))).toBe('Brev fra udlændinge- og integrationsministeren, 4. november 2020')
    expect(documentName(source({ sender: 'Tidligere udlændinge- og integrationsministeren' }))).toBe('Brev fra Tidligere udlændinge- og integrationsministeren, 4. november 2020')
    expect(documentName(source({ kind: 'annex', sender: 'Københavns Kommune', date: '2018' }))).toBe('Bilag fra Københavns Kommune, 2018')
  })
  it('labels a source by sender and date, or its note on the date', () => {
    expect(sourceLabel(source({ sender: 'Københavns Kommune', date: '2018-06' }))).toBe('Københavns Kommune, juni 2018')
    expect(sourceLabel(source({ sender: 'SIRI', date: null, date_note: 'Siden er udateret; læst 29. november 2026.' }))).toBe('SIRI, Siden er udateret; læst 29. november 2026')
    expect(sourceLabel(source({ sender: 'SIRI', date: null, date_note: null }))).toBe('SIRI')
  })
})
