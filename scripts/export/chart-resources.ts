import type { Field } from '../data/package-schema.ts'
import { type ChartData, chartCsvPath, SOURCE_COLUMN } from './chart-csv.ts'

/**
 * Each chart's numbers (/data/charts/<id>.csv) as a resource of the published package: the
 * datapackage.json that is served and zipped describes them beside the tables, with a schema
 * (types, Danish and English descriptions) and `bytes` and `hash`, and the ZIP holds the files.
 * The chart code decides the columns; this says what they mean, and the build stops when a
 * chart's columns and its description here differ.
 */
type Col = [name: string, type: Field['type'], title: string, description: string, description_en: string, required?: boolean]
interface ChartDescription {
  /** The columns that name a row once. */
  key: string[]
  title: string
  description: string
  description_en: string
  columns: Col[]
}

const ID = '^[a-z0-9]+(-[a-z0-9]+)*$'
const ISO_DATE = '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$'

const CHARTS: Record<string, ChartDescription> = {
  'kk-maal-og-resultater': {
    key: ['indicator_id'],
    title: 'Diagramdata: Københavns Kommunes mål og resultater',
    description: 'Tallene bag diagrammet over Københavns Kommunes mål: hvert mål (også det, der ikke kan tegnes), det nåede og kommunens egen vurdering. Status 2018.',
    description_en: "The numbers behind the chart of Københavns Kommune's targets: every target (also the one that cannot be drawn), what was reached and the municipality's own verdict. Status of 2018.",
    columns: [
      ['indicator_id', 'string', 'Tal-id', 'Målet i indicators.', 'The target (indicators.indicator_id).', true],
      ['indsats', 'string', 'Indsats', 'Anbefalingens navn.', 'Name of the recommendation (Danish).', true],
      ['sammenligning', 'string', 'Sammenligning', 'Hvordan målet er sat: >= (mindst).', 'How the target is stated: >= (at least).'],
      ['maal', 'number', 'Mål', 'Målet, i enheden (procentmål i procent).', 'The target, in the unit (percent targets in percent).', true],
      ['maal_enhed', 'string', 'Målets enhed', 'Målets enhed, hvor den er en anden end enheden (pct).', "The target's unit where it differs from the unit (pct)."],
      ['naaet', 'number', 'Nået', 'Det nåede tal; tomt, hvor kilden ikke oplyser det (anbefaling 5).', 'The figure reached; empty where the source does not give it (recommendation 5).'],
      ['naaet_kvalifikator', 'string', 'Præcisering', 'approx, hvor kilden skriver "ca.".', 'approx where the source says "ca." (about).'],
      ['enhed', 'string', 'Enhed', 'Hvad der tælles.', 'What is counted (Danish).', true],
      ['kildens_vurdering', 'string', 'Kildens vurdering', 'target_met (er opfyldt) eller target_expected (forventes opfyldt, altså ikke nået endnu), som kommunen skriver.', 'target_met (er opfyldt: is met) or target_expected (forventes opfyldt: is expected to be met, so not yet met), as the municipality writes.'],
    ],
  },
  'kk-midler-pr-anbefaling': {
    key: ['funding_id'],
    title: 'Diagramdata: Københavns Kommunes midler pr. anbefaling',
    description: 'Tallene bag diagrammet over de midler, Københavns Kommune afsatte pr. anbefaling, i mio. kr. om året 2017–2018.',
    description_en: 'The numbers behind the chart of the money Københavns Kommune set aside per recommendation, in million kroner a year 2017–2018.',
    columns: [
      ['funding_id', 'string', 'Bevilling', 'Rækken i funding.', 'The row of funding (funding.funding_id).', true],
      ['anbefaling', 'string', 'Anbefaling', 'Anbefalingens navn.', 'Name of the recommendation (Danish).', true],
      ['beloeb_mio_kr_pr_aar', 'number', 'Beløb (mio. kr. om året)', 'Beløbet om året; tomt, hvor indsatsen løftes inden for den eksisterende ramme.', 'The amount a year; empty where the effort is carried within the existing budget.'],
      ['fra_aar', 'integer', 'Fra år', 'Første år.', 'First year.', true],
      ['til_aar', 'integer', 'Til år', 'Sidste år.', 'Last year.', true],
    ],
  },
  'handlingsplan-initiativer-efter-udfald': {
    key: ['indicator_id'],
    title: 'Diagramdata: handlingsplanens initiativer efter udfald',
    description: 'Tallene bag diagrammet over handlingsplanen 2017–2020s initiativer: antallet pr. udfald. Summen er de initiativer, der blev sat i gang.',
    description_en: "The numbers behind the chart of the 2017–2020 action plan's initiatives: the count per outcome. The sum is the initiatives launched.",
    columns: [
      ['indicator_id', 'string', 'Tal-id', 'Tallet i indicators.', 'The figure (indicators.indicator_id).', true],
      ['udfald', 'string', 'Udfald', 'carried_out (gennemført som planlagt), given_up (opgivet) eller cancelled (aflyst).', 'carried_out (carried out as planned), given_up or cancelled.', true],
      ['initiativer', 'integer', 'Initiativer', 'Antal initiativer med udfaldet.', 'Number of initiatives with the outcome.', true],
    ],
  },
  'kommuner-involveret': {
    key: ['indicator_id_1', 'indicator_id_2'],
    title: 'Diagramdata: kommuner involveret i handlingsplanens initiativer',
    description: 'Tallene bag diagrammet over de involverede kommuner: én række med begge kilders tal side om side (93 og 86), så ingen sum lægger dem sammen.',
    description_en: 'The numbers behind the chart of the kommuner involved: one row with both sources\' figures side by side (93 and 86), so no sum adds them up.',
    columns: [
      ['kommuner_i_alt', 'integer', 'Kommuner i alt', 'Danmarks kommuner (DAGI).', "Denmark's kommuner (DAGI).", true],
      ...[1, 2].flatMap((k): Col[] => [
        [`indicator_id_${k}`, 'string', `Tal-id (${k})`, `Aflæsning ${k}: tallet i indicators.`, `Reading ${k}: the figure (indicators.indicator_id).`, true],
        [`kilde_id_${k}`, 'string', `Kilde (${k})`, `Aflæsning ${k}: kilden (sources.source_id).`, `Reading ${k}: the source (sources.source_id).`, true],
        [`dato_${k}`, 'string', `Dato (${k})`, `Aflæsning ${k}: kildens dato (ISO 8601).`, `Reading ${k}: the source's date (ISO 8601).`, true],
        [`kommuner_involveret_${k}`, 'integer', `Kommuner involveret (${k})`, `Aflæsning ${k}: kommuner involveret ifølge kilden.`, `Reading ${k}: kommuner involved according to the source.`, true],
      ]),
    ],
  },
  'penge-efter-plan-og-omraade': {
    key: ['funding_id', 'kolonne'],
    title: 'Diagramdata: penge efter plan og indsatsområde',
    description: 'Tallene bag diagrammet over penge efter plan: handlingsplanens samlede beløb og FL21-rammens dele pr. område med den uforklarede rest. Rammen selv står ikke ved siden af sine dele; delene og resten giver den.',
    description_en: "The numbers behind the chart of money by plan: the action plan's total and the FL21 frame's parts by area with the unexplained remainder. The frame itself does not stand beside its parts; the parts and the remainder add up to it.",
    columns: [
      ['funding_id', 'string', 'Bevilling', 'Rækken i funding, tallet kommer fra.', 'The row of funding the number comes from.', true],
      ['kolonne', 'string', 'Kolonne', 'Kolonnen i funding, tallet kommer fra: amount_mio_dkk eller unexplained_gap_mio_dkk (rammen minus delene).', 'The column of funding the number comes from: amount_mio_dkk or unexplained_gap_mio_dkk (the frame less its parts).', true],
      ['plan', 'string', 'Plan', 'Planen (plans.plan_id).', 'The plan (plans.plan_id).', true],
      ['formaal', 'string', 'Formål', 'Hvad pengene er til.', 'What the money is for (Danish).', true],
      ['beloeb_mio_kr', 'number', 'Beløb (mio. kr.)', 'Beløbet i millioner kroner, for perioden fra_aar–til_aar (se grundlag).', 'The amount in million kroner, for the period fra_aar–til_aar (see grundlag).', true],
      ['grundlag', 'string', 'Grundlag', 'period_total: beløbet gælder hele perioden.', 'period_total: the amount is for the whole period.', true],
      ['fra_aar', 'integer', 'Fra år', 'Første år.', 'First year.', true],
      ['til_aar', 'integer', 'Til år', 'Sidste år.', 'Last year.', true],
    ],
  },
  'aftalen-status-2021': {
    key: ['nr'],
    title: 'Diagramdata: status på aftalens initiativer 2021',
    description: 'Tallene bag diagrammet over status på FL21-aftalens initiativer pr. 30. august 2021.',
    description_en: "The numbers behind the chart of the status of the FL21 agreement's initiatives as of 30 August 2021.",
    columns: [
      ['nr', 'integer', 'Nr.', 'Nummeret i diagrammet og listen.', 'The number in the chart and the list.', true],
      ['initiative_id', 'string', 'Initiativ-id', 'Initiativet (initiatives.initiative_id).', 'The initiative (initiatives.initiative_id).', true],
      ['initiativ', 'string', 'Initiativ', 'Initiativets navn.', 'Name of the initiative (Danish).', true],
      ['dato', 'string', 'Dato', 'Statusbrevets dato (ISO 8601).', "The status letter's date (ISO 8601).", true],
      ['status', 'string', 'Status', 'on_schedule (følger tidsplanen) eller delayed (forsinket).', 'on_schedule or delayed (forsinket).', true],
    ],
  },
  tidslinje: {
    key: ['event_id'],
    title: 'Diagramdata: tidslinje',
    description: 'Begivenhederne bag tidslinjen, med datoen, som kilden giver den.',
    description_en: 'The events behind the timeline, with the date as the source gives it.',
    columns: [
      ['event_id', 'string', 'Begivenhed-id', 'Begivenheden (events.event_id).', 'The event (events.event_id).', true],
      ['dato', 'string', 'Dato', 'Datoen, som kilden giver den (ISO 8601-tekst med kildens præcision).', "The date as the source gives it (ISO 8601 text at the source's precision).", true],
      ['dato_praecision', 'string', 'Præcision', 'Hvor præcist kilden daterer det: day, month, quarter, half, season, year, range eller from.', 'How precisely the source dates it: day, month, quarter, half, season, year, range or from.', true],
      ['dato_start', 'string', 'Første dag', 'Første dag i det interval, datoen dækker (ÅÅÅÅ-MM-DD). Sortér på dato_start og dato_slut.', 'First day of the interval the date covers (YYYY-MM-DD). Sort on dato_start and dato_slut.', true],
      ['dato_slut', 'string', 'Sidste dag', 'Sidste dag i intervallet (ÅÅÅÅ-MM-DD); tom, hvor kilden ikke giver en slutning (»fra …«).', 'Last day of the interval (YYYY-MM-DD); empty where the source gives no end ("from …").'],
      ['begivenhed', 'string', 'Begivenhed', 'Begivenheden i kildens tid (events.title).', 'The event in the tense of its source (Danish; events.title).', true],
      ['forekomst', 'string', 'Sket eller planlagt', 'happened (sket på kildens dato), planned (planlagt), expected (forventet) eller unknown (kildens ord siger det ikke); events.occurrence.', "happened (as of the source's date), planned, expected or unknown (the source's words do not say); events.occurrence.", true],
    ],
  },
  'kommunernes-beredskaber': {
    key: ['kommunekode'],
    title: 'Diagramdata: kommuner, hvis offentliggjorte beredskab vi har fundet',
    description: 'Tallene bag kortet over kommunernes beredskaber: alle 98 kommuner, og for hver, om vi har fundet et offentliggjort beredskab eller en plan i de kilder, vi har søgt i (nej betyder kun, at vi ikke har fundet det).',
    description_en: 'The data behind the map of the kommuner\'s plans: all 98 kommuner, and for each whether we found a published beredskab or plan in the sources we searched (nej only means that we did not find one).',
    columns: [
      ['kommunekode', 'string', 'Kommunekode', 'Kommunen (kommuner.kommunekode).', 'The kommune (kommuner.kommunekode).', true],
      ['kommune', 'string', 'Kommune', 'Kommunens navn.', "The kommune's name.", true],
      ['region', 'string', 'Region', 'Regionen.', 'The region.', true],
      ['beredskab_fundet', 'string', 'Beredskab fundet', 'ja: fundet i de kilder, vi har søgt i; nej: ikke fundet (ikke: findes ikke).', 'ja: found in the sources we searched; nej: not found (not: does not exist).', true],
      ['hvad_det_er', 'string', 'Hvad det er', 'Sidens eget ord for det (beredskaber.kind); tomt, hvor intet er fundet.', "The page's own word for it (beredskaber.kind); empty where none was found."],
      ['vedtaget', 'string', 'Vedtaget eller godkendt', 'Datoen, siden giver (ISO 8601, dag eller måned); tomt, hvor siden ingen dato giver.', 'The date the page gives (ISO 8601, day or month); empty where the page gives none.'],
      ['kilde_id', 'string', 'Kilde', 'Kommunens side (sources.source_id); tomt, hvor intet er fundet.', "The kommune's page (sources.source_id); empty where none was found."],
    ],
  },
}

