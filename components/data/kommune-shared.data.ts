import { kommuneShared, type KommuneShared } from '../../scripts/site/views/kommuner.ts'
import { pageLoader } from './page-loader.ts'

// Loaded once for all kommune pages, not built into each page's module (bench/SCALE.md).
declare const data: KommuneShared
export { data }
export default pageLoader(kommuneShared)
