import { registerStrings } from '../../core/register-translation.js';
import type { SpeakerListStrings } from '../../core/strings.js';

// English: the words of the speaker list (its cards use the speaker card's).
const speakerList = registerStrings<SpeakerListStrings>({
  $code: 'en',
  speakers: 'Speakers',
  noEvent: (id) => `We could not find the event “${id}”.`,
});

export default speakerList;
