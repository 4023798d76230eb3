import { loadData } from '../../scripts/data/load-data.ts'
import { fullName, kommuneView } from '../../scripts/site/views/kommuner.ts'
import { slugOf } from '../../scripts/site/slug.ts'

// One page per kommune, at /kommuner/<name>: the answer a kommune needs, from the checked data.
export default {
  watch: ['../../data/*.csv', '../../data/datapackage.json'],
  paths() {
    const t = loadData()
    return t.kommuner.map((k) => {
      const view = kommuneView(t, k.kommunekode)
      return {
        params: { kommune: slugOf(k.kommune), view, description: view.description },
        content: `# ${fullName(k)}`,
      }
    })
  },
}
