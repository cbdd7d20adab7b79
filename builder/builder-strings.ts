import type { Layout, Theme, Variant, WidgetName } from './embed-code.js';

/** The embed builder's own words, in the languages the widgets ship. */
export interface BuilderStrings {
  title: string;
  intro: string;
  otherLanguage: string;
  feed: string;
  feedHint: string;
  checking: string;
  feedOk: (counts: string) => string;
  counts: (victories: number, events: number, speakers: number) => string;
  feedProblems: string;
  feedUnreachable: (reason: string) => string;
  feedBlocked: (address: string) => string;
  feedOffline: string;
  firstStep: string;
  tryDemo: string;
  noFeed: string;
  scripts: string;
  scriptsHint: string;
  scriptsLocal: (host: string) => string;
  scriptsInvalid: (fallback: string) => string;
  widget: string;
  widgets: Record<WidgetName, string>;
  theme: string;
  themes: Record<Theme, string>;
  language: string;
  pageLanguage: string;
  accent: string;
  feedAccent: string;
  layout: string;
  layouts: Record<Layout, string>;
  limit: string;
  limitHint: string;
  tag: string;
  neighborhood: string;
  speaker: string;
  any: string;
  firstSpeaker: string;
  /** The speaker list's `speakers="…"`: a text field of ids, with the feed's ids in its hint. */
  speakers: string;
  speakersHint: (ids: string) => string;
  /** The speaker list's `event="…"`, and its choice for every speaker. */
  event: string;
  everySpeaker: string;
  preview: string;
  noWidget: string;
  embedCode: string;
  codeFor: string;
  variants: Record<Variant, string>;
  copy: string;
  copied: string;
  copyFailed: string;
  pasteHint: string;
}

const en: BuilderStrings = {
  title: 'Embed builder',
  intro: 'Choose widgets for your site, see them live with the coalition’s feed, and copy the code.',
  otherLanguage: 'Español',
  feed: 'Feed address',
  feedHint: 'The address of the coalition’s feed.json.',
  checking: 'Checking the feed…',
  feedOk: (counts) => `The feed is fine: ${counts}.`,
  counts: (v, e, s) =>
    `${v} ${v === 1 ? 'victory' : 'victories'}, ${e} ${e === 1 ? 'event' : 'events'}, ${s} ${s === 1 ? 'speaker' : 'speakers'}`,
  feedProblems: 'The feed has problems; the widgets leave out what is listed here:',
  feedUnreachable: (reason) => `The feed could not be loaded: ${reason}`,
  feedBlocked: (address) =>
    `The feed at ${address} could not be read from this page, although this computer is online. ` +
    'The likely cause is CORS: the server holding the feed must send the header Access-Control-Allow-Origin, ' +
    'or partners’ pages cannot load it either. GitHub Pages sends it, so a feed published there works.',
  feedOffline: 'This computer is offline, so the feed could not be fetched. Try again once it is connected.',
  firstStep: 'Start here: paste your feed’s address above (it ends in feed.json), or try the demo feed.',
  tryDemo: 'Try the demo feed',
  noFeed: 'The widgets show here once there is a feed.',
  scripts: 'Script address',
  scriptsHint:
    'Where the code loads the widgets from: the folder holding coalition-widgets.js, on a site anyone can reach.',
  scriptsLocal: (host) =>
    `This address is on this computer (${host}): the code works only on this computer. ` +
    'Use the address of the site that holds the files, such as https://your-account.github.io/your-site/js/.',
  scriptsInvalid: (fallback) => `This is not a web address (https://…/js/): the code uses ${fallback}.`,
  widget: 'Widget',
  widgets: {
    'victory-tracker': 'Victory tracker',
    'event-list': 'Event list',
    'speaker-card': 'Speaker card',
    'speaker-list': 'Speaker list',
    'feedback-form': 'Feedback form',
  },
  theme: 'Theme',
  themes: { light: 'Light', dark: 'Dark', auto: 'As the reader’s device' },
  language: 'Language',
  pageLanguage: 'The page’s language',
  accent: 'Accent colour',
  feedAccent: 'Use the feed’s colour',
  layout: 'Layout',
  layouts: { list: 'List', grid: 'Grid', highlight: 'Highlight (the latest win)' },
  limit: 'Limit',
  limitHint: 'Empty for all.',
  tag: 'Tag',
  neighborhood: 'Neighborhood',
  speaker: 'Speaker',
  any: 'Any',
  firstSpeaker: 'The first in the feed',
  speakers: 'Speakers',
  speakersHint: (ids) =>
    `Their ids, separated by spaces, in the order to show them; empty for all (or an event’s).${ids && ` In this feed: ${ids}.`}`,
  event: 'Speakers of the event',
  everySpeaker: 'Every speaker',
  preview: 'Preview',
  noWidget: 'Choose at least one widget.',
  embedCode: 'Embed code',
  codeFor: 'Code for',
  variants: { html: 'HTML (WordPress, Squarespace, any page)', react: 'React', vue: 'Vue' },
  copy: 'Copy',
  copied: 'Copied. Paste it into a Custom HTML block, a code block, or your page.',
  copyFailed: 'Copying did not work here: select the code and copy it yourself.',
  pasteHint: 'Paste it as one block: it has no blank lines, so WordPress keeps it whole.',
};

