import { glossaryViewEn, type GlossaryViewEn } from '../../scripts/site/views/ordliste.ts'
import { pageLoader } from './page-loader.ts'

declare const data: GlossaryViewEn
export { data }
export default pageLoader(glossaryViewEn)
