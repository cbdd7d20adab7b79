import type { AccessKey } from 'coalition-widgets/feed-format.js';

/** The few words the share pages and flyers print around the feed's own text. */
export interface Words {
  story: string;
  goal: (goal: string) => string;
  when: string;
  where: string;
  online: string;
  host: string;
  access: string;
  scan: { rsvp: string; online: string; site: string };
  accessLabels: Record<AccessKey, string>;
}

const en: Words = {
  story: 'Read the story',
  goal: (goal) => `Goal: ${goal}`,
  when: 'When',
  where: 'Where',
  online: 'Online',
  host: 'Hosted by',
  access: 'Access',
  scan: { rsvp: 'Scan to RSVP', online: 'Scan to join online', site: 'Scan for more events' },
  accessLabels: {
    wheelchair: 'Wheelchair accessible (step-free, accessible restroom)',
    asl: 'Sign language interpretation',
    interpretation: 'Spoken-language interpretation',
    childcare: 'Childcare',
    food: 'Food',
    transit: 'Near public transit',
    captions: 'Live captions',
  },
};

const es: Words = {
  story: 'Lea la historia',
  goal: (goal) => `Meta: ${goal}`,
  when: 'Cuándo',
  where: 'Dónde',
  online: 'En línea',
  host: 'Organiza',
  access: 'Accesibilidad',
  scan: {
    rsvp: 'Escanee para confirmar',
    online: 'Escanee para unirse en línea',
    site: 'Escanee para ver más eventos',
  },
  accessLabels: {
    wheelchair: 'Accesible en silla de ruedas (sin escalones, baño accesible)',
    asl: 'Interpretación en lengua de señas',
    interpretation: 'Interpretación de idiomas',
    childcare: 'Cuidado de niños',
    food: 'Comida',
    transit: 'Cerca del transporte público',
    captions: 'Subtítulos en vivo',
  },
};

/** The words for a language: Spanish or English (for now every other language's page reads them in English). */
export const wordsFor = (lang: string): Words => (lang.toLowerCase().split('-')[0] === 'es' ? es : en);
