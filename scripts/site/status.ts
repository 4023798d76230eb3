import type { Status } from '../data/types.ts'

/** Danish words for an initiative's state, as the sources put it. */
export const STATUS_LABEL: Record<Status, string> = {
  on_schedule: 'Følger tidsplanen',
  delayed: 'Forsinket',
  carried_out: 'Gennemført',
  established: 'Etableret',
  given_up: 'Opgivet',
  cancelled: 'Aflyst',
  to_be_offered: 'Skal udbydes',
  target_met: 'Målet er nået',
  target_expected: 'Målet forventes nået',
}
