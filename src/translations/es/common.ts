import { registerStrings } from '../../core/register-translation.js';
import type { CommonStrings } from '../../core/strings.js';
import type { Translation } from '../../core/translations.js';

// Spanish: the words of the loading, retry and error messages every widget shows.
const common = registerStrings<CommonStrings & Pick<Translation, '$name' | '$dir'>>({
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
});

export default common;
