import { pluralFor } from '../../core/plural.js';
import { registerStrings } from '../../core/register-translation.js';
import type { VictoryTrackerStrings } from '../../core/strings.js';

// Spanish: the words of the victory tracker.
const plural = pluralFor('es');

const victoryTracker = registerStrings<VictoryTrackerStrings>({
  $code: 'es',
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
});

export default victoryTracker;
