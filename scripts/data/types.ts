/** Typed rows of each table, as datapackage.json describes them (empty cells are null). */
type Text = string
type Opt<T> = T | null

interface Row {
  /** Line of the row in its CSV file. */
  _line: number
}
/** A row the pages give an element id: its hand-written anchor keys (scripts/site/anchors.ts adds the prefix). */
interface Anchored {
  /** Danish key: /kilder#kilde-<anchor>. */
  anchor: Text
  /** English key: /en/sources#source-<anchor_en>. */
  anchor_en: Text
}
interface Provenance {
  source_id: Text
  locator: Text
  quote: Text
}

import type { DatePrecision } from './dates.ts'
export type { DatePrecision }

export interface Source extends Row, Anchored {
  source_id: Text
  date: Opt<Text>
  date_precision: Opt<DatePrecision>
  /** First day of the interval the date covers (scripts/data/dates.ts). */
  date_start: Opt<Text>
  date_end: Opt<Text>
  date_note: Opt<Text>
  date_note_en: Opt<Text>
  sender: Text
  sender_en: Text
  /** The organisation to credit for the document. */
  publisher: Text
  recipient: Opt<Text>
  recipient_en: Opt<Text>
  kind: 'letter' | 'answer' | 'annex' | 'press_release' | 'news_article' | 'web_page' | 'register'
  title: Text
  title_en: Text
  reference: Opt<Text>
  url: Opt<Text>
  text_file: Text
  ocr: 'yes' | 'no'
}
export interface Organisation extends Row, Provenance {
  org_id: Text
  name: Text
  name_en: Text
  short_name: Opt<Text>
  kind: Text
  description: Text
  description_en: Text
  url: Opt<Text>
}
export interface Plan extends Row, Provenance {
  plan_id: Text
  name: Text
  name_en: Text
  short_name: Text
  short_name_en: Text
  owner_org_id: Text
  start_year: Opt<number>
  end_year: Opt<number>
  description: Text
  description_en: Text
  /** The plan's purpose as the source states it. */
  purpose: Opt<Text>
  purpose_en: Opt<Text>
}
export interface Area extends Row, Provenance {
  area_id: Text
  plan_id: Text
  number: number
  name: Text
  name_en: Text
}
export interface Initiative extends Row, Anchored, Provenance {
  initiative_id: Text
  plan_id: Text
  area_id: Opt<Text>
  number: Opt<number>
  name: Text
  name_en: Text
  description: Text
  description_en: Text
  naming: 'named' | 'example' | 'beside_plan'
  /** The status of its latest status_updates row; not_reported where no source reports one. */
  latest_status: Status | 'not_reported'
}
export interface InitiativeActor extends Row, Provenance {
  initiative_id: Text
  org_id: Text
  role: 'carries_out' | 'funds' | 'develops' | 'partner' | 'grantee' | 'test_site' | 'advises' | 'to_offer' | 'course'
}
export type Status = 'on_schedule' | 'delayed' | 'carried_out' | 'established' | 'given_up' | 'cancelled' | 'to_be_offered' | 'target_met' | 'target_expected'
export interface StatusUpdate extends Row, Provenance {
  update_id: Text
  initiative_id: Text
  date: Text
  date_precision: DatePrecision
  /** First day of the interval the date covers (scripts/data/dates.ts). */
  date_start: Text
  /** Last day; null for a `from` date (no end). */
  date_end: Opt<Text>
  status: Status
  detail: Text
  detail_en: Text
}
export interface Indicator extends Row, Provenance {
  indicator_id: Text
  plan_id: Opt<Text>
  initiative_id: Opt<Text>
  kind: 'target_reached' | 'count' | 'planned'
  measure: Text
  measure_en: Text
  unit: Text
  unit_en: Text
  comparator: Opt<'>=' | '<=' | '='>
  target: Opt<number>
  target_unit: Opt<Text>
  value: Opt<number>
  value_qualifier: Opt<'approx' | 'up_to' | 'counted'>
  of_total: Opt<number>
  date: Text
  date_precision: DatePrecision
  /** First day of the interval the date covers (scripts/data/dates.ts). */
  date_start: Text
  /** Last day; null for a `from` date (no end). */
  date_end: Opt<Text>
  met: Opt<'yes' | 'no' | 'expected'>
  met_basis: Opt<'computed' | 'source'>
  /** Another source's figure for the same fact (both ways). */
  disagrees_with: Opt<Text>
  note: Opt<Text>
  note_en: Opt<Text>
  target_quote: Opt<Text>
}
export interface Funding extends Row, Provenance {
  funding_id: Text
  plan_id: Opt<Text>
  initiative_id: Opt<Text>
  area_id: Opt<Text>
  /** frame: has parts (rows naming it in parent_id); part: has a parent; single: neither. */
  level: 'frame' | 'part' | 'single'
  parent_id: Opt<Text>
  /** The same money as another row, from another source: never add the two. */
  same_money_as: Opt<Text>
  /** A row that may contain this money (the sources do not say). */
  may_be_part_of: Opt<Text>
  purpose: Text
  purpose_en: Text
  recipient_org_id: Opt<Text>
  amount_mio_dkk: Opt<number>
  basis: 'per_year' | 'period_total' | 'none'
  start_year: number
  end_year: number
  unexplained_gap_mio_dkk: Opt<number>
  unexplained_gap_basis: Opt<'per_year' | 'period_total'>
  note: Opt<Text>
  note_en: Opt<Text>
}
export interface Finding extends Row, Provenance {
  finding_id: Text
  plan_id: Text
  number: Opt<number>
  text: Text
  text_en: Text
}
export interface Recommendation extends Row, Anchored, Provenance {
  recommendation_id: Text
  plan_id: Text
  initiative_id: Opt<Text>
  issuer_org_id: Text
  number: Opt<number>
  theme: Text
  text: Text
  text_en: Text
}
export interface Link extends Row, Anchored, Provenance {
  link_id: Text
  url: Text
  title: Text
  title_en: Text
  offers: Text
  offers_en: Text
  audience: Text
  audience_en: Text
  need: 'acute' | 'advice' | 'courses' | 'knowledge' | 'citizen_support'
  topic: 'honour' | 'extremism'
  org_id: Text
}
export interface Offer extends Row, Anchored, Provenance {
  offer_id: Text
  org_id: Text
  name: Text
  name_en: Text
  offers: Text
  offers_en: Text
  audience: Text
  audience_en: Text
  need: Link['need']
  also_need: Opt<Link['need']>
  for_professionals: 'yes' | 'no'
  for_citizens: 'yes' | 'no'
  link_id: Opt<Text>
}
export interface Event extends Row, Anchored, Provenance {
  event_id: Text
  date: Text
  date_precision: DatePrecision
  /** First day of the interval the date covers (scripts/data/dates.ts). */
  date_start: Text
  /** Last day; null for a `from` date (no end). */
  date_end: Opt<Text>
  date_text: Opt<Text>
  date_text_en: Opt<Text>
  plan_id: Opt<Text>
  initiative_id: Opt<Text>
  title: Text
  title_en: Text
  /** Whether it had happened as of its source, by the source's word (data/verbs.csv, kind event). */
  occurrence: Occurrence
  /** The word of the quote that says so; null for unknown, or where the source is itself the event. */
  occurrence_word: Opt<Text>
}
export type Occurrence = 'happened' | 'planned' | 'expected' | 'unknown'
export interface Term extends Row, Anchored, Provenance {
  term_id: Text
  term: Text
  term_en: Text
  definition: Text
  definition_en: Text
}
/** A source verb and what it allows the site to say (issue 18: exact words). */
export interface Verb extends Row {
  word: Text
  kind: 'status' | 'money' | 'event'
  /** Space-separated: the statuses it carries, or the word the site uses of money. */
  allows: Text
  meaning: Text
  meaning_en: Text
  not_meaning: Text
  not_meaning_en: Text
}
/** A sentence the site concludes from the sources, with the rows it rests on (`table:id …`). */
export interface Conclusion extends Row {
  conclusion_id: Text
  text: Text
  text_en: Text
  basis: Text
}
/** A corrected reading of an OCR passage, for display; the OCR text stays the quote that is checked. */
export interface OcrReading extends Row {
  source_id: Text
  ocr_text: Text
  reading: Text
}
export interface Kommune extends Row {
  kommunekode: Text
  kommune: Text
  regionskode: Text
  region: Text
  visueltcenter_lon: number
  visueltcenter_lat: number
  source_id: Text
}

