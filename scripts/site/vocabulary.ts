import type { Beredskab, Event, KommuneMention, Occurrence, Source, Status } from '../data/types.ts'

/**
 * The site's words for the data's codes, in one place: a code shown to a reader is looked up here,
 * never spelt out again in a view. Each map is a `Record` over the code's type, so a new code in the
 * data's schema fails the type check until it has its words.
 */

/** An initiative's state, as the sources put it (exact words: "udbydes" is "Skal udbydes", never "Udbudt"; data/verbs.csv says which verb allows which state). */
export const STATUS_LABEL: Record<Status, string> = {
  on_schedule: 'Følger tidsplanen',
  delayed: 'Forsinket',
  carried_out: 'Gennemført',
  established: 'Etableret',
  given_up: 'Opgivet',
  cancelled: 'Aflyst',
  to_be_offered: 'Skal udbydes',
  target_met: 'Målet er nået',
  target_expected: 'Målet forventes nået',
}

/** A source's kind as a heading on /kilder: "Brev". */
export const SOURCE_KIND: Record<Source['kind'], string> = {
  letter: 'Brev',
  answer: 'Svar på spørgsmål',
  annex: 'Bilag',
  press_release: 'Pressemeddelelse',
  news_article: 'Artikel',
  web_page: 'Webside',
  register: 'Register',
}

/** A source's kind before its sender, in a citation: "Brev fra udlændinge- og integrationsministeren". */
export const SOURCE_KIND_FROM: Record<Source['kind'], string> = {
  letter: 'Brev fra',
  answer: 'Svar fra',
  annex: 'Bilag fra',
  press_release: 'Pressemeddelelse fra',
  news_article: 'Artikel fra',
  web_page: 'Webside fra',
  register: 'Register fra',
}

/** A source's kind in running text, definite: "ifølge brevet fra …". */
export const SOURCE_KIND_THE: Record<Source['kind'], string> = {
  letter: 'brevet',
  answer: 'svaret',
  annex: 'bilaget',
  press_release: 'pressemeddelelsen',
  news_article: 'artiklen',
  web_page: 'siden',
  register: 'registret',
}

/** What a source says about one kommune, as a heading on its page. */
export const MENTION_TOPIC: Record<KommuneMention['topic'], string> = {
  consultant_host: 'Sikkerhedskonsulenterne',
  consultant_contract: 'Resultatkontrakt om sikkerhedskonsulenterne',
  jobcenter_tools_test: 'Testkommune for værktøjer til jobcentre',
  civil_society: 'Samarbejde med civilsamfundet',
  municipal_plan: 'Kommunens egen plan',
  local_effort: 'Kommunens egen indsats',
}

/** What a kommune's page on its beredskab calls it, in the page's own word. */
export const BEREDSKAB_KIND: Record<Beredskab['kind'], string> = {
  beredskab: 'Beredskab',
  beredskabsplan: 'Beredskabsplan',
  handleguide: 'Handleguide',
  strategi: 'Strategi',
  indsats: 'Side om kommunens indsats',
  side: 'Side med råd og vejledning',
}

/**
 * What an event was as of its source, where that is not "it happened" (issue 20): the word a reader
 * sees before the event. The source's own verb (data/verbs.csv, kind event) allows it.
 */
export const OCCURRENCE_LABEL: Record<Occurrence, string | null> = {
  happened: null,
  planned: 'Planlagt',
  expected: 'Forventet',
  unknown: null,
}

/** An event as a reader sees it: "Planlagt: Diplommodulet udbydes …" where its source planned it. */
export function eventTitle(e: Pick<Event, 'title' | 'occurrence'>): string {
  const label = OCCURRENCE_LABEL[e.occurrence]
  return label ? `${label}: ${e.title}` : e.title
}
