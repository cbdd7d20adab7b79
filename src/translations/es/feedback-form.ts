import { registerStrings } from '../../core/register-translation.js';
import type { FeedbackFormStrings } from '../../core/strings.js';

// Spanish: the words of the feedback form.
const feedbackForm = registerStrings<FeedbackFormStrings>({
  $code: 'es',
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
  notAllowed:
    'Este sitio todavía no puede enviar opiniones. Tu texto queda guardado en este dispositivo y se enviará cuando la coalición lo permita.',
  failed: (status) =>
    `No se pudo enviar tu opinión: el servidor la rechazó (error ${status}). Tu texto sigue aquí para que puedas cambiarlo e intentarlo de nuevo.`,
  mailto: (email) =>
    `Tu aplicación de correo debería abrirse con tu opinión lista para enviar. Si no se abre, escribe a ${email}.`,
  noAddress: 'Este formulario todavía no tiene adónde enviar opiniones.',
  mailSubject: (topic) => (topic ? `Opinión: ${topic}` : 'Opinión'),
  topic: 'Tema',
});

export default feedbackForm;