export interface Region extends Row {
  regionskode: Text
  region: Text
  source_id: Text
}
export interface ConsultantCoverage extends Row, Provenance {
  coverage_id: Text
  regionskode: Text
  kind: 'host_named' | 'consultant_in_region' | 'none_stated'
  host_kommunekode: Opt<Text>
  date: Opt<Text>
  date_precision: Opt<DatePrecision>
  /** First day of the interval the date covers (scripts/data/dates.ts). */
  date_start: Opt<Text>
  date_end: Opt<Text>
  statement: Text
  statement_en: Text
}
export interface HelpFact extends Row, Provenance {
  fact_id: Text
  topic: 'security_consultants' | 'siri_advice' | 'networks' | 'law'
  date: Opt<Text>
  date_precision: Opt<DatePrecision>
  /** First day of the interval the date covers (scripts/data/dates.ts). */
  date_start: Opt<Text>
  date_end: Opt<Text>
  text: Text
  text_en: Text
}
export interface KommuneMention extends Row, Provenance {
  mention_id: Text
  kommunekode: Text
  topic: 'consultant_host' | 'consultant_contract' | 'jobcenter_tools_test' | 'civil_society' | 'municipal_plan' | 'local_effort'
  date: Opt<Text>
  date_precision: Opt<DatePrecision>
  /** First day of the interval the date covers (scripts/data/dates.ts). */
  date_start: Opt<Text>
  date_end: Opt<Text>
  text: Text
  text_en: Text
}
export interface LetterPoint extends Row, Provenance {
  point_id: Text
  number: number
  text: Text
  text_en: Text
}
export interface Archive extends Row {
  url: Text
  source_id: Text
  archive_url: Text
  archive_date: Text
  date_basis: 'source_date' | 'read_date'
}

