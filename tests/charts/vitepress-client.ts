import { ref } from 'vue'
/** What the components use of VitePress's client, for rendering them in Node outside a site (base "/"). */
export const withBase = (path: string): string => path
/** useData() as components read it, for a page outside a site: no address, a test data version. */
export const useData = () => ({
  page: ref({ relativePath: 'figur.md' }),
  theme: ref({ siteUrl: null, dataVersion: { version: '0.0.0', date: '1. januar 2000' } }),
  site: ref({ title: 'Negativ social kontrol i tal' }),
})
