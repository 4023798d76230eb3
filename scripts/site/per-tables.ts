import type { Tables } from '../data/types.ts'

/**
 * A view part that depends on the tables alone, computed once per set of tables (the tables are
 * frozen for a build: scripts/data/load-data.ts). Parts every kommune and region page shows (the
 * help directory, who to call) were computed again for each page, so the pages' build grew with
 * kommuner × rows (npm run bench:scale, bench/SCALE.md). `key` tells calls with other arguments apart.
 */
export function perTables<A extends unknown[], T>(f: (t: Tables, ...args: A) => T, key: (...args: A) => string = () => ''): (t: Tables, ...args: A) => T {
  const cache = new WeakMap<Tables, Map<string, T>>()
  return (t, ...args) => {
    let byKey = cache.get(t)
    if (!byKey) cache.set(t, (byKey = new Map()))
    const k = key(...args)
    if (!byKey.has(k)) byKey.set(k, f(t, ...args))
    return byKey.get(k)!
  }
}
