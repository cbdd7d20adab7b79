import { pluralFor } from '../core/plural.js';
import { registerTranslation } from '../core/register-translation.js';
import type { Translation } from '../core/translations.js';

// Spanish, built into every bundle.
const plural = pluralFor('es');

const translation: Translation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',
  loading: 'Cargando…',
  retry: 'Intentar de nuevo',
  error: (kind, status) =>
    ({
      network: 'No pudimos conectar con el feed. Revisa tu conexión e inténtalo de nuevo.',
      timeout: 'El feed tardó demasiado en responder. Inténtalo de nuevo en un momento.',
      http:
        status >= 500
          ? `El servidor del feed tuvo un problema (error ${status}). Inténtalo de nuevo en un momento.`
          : `No se encontró el feed (error ${status}).`,
      'not-json': 'El archivo del feed está dañado, así que no hay nada que mostrar.',
      'not-a-feed': 'Este archivo no es un feed de la coalición, así que no hay nada que mostrar.',
      'no-feed': 'Este widget no tiene un feed que mostrar.',
      render: 'Algo salió mal al mostrar esto, así que no hay nada que mostrar.',
    })[kind],
  noVictories: 'Todavía no hay victorias que mostrar. Los logros aparecerán aquí.',
  victoriesSince: (count, year) => plural(count, { one: `victoria desde ${year}`, other: `victorias desde ${year}` }),
  inTotal: 'en total',
  victoryTotals: 'Totales',
  progress: (value, goal, unit) => `${value} de ${goal} ${unit}`.trim(),
  ofGoal: (percent, goal) => `${percent} de la meta de ${goal}`,
  readMore: 'Leer más',
  share: 'Compartir',
  shared: 'Compartido. ¡Gracias por correr la voz!',
  copied: 'Copiado al portapapeles: pégalo donde quieras para compartirlo.',
  shareFailed: 'No se pudo compartir aquí. Copia la dirección de la página para compartirla.',
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
  googleCalendar: 'Google Calendar',
  outlook: 'Outlook.com',
  microsoft365: 'Microsoft 365',
  subscribe: 'Suscribirse',
  subscribeGoogle: 'Suscribirse en Google',
  allDay: 'Todo el día',
  expand: 'Mostrar más',
  collapse: 'Mostrar menos',
  noSpeaker: (id) => `No encontramos a la persona ponente «${id}».`,
  noSpeakers: 'Todavía no hay ponentes que mostrar.',
  feedbackPrompt: 'Compártenos tu opinión.',
  messageLabel: 'Tu mensaje',
  nameLabel: 'Tu nombre (opcional)',
  emailLabel: 'Tu correo electrónico (opcional)',
  consent: (coalition) => `${coalition} puede contactarme en este correo sobre mi opinión.`,
  requiredMark: '(obligatorio)',
  ratingOf: (value) => `${value} de 5`,
  honeypot: 'Deja este campo vacío',
  send: 'Enviar',
  sending: 'Enviando…',
  problem: {
    required: 'Por favor, responde esta pregunta.',
    email: 'Escribe un correo como nombre@ejemplo.org.',
    consent: 'Marca esta casilla o deja el correo vacío.',
    empty: 'Escribe un mensaje o responde una pregunta antes de enviar.',
  },
  sent: '¡Gracias! Tu opinión fue enviada.',
  queued:
    'Tu opinión está guardada en este dispositivo: la conexión no funciona ahora. Se enviará automáticamente, aunque cierres esta página.',
  failed: (status) =>
    `No se pudo enviar tu opinión: el servidor la rechazó (error ${status}). Tu texto sigue aquí para que puedas cambiarlo e intentarlo de nuevo.`,
  mailto: (email) =>
    `Tu aplicación de correo debería abrirse con tu opinión lista para enviar. Si no se abre, escribe a ${email}.`,
  noAddress: 'Este formulario todavía no tiene adónde enviar opiniones.',
  mailSubject: (topic) => (topic ? `Opinión: ${topic}` : 'Opinión'),
  topic: 'Tema',
};

registerTranslation(translation);
export default translation;
