import type { Tables } from '../../data/types.ts'
import type { Problem } from '../../data/problems.ts'
import { collectMissingTranslations } from './cite.ts'
import { actionPlanViewEn } from '../views/handlingsplan.ts'
import { agreementViewEn } from '../views/aftale.ts'
import { copenhagenViewEn } from '../views/koebenhavn.ts'
import { glossaryViewEn } from '../views/ordliste.ts'
import { helpViewEn, regionViewEn } from './views/kommuner.ts'
import { homeViewEn } from '../views/home.ts'
import { recommendationsViewEn } from '../views/anbefalinger.ts'
import { timelineViewEn } from '../views/tidslinje.ts'

/** Every English page's view: what the English pages show, and so which quotes need an English rendering. */
export const ENGLISH_VIEWS: Record<string, (t: Tables) => unknown> = {
  '/en/': homeViewEn,
  '/en/action-plan-2017-2020': actionPlanViewEn,
  '/en/agreement-2021-2024': agreementViewEn,
  '/en/copenhagen-2017-18': copenhagenViewEn,
  '/en/recommendations': recommendationsViewEn,
  '/en/timeline': timelineViewEn,
  '/en/glossary': glossaryViewEn,
  '/en/help': helpViewEn,
  // Every region page: the view of each region.
  '/en/regions/[region]': (t) => t.regions.map((r) => regionViewEn(t, r.regionskode)),
}

/** `npm run check:data`: every quote an English page shows has its English rendering in data/quote_translations.csv. */
export function missingTranslations(t: Tables): Problem[] {
  const missing = collectMissingTranslations(() => Object.values(ENGLISH_VIEWS).forEach((view) => view(t)))
  return missing.map((m) => ({
    file: 'data/quote_translations.csv',
    line: t.quote_translations.length + 2,
    column: 'quote_en',
    message: `expected an English rendering of the passage an English page shows (source_id ${m.sourceId}, ${m.locator}), found none: "${m.quote}"`,
  }))
}
