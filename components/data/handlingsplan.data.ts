import { handlingsplanView, type HandlingsplanView } from '../../scripts/site/views/handlingsplan.ts'
import { pageLoader } from './page-loader.ts'

declare const data: HandlingsplanView
export { data }
export default pageLoader(handlingsplanView)
