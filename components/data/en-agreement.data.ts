import { agreementViewEn, type AgreementViewEn } from '../../scripts/site/en/views/agreement.ts'
import { pageLoader } from './page-loader.ts'

declare const data: AgreementViewEn
export { data }
export default pageLoader(agreementViewEn)
