import { defineConfig } from 'vitepress'
import { danishPermalink, patchThemeStrings } from './theme-patches.ts'
import { renderForSearch } from './search-render.ts'

// The pages, named once for both the top menu and the sidebar.
const RESULTS = [
  { text: 'Handlingsplanen 2017–2020', link: '/handlingsplan-2017-2020' },
  { text: 'Aftalen 2021–2024', link: '/aftale-2021-2024' },
  { text: 'Københavns Kommune 2017–18', link: '/koebenhavn-2017-18' },
  { text: 'Anbefalinger', link: '/anbefalinger' },
  { text: 'Tidslinje', link: '/tidslinje' },
]
const FOR_KOMMUNER = [
  { text: 'Hjælp og rådgivning', link: '/hjaelp' },
  { text: 'Find din kommune', link: '/kommuner/' },
]
const ABOUT = [
  { text: 'Kilder', link: '/kilder' },
  { text: 'Ordliste', link: '/ordliste' },
  { text: 'Om siden', link: '/om' },
]

// Danish first: every string of the default theme is set here, so no English leaks into the UI.
export default defineConfig({
  srcDir: 'docs',
  lang: 'da-DK',
  title: 'Negativ social kontrol i tal',
  description: 'Danmarks indsats mod negativ social kontrol og æresrelaterede konflikter: planer, penge, resultater og evalueringer – med kilde til hvert tal.',
  cleanUrls: true,
  // No idle prefetch of linked pages: each page's chunk holds that page's data, and a reader on a
  // phone should not download every page's data to read one.
  router: { prefetchLinks: false },
  lastUpdated: false,
  head: [
    ['link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }],
    ['meta', { name: 'theme-color', content: '#1f4e79' }],
    // Lets CSS reserve room for controls that only exist with JavaScript (no layout shift when they appear).
    ['script', { id: 'nsk-js' }, "document.documentElement.classList.add('js')"],
  ],
  markdown: { headers: { level: [2, 3] }, anchor: { permalink: danishPermalink as never } },
  vite: { plugins: [patchThemeStrings()] },
  themeConfig: {
    siteTitle: 'Negativ social kontrol i tal',
    nav: [
      { text: 'Resultater', items: RESULTS },
      ...FOR_KOMMUNER,
      { text: 'Data', link: '/data/' },
      { text: 'Om', items: ABOUT },
    ],
    sidebar: [
      { text: 'Resultater', items: [{ text: 'Forside', link: '/' }, ...RESULTS] },
      { text: 'For kommuner', items: FOR_KOMMUNER },
      { text: 'Data og metode', items: [{ text: 'Data', link: '/data/' }, ...ABOUT] },
    ],
    outline: { level: [2, 3], label: 'På denne side' },
    docFooter: { prev: 'Forrige side', next: 'Næste side' },
    darkModeSwitchLabel: 'Udseende',
    lightModeSwitchTitle: 'Skift til lyst tema',
    darkModeSwitchTitle: 'Skift til mørkt tema',
    sidebarMenuLabel: 'Menu',
    returnToTopLabel: 'Til toppen',
    langMenuLabel: 'Skift sprog',
    skipToContentLabel: 'Gå til indholdet',
    externalLinkIcon: false,
    lastUpdated: { text: 'Senest opdateret' },
    notFound: {
      title: 'SIDEN FINDES IKKE',
      quote: 'Siden, du leder efter, findes ikke her. Måske er den flyttet, eller adressen er skrevet forkert.',
      linkLabel: 'Gå til forsiden',
      linkText: 'Til forsiden',
      code: '404',
    },
    footer: {
      message: 'Data: CC BY 4.0. Kilder: Udlændinge- og Integrationsministeriet, Folketinget, Københavns Kommune m.fl.',
    },
    search: {
      provider: 'local',
      options: {
        // Components render the data, which the default index cannot see; this adds it.
        _render: renderForSearch,
        translations: {
          button: { buttonText: 'Søg', buttonAriaLabel: 'Søg på siden' },
          modal: {
            displayDetails: 'Vis detaljer',
            resetButtonTitle: 'Ryd søgningen',
            backButtonTitle: 'Luk søgningen',
            noResultsText: 'Ingen resultater for',
            footer: { selectText: 'vælg', selectKeyAriaLabel: 'Enter', navigateText: 'gå til', navigateUpKeyAriaLabel: 'pil op', navigateDownKeyAriaLabel: 'pil ned', closeText: 'luk', closeKeyAriaLabel: 'Escape' },
          },
        },
      },
    },
  },
})