const ISO_DAY = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
const PATTERNS: Record<string, string> = { indicator_id: ID, funding_id: ID, initiative_id: ID, event_id: ID, kilde_id: ID, dato: ISO_DATE, dato_start: ISO_DAY, dato_slut: ISO_DAY }
const patternOf = (name: string) => PATTERNS[name.replace(/_\d+$/, '')]

/** The resource that describes one chart's CSV, as the published datapackage.json lists it. */
export function chartResource(chart: Pick<ChartData, 'id' | 'header'>): Record<string, unknown> {
  const d = CHARTS[chart.id]
  if (!d) throw new Error(`Exports: expected a description of chart ${chart.id} in scripts/export/chart-resources.ts, found none`)
  const names = d.columns.map((c) => c[0])
  if (names.join(',') !== chart.header.join(',')) {
    throw new Error(`Exports: expected the columns of chart ${chart.id} as scripts/export/chart-resources.ts describes them (${names.join(', ')}), found ${chart.header.join(', ')}`)
  }
  const fields = [
    ...d.columns.map(([name, type, title, description, description_en, required]) => ({
      name, title, type, description, description_en,
      constraints: { required: required ?? false, ...(patternOf(name) ? { pattern: patternOf(name) } : {}) },
    })),
    { name: SOURCE_COLUMN, title: 'Kilde', type: 'string', description: 'Kilden til rækken, som en kildehenvisning.', description_en: "The row's source, as a reference (Danish).", constraints: { required: true } },
  ]
  return {
    name: `chart_${chart.id.replaceAll('-', '_')}`,
    path: chartCsvPath(chart.id),
    profile: 'tabular-data-resource',
    title: d.title,
    description: d.description,
    description_en: d.description_en,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\n' },
    schema: { fields, primaryKey: d.key, missingValues: [''] },
  }
}
