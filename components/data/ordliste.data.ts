import { ordlisteView, type OrdlisteView } from '../../scripts/site/views/ordliste.ts'
import { pageLoader } from './page-loader.ts'

declare const data: OrdlisteView
export { data }
export default pageLoader(ordlisteView)
