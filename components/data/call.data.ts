import { whoToCall, type WhoToCall } from '../../scripts/site/views/call.ts'
import { pageLoader } from './page-loader.ts'

declare const data: WhoToCall
export { data }
export default pageLoader(whoToCall)
