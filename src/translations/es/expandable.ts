import { registerStrings } from '../../core/register-translation.js';
import type { ExpandableStrings } from '../../core/strings.js';

// Spanish: the words of the show more / show less toggle of the event list and the speaker card.
const expandable = registerStrings<ExpandableStrings>({
  $code: 'es',
  expand: 'Mostrar más',
  collapse: 'Mostrar menos',
});

export default expandable;
