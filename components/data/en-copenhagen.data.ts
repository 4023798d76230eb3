import { copenhagenViewEn, type CopenhagenViewEn } from '../../scripts/site/views/koebenhavn.ts'
import { pageLoader } from './page-loader.ts'

declare const data: CopenhagenViewEn
export { data }
export default pageLoader(copenhagenViewEn)
