import { registerStrings } from '../../core/register-translation.js';
import type { SpeakerCardStrings } from '../../core/strings.js';

// English: the words of the speaker card.
const speakerCard = registerStrings<SpeakerCardStrings>({
  $code: 'en',
  noSpeaker: (id) => `We could not find the speaker “${id}”.`,
  noSpeakers: 'No speakers to show yet.',
  upcomingWith: (name) => `Upcoming with ${name}`,
});

export default speakerCard;
