import { helpViewEn, type HelpViewEn } from '../../scripts/site/en/views/kommuner.ts'
import { pageLoader } from './page-loader.ts'

declare const data: HelpViewEn
export { data }
export default pageLoader(helpViewEn)
