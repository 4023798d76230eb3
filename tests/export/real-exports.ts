import { checkData } from '../../scripts/data/load-data.ts'
import { formatProblem } from '../../scripts/data/problems.ts'
import { chartData } from '../../scripts/export/chart-data.ts'
import { buildExports, type ExportSet } from '../../scripts/export/export-files.ts'

/** The real data, checked, and the exports built from it, once per test file. */
let cached: Promise<{ result: ReturnType<typeof checkData>; exports: ExportSet }> | undefined
export function realExports() {
  cached ??= (async () => {
    const result = checkData()
    if (result.problems.length) throw new Error(result.problems.map(formatProblem).join('\n'))
    return { result, exports: await buildExports(result.pkg, result.tables, { charts: chartData(result.tables) }) }
  })()
  return cached
}
