import { sourcesViewEn, type SourcesViewEn } from '../../scripts/site/en/views/sources.ts'
import { pageLoader } from './page-loader.ts'

declare const data: SourcesViewEn
export { data }
export default pageLoader(sourcesViewEn)
