import { beredskaberPage, type BeredskaberPage } from '../../scripts/site/views/kommuner.ts'
import { pageLoader } from './page-loader.ts'

declare const data: BeredskaberPage
export { data }
export default pageLoader(beredskaberPage)
