import { copenhagenViewEn, type CopenhagenViewEn } from '../../scripts/site/en/views/copenhagen.ts'
import { pageLoader } from './page-loader.ts'

declare const data: CopenhagenViewEn
export { data }
export default pageLoader(copenhagenViewEn)
