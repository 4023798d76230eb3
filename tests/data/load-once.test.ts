/**
 * The build reads and checks the data once and every loader reuses it; an edited file is read
 * again (so `vitepress dev` shows the edit), an unchanged one is not, even when touched.
 */
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { checkDataOnce, dataChecks, pinCheckedData } from '../../scripts/data/load-data.ts'
import { dataWithCase, FIXTURE_SOURCES } from './helpers.ts'

const dir = dataWithCase()
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const options = { dataDir: dir, sourcesDir: FIXTURE_SOURCES, label: 'data' }

it('checks the data once while the files stay as they are', () => {
  const first = checkDataOnce(options)
  const checks = dataChecks()
  expect(first.problems).toEqual([])
  expect(checkDataOnce(options)).toBe(first)
  expect(checkDataOnce(options)).toBe(first)
  expect(dataChecks()).toBe(checks)
})

it('checks again after a data file’s content changes, not when it is only touched', () => {
  const before = checkDataOnce(options)
  const checks = dataChecks()
  const file = join(dir, 'indicators.csv')
  const later = new Date(statSync(file).mtimeMs + 5_000)
  utimesSync(file, later, later)
  expect(checkDataOnce(options)).toBe(before)
  expect(dataChecks()).toBe(checks)
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '\r\n'))
  const after = checkDataOnce(options)
  expect(after).not.toBe(before)
  expect(dataChecks()).toBe(checks + 1)
})

it('hands every caller the same rows, frozen so no view can change them for another', () => {
  const { tables } = checkDataOnce(options)
  expect(Object.isFrozen(tables.indicators)).toBe(true)
  expect(Object.isFrozen(tables.indicators[0])).toBe(true)
})

it('once pinned (the build pins what it checked), hands out that result without reading the files again', () => {
  const pinned = pinCheckedData(options)
  const checks = dataChecks()
  const file = join(dir, 'indicators.csv')
  writeFileSync(file, readFileSync(file, 'utf8') + 'not,a,row\n')
  expect(checkDataOnce(options)).toBe(pinned)
  expect(dataChecks()).toBe(checks)
  // Other options are not pinned: they are checked as usual.
  const other = checkDataOnce({ ...options, label: 'other' })
  expect(other).not.toBe(pinned)
  expect(other.problems.length).toBeGreaterThan(0)
})
