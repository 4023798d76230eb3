import { anbefalingerView, type AnbefalingerView } from '../../scripts/site/views/anbefalinger.ts'
import { pageLoader } from './page-loader.ts'

declare const data: AnbefalingerView
export { data }
export default pageLoader(anbefalingerView)
