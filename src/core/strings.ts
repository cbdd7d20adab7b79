/** The user-interface strings of every widget, in each language the library ships. */
export interface Strings {
  loading: string;
  retry: string;
  errorNetwork: string;
  errorTimeout: string;
  errorHttp: (status: number) => string;
  errorNotJson: string;
  errorNotAFeed: string;
  errorNoFeed: string;
  noVictories: string;
  noEvents: string;
  noSpeaker: (id: string) => string;
  noSpeakers: string;
  feedbackPrompt: string;
}

const en: Strings = {
  loading: 'Loading…',
  retry: 'Try again',
  errorNetwork: 'We could not reach the feed. Check your connection and try again.',
  errorTimeout: 'The feed took too long to answer. Try again in a moment.',
  errorHttp: (status) =>
    status >= 500
      ? `The feed’s server had a problem (error ${status}). Try again in a moment.`
      : `The feed could not be found (error ${status}).`,
  errorNotJson: 'The feed file is damaged, so there is nothing to show.',
  errorNotAFeed: 'This file is not a coalition feed, so there is nothing to show.',
  errorNoFeed: 'This widget has no feed to show.',
  noVictories: 'No victories to show yet. Wins will appear here.',
  noEvents: 'No upcoming events right now. Check back soon.',
  noSpeaker: (id) => `We could not find the speaker “${id}”.`,
  noSpeakers: 'No speakers to show yet.',
  feedbackPrompt: 'Share your thoughts with us.',
};

const es: Strings = {
  loading: 'Cargando…',
  retry: 'Intentar de nuevo',
  errorNetwork: 'No pudimos conectar con el feed. Revisa tu conexión e inténtalo de nuevo.',
  errorTimeout: 'El feed tardó demasiado en responder. Inténtalo de nuevo en un momento.',
  errorHttp: (status) =>
    status >= 500
      ? `El servidor del feed tuvo un problema (error ${status}). Inténtalo de nuevo en un momento.`
      : `No se encontró el feed (error ${status}).`,
  errorNotJson: 'El archivo del feed está dañado, así que no hay nada que mostrar.',
  errorNotAFeed: 'Este archivo no es un feed de la coalición, así que no hay nada que mostrar.',
  errorNoFeed: 'Este widget no tiene un feed que mostrar.',
  noVictories: 'Todavía no hay victorias que mostrar. Los logros aparecerán aquí.',
  noEvents: 'No hay eventos próximos por ahora. Vuelve pronto.',
  noSpeaker: (id) => `No encontramos a la persona ponente «${id}».`,
  noSpeakers: 'Todavía no hay ponentes que mostrar.',
  feedbackPrompt: 'Compártenos tu opinión.',
};

const catalogs: Record<string, Strings> = { en, es };

/** The strings for a language tag: Spanish for any `es-*`, English otherwise. */
export function stringsFor(lang: string): Strings {
  return catalogs[lang.toLowerCase().split('-')[0]!] ?? en;
}
