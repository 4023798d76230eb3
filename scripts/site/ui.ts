import { inject, type InjectionKey, type Ref, unref } from 'vue'
import type { Lang } from '../format/locale.ts'
import { type Anchored, anchorOf } from './anchors.ts'

/**
 * Every interface string of the site, in both languages, in one list: the layout's (skip link,
 * menu, search, theme switch, footer, language switch) and the shared components' (sources,
 * charts). A page's language is provided by the layout (LANG); components read it with useUi(),
 * and default to Danish where nothing provides it (the chart tests, islands).
 */
export const UI = {
  da: {
    siteTitle: 'Negativ social kontrol i tal',
    skipToContent: 'Gå til indholdet',
    onThisPage: 'På denne side',
    search: 'Søg',
    menu: 'Menu',
    mainMenu: 'Hovedmenu',
    darkTheme: 'Mørkt tema',
    footer: 'Data: CC BY 4.0. Kilder: Udlændinge- og Integrationsministeriet, Folketinget, Københavns Kommune m.fl.',
    /** The footer's link to the Atom feed of data releases and site changes. */
    feed: 'Følg nye data og ændringer (Atom-feed)',
    /** The feed's name in the page head (the feed itself is Danish). */
    feedTitle: (site: string) => `${site}: nye data og ændringer`,
    /** The foot line of a page's preview image for shared links. */
    shareFoot: (version: string) => `Med kilde til hvert tal · dataversion ${version}`,
    /** On paper: where the page is found. */
    foundAt: 'Siden findes på',
    /** The link to the page's twin in the other language, written in that language. */
    otherLanguage: 'English',
    /** The switch's text on a phone, where the header has room for two letters only. */
    otherLanguageShort: 'EN',
    source: 'Kilde',
    sourceN: (n: number) => `Kilde ${n}`,
    readMore: 'Læs mere',
    openSource: 'åbn kilden',
    archivedCopy: (date: string) => `søg en arkiveret kopi nær ${date}`,
    /** The same as a link's own text, first in its sentence (citations, the help directory, the letter's links). */
    archiveSearch: (date: string) => `Søg en arkiveret kopi nær ${date}`,
    /** Who keeps the archived copies, named after the archive link. */
    archiveHost: 'Internet Archive',
    backToMark: (n: number) => `Tilbage til henvisning ${n} i teksten`,
    ocrCorrected: 'rettet for OCR-fejl',
    ocrAsInSource: 'Den maskinlæste tekst, som den står i kilden:',
    /** The same, inside a sentence: "(rettet for OCR-fejl; i den maskinlæste tekst: »…«)". */
    ocrInMachineText: 'i den maskinlæste tekst:',
    /** Said of an OCR passage shown as the machine read it (no corrected reading in data/). */
    ocrAsRead: 'Citatet er gengivet som i den maskinlæste (OCR) tekst.',
    /** A citation's link to its source's entry on the sources page. */
    aboutSource: 'Om kilden',
    ourTranslation: '',
    /** On English pages the quotations and the places in the sources are Danish, and marked so (lang). */
    sourceLang: undefined as 'da' | undefined,
    placeInSource: '',
    showTable: 'Vis tallene som tabel',
    downloadChart: 'Hent figurens tal (CSV)',
    chartAsImage: 'Hent figuren som',
    or: 'eller',
    /** "Citér" and the embed code; empty where the edition does not offer them yet (English). */
    cite: 'Citér',
    citeFromSummary: 'Citér et tal herfra',
    /** The name of a figure's or chart's permalink (#tal-…, #figur-…). */
    permalinkLabel: 'Direkte link til tallet',
    /** A chart named in a citation: "Figur: <title>." */
    chartWord: 'Figur',
    embedChart: 'Indlejr figuren',
    chartSource: 'Kilde',
    sourceMany: 'flere dokumenter, nævnt ved hvert citat.',
    showQuotes: 'Vis citaterne fra kilderne',
    wordsOnPage: 'Ord og forkortelser på siden',
    /** Element ids of a page's numbered sources: the entry (#kilde-3) and the mark it links back to (#henvisning-3). */
    entryAnchor: 'kilde',
    markAnchor: 'henvisning',
    directLink: (title: string) => `Direkte link til »${title}«`,
    themeAnchor: 'tema',
    /** Where a page's source documents are described: /kilder#kilde-<anchor>, /en/sources#source-<anchor_en>. */
    sourcesPage: (s: Anchored) => `/kilder#${anchorOf('source', s, 'da')}`,
    /** The page for an unknown address (404): its words, and where it sends the reader. */
    notFound: {
      /** The page's title (in <title>) and its description. */
      pageTitle: 'Siden findes ikke',
      description: 'Siden findes ikke her. Søg på siden, find hjælp og rådgivning (ved akut fare: ring 112), eller find din kommune.',
      code: '404',
      title: 'SIDEN FINDES IKKE',
      quote: 'Siden, du leder efter, findes ikke her. Måske er den flyttet, eller adressen er skrevet forkert.',
      tryInstead: 'Prøv i stedet:',
      acute: 'Ved akut fare: ring',
      search: 'Søg på siden',
      help: 'Hjælp og rådgivning',
      finder: 'Find din kommune',
      linkLabel: 'Gå til forsiden',
      linkText: 'Til forsiden',
      /** Where JavaScript runs: "Mente du <link>?" (scripts/site/not-found.ts). */
      didYouMean: ['Mente du ', '?'] as [string, string],
    },
    quickExit: {
      label: 'Væk fra denne side',
      note: (name: string) => `Fører straks til ${name}. Det sletter ikke din browserhistorik; vil du ikke efterlade spor, så brug et privat vindue (inkognito).`,
      shift: 'Du kan også trykke tre gange på Shift.',
      leaving: 'Forlader siden',
      more: ['Shift: tryk 1 gang mere for at forlade siden', 'Shift: tryk 2 gange mere for at forlade siden'],
    },
    timeline: { during: (y: string) => `I løbet af ${y}, uden nærmere dato:`, reasons: 'Ministeren begrundede brevet sådan:', yearAnchor: 'aar' },
    /** The region and kommune pages' words around the data (NskAdvice, NskCoverage, NskNationalHelp; /en/regions/…). */
    region: {
      anonymous: 'Anonym rådgivning døgnet rundt',
      anonymousAnchor: 'anonym-raadgivning',
      /** "Nummeret står på siderne fra A og B (date)." (the names joined by the view: language(lang).list) */
      givenBy: (by: string, when: string) => `Nummeret står på siderne fra ${by} (${when}).`,
      notEmergency: (acute: string) => `Det er ikke et nødnummer: ved akut fare ring ${acute}.`,
      professionals: 'Rådgivning til fagpersoner',
      professionalsAnchor: 'raadgivning-til-fagpersoner',
      noHost: (region: string) => `Ingen kilde nævner, hvilken kommunes team der dækker ${region}. Siden gætter ikke.`,
      /** Before, inside and after the link to the national team below. */
      nationalTeam: ['Uanset region kan alle kommuner bruge sikkerhedskonsulenterne, som er ét nationalt team (se ', 'nedenfor', ').'] as [string, string, string],
      team: 'Sikkerhedskonsulenterne: ét nationalt team',
      teamAnchor: 'det-nationale-team',
      siri: 'SIRIs rådgivning og rejsehold',
      siriAnchor: 'siris-raadgivning',
      networks: 'De to kommunale netværk',
      networksAnchor: 'netvaerk',
      networksUnknown: 'Kilderne siger ikke, hvilke kommuner der hører til hvilket netværk.',
      offers: 'Tilbud for alle kommuner',
      offersAnchor: 'alle-tilbud',
      /** Before, inside and after the link to the help page. */
      offersLead: ['Hvert tilbud er beskrevet, dateret og kildebelagt i ', 'Hjælp og rådgivning', ':'] as [string, string, string],
      helpPage: '/hjaelp',
    },
    initiative: { figures: 'Tal', planned: 'Planlagt eller forventet', money: 'Penge', about: 'Om initiativet', course: 'Forløb', who: 'Hvem', reported: 'oplyst', parts: { course: 'forløb', figures: 'tal', money: 'penge', who: 'hvem' } },
  },
  en: {
    siteTitle: 'Negative social control in figures',
    skipToContent: 'Skip to content',
    onThisPage: 'On this page',
    search: 'Search',
    menu: 'Menu',
    mainMenu: 'Main menu',
    darkTheme: 'Dark theme',
    footer: 'Data: CC BY 4.0. Sources: the Danish Ministry of Immigration and Integration, the Danish Parliament (Folketinget), Copenhagen Municipality (Københavns Kommune) and others.',
    feed: 'Follow new data and changes (Atom feed, in Danish)',
    feedTitle: (site: string) => `${site}: new data and changes (in Danish)`,
    shareFoot: (version: string) => `With a source for every figure · data version ${version}`,
    foundAt: 'This page is at',
    otherLanguage: 'Dansk',
    otherLanguageShort: 'DA',
    source: 'Source',
    sourceN: (n: number) => `Source ${n}`,
    readMore: 'Read more',
    openSource: 'open the source',
    archivedCopy: (date: string) => `look for an archived copy near ${date}`,
    archiveSearch: (date: string) => `Look for an archived copy near ${date}`,
    archiveHost: 'Internet Archive',
    backToMark: (n: number) => `Back to reference ${n} in the text`,
    ocrCorrected: 'corrected for OCR errors',
    ocrAsInSource: 'The machine-read text as it stands in the source:',
    ocrInMachineText: 'in the machine-read text:',
    ocrAsRead: 'The quotation is given as in the machine-read (OCR) text.',
    aboutSource: 'About the source',
    ourTranslation: 'Our translation:',
    sourceLang: 'da' as 'da' | undefined,
    placeInSource: 'Place in the source (in Danish):',
    showTable: 'Show the figures as a table',
    downloadChart: 'Download the chart’s figures (CSV)',
    chartAsImage: 'Download the chart (in Danish) as',
    or: 'or',
    cite: '',
    citeFromSummary: '',
    permalinkLabel: 'Direct link to this figure',
    chartWord: 'Chart',
    embedChart: '',
    chartSource: 'Source',
    sourceMany: 'several documents, named at each quotation.',
    showQuotes: 'Show the passages from the sources',
    wordsOnPage: 'Words and abbreviations on this page',
    entryAnchor: 'source',
    markAnchor: 'ref',
    directLink: (title: string) => `Direct link to “${title}”`,
    themeAnchor: 'theme',
    sourcesPage: (s: Anchored) => `/en/sources#${anchorOf('source', s, 'en')}`,
    notFound: {
      pageTitle: 'Page not found',
      description: 'This page does not exist here. Search the site, find help and advice (in acute danger, call 112), or find your kommune (Danish municipality).',
      code: '404',
      title: 'PAGE NOT FOUND',
      quote: 'The page you are looking for is not here. It may have moved, or the address may be mistyped.',
      tryInstead: 'Try instead:',
      acute: 'In acute danger: call',
      search: 'Search the English pages',
      help: 'Help and advice',
      finder: 'Find your kommune (Danish municipality)',
      linkLabel: 'Go to the home page',
      linkText: 'To the home page',
      didYouMean: ['Did you mean ', '?'] as [string, string],
    },
    quickExit: {
      label: 'Leave this page',
      note: (name: string) => `Goes straight to ${name}. It does not delete your browser history; to leave no trace, use a private (incognito) window.`,
      shift: 'You can also press Shift three times.',
      leaving: 'Leaving the page',
      more: ['Shift: press 1 more time to leave the page', 'Shift: press 2 more times to leave the page'],
    },
    timeline: { during: (y: string) => `During ${y}, with no closer date:`, reasons: 'The minister gave these reasons for the letter:', yearAnchor: 'year' },
    region: {
      anonymous: 'Anonymous advice day and night',
      anonymousAnchor: 'anonymous-advice',
      givenBy: (by: string, when: string) => `The number is on the pages of ${by} (${when}).`,
      notEmergency: (acute: string) => `It is not an emergency number: in acute danger call ${acute}.`,
      professionals: 'Advice for professionals',
      professionalsAnchor: 'advice-for-professionals',
      noHost: (region: string) => `No source names which kommune’s team covers ${region}. This page does not guess.`,
      nationalTeam: ['Whatever the region, every kommune can use the security consultants, who are one national team (see ', 'below', ').'] as [string, string, string],
      team: 'The security consultants: one national team',
      teamAnchor: 'national-team',
      siri: 'SIRI’s advice and travelling team (rejsehold)',
      siriAnchor: 'siri-advice',
      networks: 'The two municipal networks',
      networksAnchor: 'networks',
      networksUnknown: 'The sources do not say which kommuner belong to which network.',
      offers: 'Offers for all kommuner',
      offersAnchor: 'offers-for-all',
      offersLead: ['Each offer is described, dated and sourced in ', 'Help and advice', ':'] as [string, string, string],
      helpPage: '/en/help',
    },
    initiative: { figures: 'Figures', planned: 'Planned or expected', money: 'Money', about: 'About the initiative', course: 'Course', who: 'Who', reported: 'reported', parts: { course: 'course', figures: 'figures', money: 'money', who: 'who' } },
  },
} satisfies Record<Lang, Record<string, unknown>>

export type UiStrings = (typeof UI)['da']

/** The page's language, provided by the layout. */
export const LANG: InjectionKey<Ref<Lang> | Lang> = Symbol('nsk-lang')

/** The interface strings of the page being rendered (Danish unless the layout says otherwise). */
export function useUi(): UiStrings {
  return UI[useLang()]
}

export function useLang(): Lang {
  return unref(inject(LANG, 'da'))
}
