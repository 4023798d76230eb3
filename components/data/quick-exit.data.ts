import { quickExitView, type QuickExitView } from '../../scripts/site/views/quick-exit.ts'
import { pageLoader } from './page-loader.ts'

declare const data: QuickExitView
export { data }
export default pageLoader(quickExitView)
