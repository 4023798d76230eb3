import type { Tables } from '../data/types.ts'
import type { Lang } from '../format/locale.ts'
import { language } from './language.ts'
import { records } from './records.ts'

/**
 * Page descriptions that hold a figure (the meta description, Open Graph and the share image read
 * it): made from the data here, since a page's frontmatter cannot read it. A page listed here has no
 * description in its frontmatter (tests/pages/typed-figures.test.ts reads the frontmatter's too);
 * `transformPageData` in .vitepress/config.ts sets it, as it does for the kommune and region pages.
 */
const DESCRIPTIONS: Record<string, { lang: Lang; make: (t: Tables, lang: Lang) => string }> = {
  'tidslinje.md': { lang: 'da', make: timeline },
  'en/timeline.md': { lang: 'en', make: timeline },
  'aftale-2021-2024.md': { lang: 'da', make: agreement },
  'en/agreement-2021-2024.md': { lang: 'en', make: agreement },
  'koebenhavn-2017-18.md': { lang: 'da', make: copenhagen },
  'en/copenhagen-2017-18.md': { lang: 'en', make: copenhagen },
  'kommuner/index.md': { lang: 'da', make: finder },
  'regioner/index.md': { lang: 'da', make: regions },
  'en/regions/index.md': { lang: 'en', make: regions },
}

/** The description of the page in `file` (relative to docs/), when it is made from the data. */
export function descriptionOf(file: string, t: Tables): string | undefined {
  const d = DESCRIPTIONS[file]
  return d?.make(t, d.lang)
}

/** The pages whose description is made here. */
export const DESCRIBED_PAGES = Object.keys(DESCRIPTIONS)

/** The timeline from the year of its first event. */
function timeline(t: Tables, lang: Lang): string {
  const first = t.events.map((e) => e.date_start.slice(0, 4)).sort()[0]!
  return language(lang).say({
    da: `Begivenhederne i indsatsen mod negativ social kontrol og æresrelaterede konflikter fra ${first} og frem, med kilde.`,
    en: `The events in Denmark’s work against negative social control and honour-related conflicts from ${first} onwards, with sources. In English.`,
  })
}

/** The FL21 agreement by its date. */
function agreement(t: Tables, lang: Lang): string {
  const L = language(lang)
  const date = L.f.date(records(t).event('2021-01-25-agreement').date)
  return L.say({
    da: `Aftalen af ${date} om FL21-rammen mod negativ social kontrol – pengene, fordelingen på indsatsområder og status for hvert initiativ.`,
    en: `The agreement of ${date} on the FL21 frame against negative social control – the money, its split by area and the status of each initiative. In English.`,
  })
}

/** Copenhagen's plan: its recommendations counted, and the date of its status (the target rows'). */
function copenhagen(t: Tables, lang: Lang): string {
  const L = language(lang)
  const plan = records(t).plan('kk2017')
  const count = L.f.number(t.initiatives.filter((i) => i.plan_id === plan.plan_id && i.naming === 'named').length)
  const status = L.f.date(t.indicators.find((i) => i.plan_id === plan.plan_id && i.kind === 'target_reached')!.date)
  const period = `${plan.start_year}–${String(plan.end_year).slice(-2)}`
  return L.say({
    da: `Københavns Kommunes indsats mod social kontrol ${period} – ${count} anbefalinger med formål, mål, midler, hvad der var nået ved status i ${status}, og hvad der var planlagt.`,
    en: `The City of Copenhagen’s (Københavns Kommune’s) effort against social control ${period} – ${count} recommendations with their purpose, target, money, what had been reached at the ${status} status, and what was planned. In English.`,
  })
}

/** The kommune finder (Danish only; /en/kommuner/ has a description of its own without a count): every kommune, counted. */
function finder(t: Tables): string {
  return `Alle ${language('da').f.number(t.kommuner.length)} kommuner, ordnet efter region. Vælg din kommune og se, hvem der dækker den med sikkerhedskonsulenter, og hvad kilderne siger om netop den.`
}

/** The regions, counted. */
function regions(t: Tables, lang: Lang): string {
  const L = language(lang)
  const n = L.f.number(t.regions.length)
  return L.say({
    da: `Danmarks ${n} regioner med deres kommuner. Vælg en region og se, hvem man ringer til, de beredskaber vi har fundet, og hvem der dækker regionen med sikkerhedskonsulenter.`,
    en: `Denmark’s ${n} regions with their kommuner (municipalities). Choose a region and see who to call, the emergency-response plans we found, and who covers the region with security consultants. In English.`,
  })
}