const es: BuilderStrings = {
  title: 'Generador de código para insertar',
  intro: 'Elige widgets para tu sitio, míralos en vivo con el feed de la coalición y copia el código.',
  otherLanguage: 'English',
  feed: 'Dirección del feed',
  feedHint: 'La dirección del feed.json de la coalición.',
  checking: 'Revisando el feed…',
  feedOk: (counts) => `El feed está bien: ${counts}.`,
  counts: (v, e, s) =>
    `${v} ${v === 1 ? 'victoria' : 'victorias'}, ${e} ${e === 1 ? 'evento' : 'eventos'}, ${s} ${s === 1 ? 'ponente' : 'ponentes'}`,
  feedProblems: 'El feed tiene problemas; los widgets omiten lo que aparece aquí:',
  feedUnreachable: (reason) => `No se pudo cargar el feed: ${reason}`,
  feedBlocked: (address) =>
    `El feed en ${address} no se pudo leer desde esta página, aunque esta computadora está en línea. ` +
    'La causa probable es CORS: el servidor del feed debe enviar el encabezado Access-Control-Allow-Origin, ' +
    'o las páginas de los aliados tampoco podrán cargarlo. GitHub Pages lo envía, así que un feed publicado allí funciona.',
  feedOffline:
    'Esta computadora no tiene conexión, así que no se pudo obtener el feed. Inténtalo de nuevo al conectarte.',
  firstStep: 'Empieza aquí: pega arriba la dirección de tu feed (termina en feed.json), o prueba el feed de ejemplo.',
  tryDemo: 'Probar el feed de ejemplo',
  noFeed: 'Los widgets aparecen aquí cuando hay un feed.',
  scripts: 'Dirección de los scripts',
  scriptsHint:
    'De dónde carga el código los widgets: la carpeta con coalition-widgets.js, en un sitio al que todos lleguen.',
  scriptsLocal: (host) =>
    `Esta dirección está en esta computadora (${host}): el código funciona solo en esta computadora. ` +
    'Usa la dirección del sitio que tiene los archivos, como https://tu-cuenta.github.io/tu-sitio/js/.',
  scriptsInvalid: (fallback) => `Esta no es una dirección web (https://…/js/): el código usa ${fallback}.`,
  widget: 'Widget',
  widgets: {
    'victory-tracker': 'Victorias',
    'event-list': 'Lista de eventos',
    'speaker-card': 'Tarjeta de ponente',
    'speaker-list': 'Lista de ponentes',
    'feedback-form': 'Formulario de opinión',
  },
  theme: 'Tema',
  themes: { light: 'Claro', dark: 'Oscuro', auto: 'Como el dispositivo de quien lee' },
  language: 'Idioma',
  pageLanguage: 'El idioma de la página',
  accent: 'Color de acento',
  feedAccent: 'Usar el color del feed',
  layout: 'Diseño',
  layouts: { list: 'Lista', grid: 'Cuadrícula', highlight: 'Destacado (la victoria más reciente)' },
  limit: 'Límite',
  limitHint: 'Vacío para todos.',
  tag: 'Etiqueta',
  neighborhood: 'Vecindario',
  speaker: 'Ponente',
  any: 'Cualquiera',
  firstSpeaker: 'La primera persona del feed',
  speakers: 'Ponentes',
  speakersHint: (ids) =>
    `Sus ids, separados por espacios, en el orden en que se muestran; vacío para todos (o los de un evento).${ids && ` En este feed: ${ids}.`}`,
  event: 'Ponentes del evento',
  everySpeaker: 'Todas las personas ponentes',
  preview: 'Vista previa',
  noWidget: 'Elige al menos un widget.',
  embedCode: 'Código para insertar',
  codeFor: 'Código para',
  variants: { html: 'HTML (WordPress, Squarespace, cualquier página)', react: 'React', vue: 'Vue' },
  copy: 'Copiar',
  copied: 'Copiado. Pégalo en un bloque de HTML personalizado, un bloque de código o tu página.',
  copyFailed: 'No se pudo copiar aquí: selecciona el código y cópialo.',
  pasteHint: 'Pégalo como un solo bloque: no tiene líneas en blanco, así WordPress lo conserva entero.',
};

/** The builder's words for a language tag: Spanish for any `es-*`, English otherwise. */
export const builderStrings = (lang: string): BuilderStrings => (lang.toLowerCase().startsWith('es') ? es : en);
