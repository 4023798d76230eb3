import { kilderView, type KilderView } from '../../scripts/site/views/kilder.ts'
import { pageLoader } from './page-loader.ts'

declare const data: KilderView
export { data }
export default pageLoader(kilderView)
