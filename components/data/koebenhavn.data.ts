import { koebenhavnView, type KoebenhavnView } from '../../scripts/site/views/koebenhavn.ts'
import { pageLoader } from './page-loader.ts'

declare const data: KoebenhavnView
export { data }
export default pageLoader(koebenhavnView)
