import { registerStrings } from '../../core/register-translation.js';
import type { EventListStrings } from '../../core/strings.js';

// Spanish: the words of the event list.
const eventList = registerStrings<EventListStrings>({
  $code: 'es',
  noEvents: 'No hay eventos próximos por ahora. Vuelve pronto.',
  noPastEvents: 'No hay eventos pasados que mostrar.',
  neighborhood: 'Vecindario',
  allNeighborhoods: 'Todos los vecindarios',
  showMore: (count) => `Mostrar ${count} más`,
  status: { cancelled: 'Cancelado', postponed: 'Aplazado', rescheduled: 'Reprogramado' },
  joinOnline: 'Unirse en línea',
  rsvp: 'Confirmar asistencia',
  withSpeakers: (names) => `Con ${names}`,
  addToCalendar: 'Añadir al calendario (.ics)',
  subscribe: 'Suscribirse',
  subscribeGoogle: 'Suscribirse en Google',
  allDay: 'Todo el día',
});

export default eventList;
