import { actionPlanViewEn, type ActionPlanViewEn } from '../../scripts/site/views/handlingsplan.ts'
import { pageLoader } from './page-loader.ts'

declare const data: ActionPlanViewEn
export { data }
export default pageLoader(actionPlanViewEn)
