import NskKommuneFinder from '../../components/NskKommuneFinder.vue'
import { hydrate } from './hydrate.ts'

hydrate('NskKommuneFinder', NskKommuneFinder)
