import { finderViewEn, type FinderViewEn } from '../../scripts/site/views/kommuner.ts'
import { pageLoader } from './page-loader.ts'

declare const data: FinderViewEn
export { data }
export default pageLoader(finderViewEn)
