import { loadData } from '../../../scripts/data/load-data.ts'
import { regionViewEn } from '../../../scripts/site/en/views/kommuner.ts'
import { slugOf } from '../../../scripts/site/slug.ts'

// One English page per region, at /en/regions/<name> (the same slug as the Danish /regioner/<name>).
export default {
  watch: ['../../../data/*.csv', '../../../data/datapackage.json'],
  paths() {
    const t = loadData()
    return t.regions.map((r) => {
      const view = regionViewEn(t, r.regionskode)
      return {
        params: { region: slugOf(r.region), view, description: view.description },
        content: `# ${r.region}`,
      }
    })
  },
}
