import { tidslinjeView, type TidslinjeView } from '../../scripts/site/views/tidslinje.ts'
import { pageLoader } from './page-loader.ts'

declare const data: TidslinjeView
export { data }
export default pageLoader(tidslinjeView)
