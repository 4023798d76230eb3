import { defineLoader } from 'vitepress'
import { loadData } from '../../scripts/data/load-data.ts'
import type { Tables } from '../../scripts/data/types.ts'

/**
 * A VitePress data loader for one page: it runs the checked data through the page's view, so a
 * page ships only what it shows, and bad data stops the build.
 */
export function pageLoader<T>(view: (tables: Tables) => T) {
  return defineLoader({
    watch: ['../../data/*.csv', '../../data/datapackage.json'],
    load: (): T => view(loadData()),
  })
}
