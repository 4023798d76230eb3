import { formatMio, formatNumber, formatYears } from '../format/danish.ts'

/** Ends a sentence with one full stop, also after an abbreviation ("mio. kr." takes no second one). */
const endSentence = (s: string): string => (s.endsWith('.') ? s : `${s}.`)
import type { Funding, Tables } from './types.ts'

/**
 * "Faldgruber": the traps a researcher falls into with this data, each stated from the data itself
 * (which rows, how many), in Danish for /data and in English for the codebook. Text between
 * backticks is a column, value or id, shown as code.
 */
export interface Pitfall {
  id: string
  title: string
  text: string
}
export interface Pitfalls {
  da: Pitfall[]
  en: Pitfall[]
}

const enNumber = (n: number) => String(Math.round(n * 1e6) / 1e6)
const enMio = (n: number) => `${enNumber(n)} million kroner`
/** A list as "a, b og c" / "a, b and c". */
const list = (items: string[], and: string) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`)
const years = (f: Funding) => f.end_year - f.start_year + 1
const period = (f: Funding) => (f.amount_mio_dkk === null ? 0 : f.basis === 'per_year' ? f.amount_mio_dkk * years(f) : f.amount_mio_dkk)
const round = (n: number) => Math.round(n * 1e6) / 1e6

export function pitfalls(t: Tables): Pitfalls {
  const da: Pitfall[] = []
  const en: Pitfall[] = []

  // 1. Sums across rows.
  const frames = t.funding.filter((f) => f.level === 'frame')
  const same = t.funding.filter((f) => f.same_money_as !== null)
  const maybe = t.funding.filter((f) => f.may_be_part_of !== null)
  const frameDa = frames.map((f) => {
    const parts = t.funding.filter((p) => p.parent_id === f.funding_id)
    const sum = round(parts.reduce((s, p) => s + period(p), 0))
    const gap = f.unexplained_gap_mio_dkk !== null ? ` ${formatMio(f.unexplained_gap_mio_dkk)} ${f.unexplained_gap_basis === 'per_year' ? 'om året' : 'for hele perioden'} forklares ikke (\`unexplained_gap_mio_dkk\`).` : ''
    return `Rammen \`${f.funding_id}\` (${formatMio(period(f))} for ${formatYears(f.start_year, f.end_year)}) er delt i ${formatNumber(parts.length)} dele (\`level\` = \`part\`), som giver ${endSentence(formatMio(sum))}${gap}`
  })
  const frameEn = frames.map((f) => {
    const parts = t.funding.filter((p) => p.parent_id === f.funding_id)
    const sum = round(parts.reduce((s, p) => s + period(p), 0))
    const gap = f.unexplained_gap_mio_dkk !== null ? ` ${enMio(f.unexplained_gap_mio_dkk)} ${f.unexplained_gap_basis === 'per_year' ? 'a year' : 'for the whole period'} are not explained (\`unexplained_gap_mio_dkk\`).` : ''
    return `The frame \`${f.funding_id}\` (${enMio(period(f))} for ${f.start_year}–${f.end_year}) is split into ${parts.length} parts (\`level\` = \`part\`) that add up to ${enMio(sum)}.${gap}`
  })
  const sameDa = same.map((f) => `\`${f.funding_id}\` er de samme penge som \`${f.same_money_as}\` (\`same_money_as\`), fra en anden kilde.`)
  const sameEn = same.map((f) => `\`${f.funding_id}\` is the same money as \`${f.same_money_as}\` (\`same_money_as\`), from another source.`)
  const maybeDa = maybe.map((f) => `\`${f.funding_id}\` er måske en del af \`${f.may_be_part_of}\` (\`may_be_part_of\`); kilderne siger det ikke.`)
  const maybeEn = maybe.map((f) => `\`${f.funding_id}\` may be part of \`${f.may_be_part_of}\` (\`may_be_part_of\`); the sources do not say.`)
  da.push({
    id: 'summer',
    title: 'Læg ikke beløbene sammen ned ad tabellen',
    text: [`Kolonnen \`amount_mio_dkk\` i \`funding\` blander rammer og deres dele, beløb pr. år og for hele perioden, og de samme penge fra to kilder.`, ...frameDa, ...sameDa, ...maybeDa, 'Læg enten en ramme eller dens dele sammen, aldrig begge.'].join(' '),
  })
  en.push({
    id: 'sums',
    title: 'Do not sum the amounts down the table',
    text: [`The column \`amount_mio_dkk\` of \`funding\` mixes frames and their parts, yearly amounts and period totals, and the same money from two sources.`, ...frameEn, ...sameEn, ...maybeEn, 'Sum either a frame or its parts, never both.'].join(' '),
  })

  // 2. Yearly against total amounts.
  const perYear = t.funding.filter((f) => f.basis === 'per_year')
  const total = t.funding.filter((f) => f.basis === 'period_total')
  const none = t.funding.filter((f) => f.basis === 'none')
  const example = perYear.find((f) => f.end_year > f.start_year && f.same_money_as === null)
  da.push({
    id: 'pr-aar',
    title: 'Pr. år eller for hele perioden',
    text: `\`basis\` siger, hvad beløbet gælder: ${formatNumber(perYear.length)} rækker er pr. år (\`per_year\`), ${formatNumber(total.length)} for hele perioden \`start_year\`–\`end_year\` (\`period_total\`), og ${formatNumber(none.length)} har intet beløb (\`none\`).${example ? ` For eksempel er \`${example.funding_id}\` ${formatMio(example.amount_mio_dkk!)} om året i ${formatYears(example.start_year, example.end_year)}, i alt ${endSentence(formatMio(period(example)))}` : ''} Gang et beløb pr. år med antallet af år, før du sammenligner det med et beløb i alt.`,
  })
  en.push({
    id: 'per-year',
    title: 'Per year or for the whole period',
    text: `\`basis\` says what an amount is for: ${perYear.length} rows are per year (\`per_year\`), ${total.length} for the whole period \`start_year\`–\`end_year\` (\`period_total\`), and ${none.length} have no amount (\`none\`).${example ? ` For example, \`${example.funding_id}\` is ${enMio(example.amount_mio_dkk!)} a year in ${example.start_year}–${example.end_year}, ${enMio(period(example))} in all.` : ''} Multiply a yearly amount by its years before comparing it with a total.`,
  })

  // 3. Two figures for one fact.
  const pairs = t.indicators.filter((i) => i.disagrees_with !== null && i.indicator_id < i.disagrees_with)
  const ind = new Map(t.indicators.map((i) => [i.indicator_id, i]))
  const pairDa = pairs.map((a) => {
    const b = ind.get(a.disagrees_with!)!
    return `\`${a.indicator_id}\` (${formatNumber(a.value!)}, kilde \`${a.source_id}\`) og \`${b.indicator_id}\` (${formatNumber(b.value!)}${b.of_total !== null ? ` af ${formatNumber(b.of_total)}` : ''}, kilde \`${b.source_id}\`)`
  })
  const pairEn = pairs.map((a) => {
    const b = ind.get(a.disagrees_with!)!
    return `\`${a.indicator_id}\` (${enNumber(a.value!)}, source \`${a.source_id}\`) and \`${b.indicator_id}\` (${enNumber(b.value!)}${b.of_total !== null ? ` of ${enNumber(b.of_total)}` : ''}, source \`${b.source_id}\`)`
  })
  da.push({
    id: 'to-tal',
    title: 'To tal for det samme',
    text: `Hvor kilderne er uenige, står begge tal som rækker i \`indicators\`, og \`disagrees_with\` peger fra det ene til det andet: ${list(pairDa, 'og')}. Ingen af dem erstatter det andet; brug begge, eller vælg ét og sig hvorfor.`,
  })
  en.push({
    id: 'two-figures',
    title: 'Two figures for one fact',
    text: `Where the sources disagree, both figures are rows of \`indicators\`, and \`disagrees_with\` points from one to the other: ${list(pairEn, 'and')}. Neither replaces the other; use both, or choose one and say why.`,
  })

  // 4. Latest status against the full history.
  const byInit = new Map<string, number>()
  for (const u of t.status_updates) byInit.set(u.initiative_id, (byInit.get(u.initiative_id) ?? 0) + 1)
  const several = [...byInit.entries()].filter(([, n]) => n > 1).map(([id]) => id)
  const notReported = t.initiatives.filter((i) => i.latest_status === 'not_reported')
  const examples = t.initiatives.filter((i) => i.latest_status === 'not_reported' && i.naming === 'example')
  da.push({
    id: 'status',
    title: 'Seneste status eller hele historikken',
    text: `\`status_updates\` har hele historikken: en senere melding er en ny række. ${several.length === 1 ? 'Ét initiativ har' : `${formatNumber(several.length)} initiativer har`} mere end én status (${several.map((id) => `\`${id}\``).join(', ')}). Brug \`initiatives.latest_status\` for den seneste, og tæl ikke rækker i \`status_updates\` som initiativer. ${formatNumber(notReported.length)} navngivne initiativer har ingen oplyst status (\`not_reported\`)${examples.length ? `, heriblandt ${formatNumber(examples.length)} af pressemeddelelsens eksempler fra handlingsplanen 2017–2020` : ''}: det betyder ikke "ikke gennemført". Hvor mange initiativer der ikke blev gennemført, står som tal i \`indicators\`.`,
  })
  en.push({
    id: 'status',
    title: 'Latest status or the full history',
    text: `\`status_updates\` holds the full history: a later report is a new row. ${several.length === 1 ? 'One initiative has' : `${several.length} initiatives have`} more than one status (${several.map((id) => `\`${id}\``).join(', ')}). Use \`initiatives.latest_status\` for the latest, and do not count rows of \`status_updates\` as initiatives. ${notReported.length} named initiatives have no reported status (\`not_reported\`)${examples.length ? `, among them ${examples.length} of the press release's examples from the 2017–2020 plan` : ''}: that does not mean "not carried out". How many initiatives were not carried out is a figure in \`indicators\`.`,
  })

  // 5. Dates are intervals (scripts/data/dates.ts).
  const dated = [...t.sources.filter((s) => s.date !== null), ...t.status_updates, ...t.indicators, ...t.events]
  const count = (p: string) => dated.filter((r) => r.date_precision === p).length
  const WORDS: [string, string, string][] = [
    ['day', 'til dagen', 'to the day'],
    ['month', 'til måneden', 'to the month'],
    ['quarter', 'til et kvartal', 'to a quarter'],
    ['half', 'til et halvår', 'to a half-year'],
    ['season', 'til en årstid', 'to a season'],
    ['year', 'kun til året', 'only to the year'],
    ['range', 'som et spænd', 'as a span'],
    ['from', 'med en begyndelse, men intet slut', 'with a start but no end'],
  ]
  const used = WORDS.filter(([p]) => count(p) > 0)
  const listDa = used.map(([p, w]) => `${formatNumber(count(p))} ${w}`).join(', ').replace(/, ([^,]*)$/, ' og $1')
  const listEn = used.map(([p, , w]) => `${count(p)} ${w}`).join(', ').replace(/, ([^,]*)$/, ' and $1')
  da.push({
    id: 'datoer',
    title: 'Datoer er intervaller',
    text: `Af ${formatNumber(dated.length)} datoer er ${listDa}; \`date_precision\` siger hvilken. Hver dato har et interval: \`date_start\` og \`date_end\` er den første og den sidste dag, kildens datering dækker (\`date_end\` er tom, hvor kilden ikke giver noget slut). Sortér på dem, ikke på \`date\`. Læses \`2018\` som en dato, bliver det 1. januar 2018, som kilden aldrig har sagt.`,
  })
  en.push({
    id: 'dates',
    title: 'Dates are intervals',
    text: `Of ${dated.length} dates, ${listEn}; \`date_precision\` says which. Every date has an interval: \`date_start\` and \`date_end\` are the first and last day the source's date covers (\`date_end\` is empty where the source gives no end). Sort on them, not on \`date\`. Read as a date, \`2018\` becomes 1 January 2018, which the source never said.`,
  })

  // 6. Codes as text.
  const zero = t.kommuner.filter((k) => k.kommunekode.startsWith('0')).length
  da.push({
    id: 'koder',
    title: 'Koder er tekst',
    text: `\`kommunekode\` og \`regionskode\` er firecifrede koder; ${zero === t.kommuner.length ? `alle ${formatNumber(zero)}` : formatNumber(zero)} kommunekoder begynder med 0 (\`0101\`). Læs dem som tekst, ellers bliver \`0101\` til 101.`,
  })
  en.push({
    id: 'codes',
    title: 'Codes are text',
    text: `\`kommunekode\` and \`regionskode\` are four-digit codes; ${zero === t.kommuner.length ? `all ${zero}` : zero} kommune codes start with 0 (\`0101\`). Read them as text, or \`0101\` becomes 101.`,
  })

  // 7. Named rows are not all rows.
  const launched = ind.get('hp2017-initiatives-launched')
  // Named one by one, or one of the press release's examples (which may each cover more than one initiative).
  const named = t.initiatives.filter((i) => i.plan_id === 'hp2017' && i.naming === 'named').length
  const hpExamples = t.initiatives.filter((i) => i.plan_id === 'hp2017' && i.naming === 'example').length
  if (launched?.value != null) {
    da.push({
      id: 'navngivne',
      title: 'Ikke alle initiativer har en række',
      text: `Handlingsplanen 2017–2020 havde ${formatNumber(launched.value)} initiativer (\`${launched.indicator_id}\`), men kilderne nævner kun ${formatNumber(named)} af dem ved navn og giver ${formatNumber(hpExamples)} eksempler (\`naming\` = \`example\`), der hver kan dække mere end ét initiativ; kun de har en række i \`initiatives\`. Tæl ikke rækkerne; brug tallene i \`indicators\` (eller tabellen \`initiative_outcomes\`).`,
    })
    en.push({
      id: 'named',
      title: 'Not every initiative has a row',
      text: `The 2017–2020 plan had ${launched.value} initiatives (\`${launched.indicator_id}\`), but the sources name only ${named} of them one by one and give ${hpExamples} examples (\`naming\` = \`example\`), each of which may cover more than one initiative; only those have a row in \`initiatives\`. Do not count the rows; use the figures in \`indicators\` (or the table \`initiative_outcomes\`).`,
    })
  }
  return { da, en }
}

/** The codebook's pitfalls section (English), as Markdown. */
export function pitfallsMarkdown(items: Pitfall[]): string {
  return items.map((p) => `- **${p.title}.** ${p.text}`).join('\n')
}
