import type { FeedErrorKind } from '../feed/feed-error.js';

/** The user-interface strings of every widget, in each language the library ships. */
export interface Strings {
  loading: string;
  retry: string;
  /** Why the feed cannot be shown, by the error's kind; `http` gets the status. */
  error: (kind: FeedErrorKind, status: number) => string;
  noVictories: string;
  victoriesSince: (plural: boolean, year: string) => string;
  inTotal: string;
  victoryTotals: string;
  progress: (value: string, goal: string, unit: string) => string;
  ofGoal: (percent: string, goal: string) => string;
  readMore: string;
  share: string;
  shared: string;
  copied: string;
  shareFailed: string;
  noEvents: string;
  noPastEvents: string;
  neighborhood: string;
  allNeighborhoods: string;
  showMore: (count: number) => string;
  status: Record<'cancelled' | 'postponed' | 'rescheduled', string>;
  joinOnline: string;
  rsvp: string;
  withSpeakers: (names: string) => string;
  addToCalendar: string;
  googleCalendar: string;
  outlook: string;
  microsoft365: string;
  subscribe: string;
  subscribeGoogle: string;
  allDay: string;
  expand: string;
  collapse: string;
  noSpeaker: (id: string) => string;
  noSpeakers: string;
  feedbackPrompt: string;
  messageLabel: string;
  nameLabel: string;
  emailLabel: string;
  consent: (coalition: string) => string;
  requiredMark: string;
  ratingOf: (value: number) => string;
  honeypot: string;
  send: string;
  sending: string;
  problem: Record<'required' | 'email' | 'consent' | 'empty', string>;
  sent: string;
  queued: string;
  failed: (status: number) => string;
  mailto: (email: string) => string;
  noAddress: string;
  mailSubject: (topic: string | undefined) => string;
  topic: string;
}

const en: Strings = {
  loading: 'Loading…',
  retry: 'Try again',
  error: (kind, status) =>
    ({
      network: 'We could not reach the feed. Check your connection and try again.',
      timeout: 'The feed took too long to answer. Try again in a moment.',
      http:
        status >= 500
          ? `The feed’s server had a problem (error ${status}). Try again in a moment.`
          : `The feed could not be found (error ${status}).`,
      'not-json': 'The feed file is damaged, so there is nothing to show.',
      'not-a-feed': 'This file is not a coalition feed, so there is nothing to show.',
      'no-feed': 'This widget has no feed to show.',
      render: 'Something went wrong while showing this, so there is nothing to show.',
    })[kind],
  noVictories: 'No victories to show yet. Wins will appear here.',
  victoriesSince: (plural, year) => `${plural ? 'victories' : 'victory'} since ${year}`,
  inTotal: 'in total',
  victoryTotals: 'Totals',
  progress: (value, goal, unit) => `${value} of ${goal} ${unit}`.trim(),
  ofGoal: (percent, goal) => `${percent} of the goal of ${goal}`,
  readMore: 'Read more',
  share: 'Share',
  shared: 'Shared. Thank you for spreading the word!',
  copied: 'Copied to the clipboard: paste it anywhere to share.',
  shareFailed: 'Sharing did not work here. Copy the page address to share it.',
  noEvents: 'No upcoming events right now. Check back soon.',
  noPastEvents: 'No past events to show.',
  neighborhood: 'Neighborhood',
  allNeighborhoods: 'All neighborhoods',
  showMore: (count) => `Show ${count} more`,
  status: { cancelled: 'Cancelled', postponed: 'Postponed', rescheduled: 'Rescheduled' },
  joinOnline: 'Join online',
  rsvp: 'RSVP',
  withSpeakers: (names) => `With ${names}`,
  addToCalendar: 'Add to calendar (.ics)',
  googleCalendar: 'Google Calendar',
  outlook: 'Outlook.com',
  microsoft365: 'Microsoft 365',
  subscribe: 'Subscribe',
  subscribeGoogle: 'Subscribe in Google',
  allDay: 'All day',
  expand: 'Show more',
  collapse: 'Show less',
  noSpeaker: (id) => `We could not find the speaker “${id}”.`,
  noSpeakers: 'No speakers to show yet.',
  feedbackPrompt: 'Share your thoughts with us.',
  messageLabel: 'Your message',
  nameLabel: 'Your name (optional)',
  emailLabel: 'Your email (optional)',
  consent: (coalition) => `${coalition} may contact me at this email about my feedback.`,
  requiredMark: '(required)',
  ratingOf: (value) => `${value} of 5`,
  honeypot: 'Leave this field empty',
  send: 'Send',
  sending: 'Sending…',
  problem: {
    required: 'Please answer this question.',
    email: 'Enter an email address like name@example.org.',
    consent: 'Check this box, or leave the email empty.',
    empty: 'Write a message or answer a question before sending.',
  },
  sent: 'Thank you! Your feedback was sent.',
  queued:
    'Your feedback is saved on this device: the connection is not working right now. It will be sent automatically, even if you close this page.',
  failed: (status) =>
    `Your feedback could not be sent: the server refused it (error ${status}). Your text is still here, so you can change it and try again.`,
  mailto: (email) => `Your email app should open with your feedback ready to send. If it does not, write to ${email}.`,
  noAddress: 'This form has nowhere to send feedback yet.',
  mailSubject: (topic) => (topic ? `Feedback: ${topic}` : 'Feedback'),
  topic: 'Topic',
};

const es: Strings = {
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
  victoriesSince: (plural, year) => `${plural ? 'victorias' : 'victoria'} desde ${year}`,
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

const catalogs: Record<string, Strings> = { en, es };

/**
 * The accessible name of a control that acts on one item of many, in every language: its visible
 * label first (so voice users can say what they see), then the item, as in "RSVP: Tenant Rights Clinic".
 */
export const labelFor = (label: string, item: string): string => `${label}: ${item}`;

/** The strings for a language tag: Spanish for any `es-*`, English otherwise. */
export function stringsFor(lang: string): Strings {
  return catalogs[lang.toLowerCase().split('-')[0]!] ?? en;
}
