import { dataViewEn, type DataViewEn } from '../../scripts/site/en/views/data.ts'
import { pageLoader } from './page-loader.ts'

declare const data: DataViewEn
export { data }
export default pageLoader(dataViewEn)
