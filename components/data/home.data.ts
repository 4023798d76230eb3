import { homeView, type HomeView } from '../../scripts/site/views/home.ts'
import { pageLoader } from './page-loader.ts'

declare const data: HomeView
export { data }
export default pageLoader(homeView)
