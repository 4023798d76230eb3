import { finderView, type FinderView } from '../../scripts/site/views/kommuner.ts'
import { pageLoader } from './page-loader.ts'

declare const data: FinderView
export { data }
export default pageLoader(finderView)
