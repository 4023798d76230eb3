import { recommendationsViewEn, type RecommendationsViewEn } from '../../scripts/site/views/anbefalinger.ts'
import { pageLoader } from './page-loader.ts'

declare const data: RecommendationsViewEn
export { data }
export default pageLoader(recommendationsViewEn)
