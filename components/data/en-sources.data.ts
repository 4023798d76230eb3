import { sourcesViewEn, type SourcesViewEn } from '../../scripts/site/views/kilder.ts'
import { pageLoader } from './page-loader.ts'

declare const data: SourcesViewEn
export { data }
export default pageLoader(sourcesViewEn)
