import type { Tables } from '../../data/types.ts'
import { hostOf } from '../archive.ts'

/** "Væk fra denne side": the neutral page it leaves for, from data/quick_exit.csv. */
export function quickExitView(t: Tables) {
  const exit = t.quick_exit[0]
  if (!exit) throw new Error('data/quick_exit.csv has no row: the quick exit needs a page to leave for')
  return { url: exit.url, name: exit.name, nameEn: exit.name_en, host: hostOf(exit.url) }
}
export type QuickExitView = ReturnType<typeof quickExitView>
