import { registerStrings } from '../../core/register-translation.js';
import type { ExpandableStrings } from '../../core/strings.js';

// English: the words of the show more / show less toggle of the event list and the speaker card.
const expandable = registerStrings<ExpandableStrings>({
  $code: 'en',
  expand: 'Show more',
  collapse: 'Show less',
});

export default expandable;
