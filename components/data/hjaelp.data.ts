import { hjaelpView, type HjaelpView } from '../../scripts/site/views/hjaelp.ts'
import { pageLoader } from './page-loader.ts'

declare const data: HjaelpView
export { data }
export default pageLoader(hjaelpView)
