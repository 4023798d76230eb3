import { aftaleView, type AftaleView } from '../../scripts/site/views/aftale.ts'
import { pageLoader } from './page-loader.ts'

declare const data: AftaleView
export { data }
export default pageLoader(aftaleView)
