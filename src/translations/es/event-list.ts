import { pluralFor } from '../../core/plural.js';
import { registerStrings } from '../../core/register-translation.js';
import type { EventListStrings } from '../../core/strings.js';

// Spanish: the words of the event list.
const plural = pluralFor('es');

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
  hostedBy: (name) => `Organiza ${name}`,
  accessNames: {
    wheelchair: 'Accesible en silla de ruedas',
    asl: 'Lengua de señas (ASL)',
    interpretation: 'Interpretación',
    childcare: 'Cuidado de niños',
    food: 'Comida',
    transit: 'Cerca del transporte público',
    captions: 'Subtítulos en vivo',
  },
  accessLabel: 'Accesibilidad',
  anyAccess: 'Cualquiera',
  spotsLeft: (count) => plural(count, { one: 'Queda 1 lugar', other: `Quedan ${count} lugares` }),
  full: 'Completo',
  waitlist: 'Unirse a la lista de espera',
  recording: 'Ver la grabación',
  every: (days) => `Cada ${days}`,
  everyDay: 'Todos los días',
  repeats: 'Se repite',
  moreDates: (count) => plural(count, { one: '1 fecha más', other: `${count} fechas más` }),
  calendar: 'Añadir al calendario',
  calendarUnavailable: 'No se pudieron cargar las opciones de calendario. Revise su conexión e inténtelo de nuevo.',
  search: 'Buscar',
  topicChooser: 'Tema',
  allTopics: 'Todos los temas',
  matches: (count) => plural(count, { one: '1 evento', other: `${count} eventos` }),
  noMatch: 'Ningún evento coincide con tu búsqueda.',
  clearFilters: 'Borrar filtros',
});

export default eventList;
