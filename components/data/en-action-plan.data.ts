import { actionPlanViewEn, type ActionPlanViewEn } from '../../scripts/site/en/views/action-plan.ts'
import { pageLoader } from './page-loader.ts'

declare const data: ActionPlanViewEn
export { data }
export default pageLoader(actionPlanViewEn)
