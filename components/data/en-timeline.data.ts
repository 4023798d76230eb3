import { timelineViewEn, type TimelineViewEn } from '../../scripts/site/views/tidslinje.ts'
import { pageLoader } from './page-loader.ts'

declare const data: TimelineViewEn
export { data }
export default pageLoader(timelineViewEn)
