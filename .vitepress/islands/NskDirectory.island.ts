import NskDirectory from '../../components/NskDirectory.vue'
import { hydrate } from './hydrate.ts'

hydrate('NskDirectory', NskDirectory)
