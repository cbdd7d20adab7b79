import { registerStrings } from '../../core/register-translation.js';
import type { SpeakerCardStrings } from '../../core/strings.js';

// Spanish: the words of the speaker card.
const speakerCard = registerStrings<SpeakerCardStrings>({
  $code: 'es',
  noSpeaker: (id) => `No encontramos a la persona ponente «${id}».`,
  noSpeakers: 'Todavía no hay ponentes que mostrar.',
  upcomingWith: (name) => `Próximamente con ${name}`,
});

export default speakerCard;