/** The site's English rendering of a quoted passage, for the English pages (keyed by source and the exact Danish words). */
export interface QuoteTranslation extends Row {
  source_id: Text
  quote: Text
  quote_en: Text
}

/** A phone number a source gives: 112 in acute danger, 114 when it is not acute, or advice. */
export interface Contact extends Row, Provenance {
  contact_id: Text
  name: Text
  name_en: Text
  number: Text
  urgency: 'acute' | 'not_acute' | 'advice'
  text: Text
  text_en: Text
}
/** A kommune's published beredskab (or plan, strategy or page on the subject), as its page shows it. */
export interface Beredskab extends Row {
  kommunekode: Text
  url: Text
  kind: 'beredskab' | 'beredskabsplan' | 'handleguide' | 'strategi' | 'indsats' | 'side'
  heading: Opt<Text>
  adopted_date: Opt<Text>
  adopted_precision: Opt<'day' | 'month'>
  revision_due: Opt<Text>
  note: Opt<Text>
  note_en: Opt<Text>
  source_id: Text
  checked: Text
}
export interface BeredskabQuote extends Row, Provenance {
  quote_id: Text
  kommunekode: Text
  role: 'adoption' | 'about' | 'contact'
}
/** The neutral page "Væk fra denne side" leaves for. */
export interface QuickExit extends Row, Provenance {
  exit_id: Text
  url: Text
  name: Text
  name_en: Text
  note: Text
  note_en: Text
}

export interface Tables {
  sources: Source[]
  organisations: Organisation[]
  plans: Plan[]
  areas: Area[]
  initiatives: Initiative[]
  initiative_actors: InitiativeActor[]
  status_updates: StatusUpdate[]
  indicators: Indicator[]
  funding: Funding[]
  findings: Finding[]
  recommendations: Recommendation[]
  links: Link[]
  offers: Offer[]
  events: Event[]
  terms: Term[]
  ocr_readings: OcrReading[]
  kommuner: Kommune[]
  regions: Region[]
  consultant_coverage: ConsultantCoverage[]
  help_facts: HelpFact[]
  kommune_mentions: KommuneMention[]
  letter_points: LetterPoint[]
  archives: Archive[]
  quote_translations: QuoteTranslation[]
  contacts: Contact[]
  beredskaber: Beredskab[]
  beredskab_quotes: BeredskabQuote[]
  quick_exit: QuickExit[]
  verbs: Verb[]
  conclusions: Conclusion[]
}
export type TableName = keyof Tables
