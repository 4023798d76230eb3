import { recommendationsViewEn, type RecommendationsViewEn } from '../../scripts/site/en/views/recommendations.ts'
import { pageLoader } from './page-loader.ts'

declare const data: RecommendationsViewEn
export { data }
export default pageLoader(recommendationsViewEn)
