import { agreementViewEn, type AgreementViewEn } from '../../scripts/site/views/aftale.ts'
import { pageLoader } from './page-loader.ts'

declare const data: AgreementViewEn
export { data }
export default pageLoader(agreementViewEn)
