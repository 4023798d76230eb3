import { homeViewEn, type HomeViewEn } from '../../scripts/site/views/home.ts'
import { pageLoader } from './page-loader.ts'

declare const data: HomeViewEn
export { data }
export default pageLoader(homeViewEn)
