import { loadData } from '../../scripts/data/load-data.ts'
import { regionView } from '../../scripts/site/views/kommuner.ts'
import { slugOf } from '../../scripts/site/slug.ts'

// One page per region, at /regioner/<name>: who covers it, its kommuner, the help every kommune may use.
export default {
  watch: ['../../data/*.csv', '../../data/datapackage.json'],
  paths() {
    const t = loadData()
    return t.regions.map((r) => {
      const view = regionView(t, r.regionskode)
      return {
        params: { region: slugOf(r.region), view, description: view.description },
        content: `# ${r.region}`,
      }
    })
  },
}
