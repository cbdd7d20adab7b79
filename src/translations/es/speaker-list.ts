import { registerStrings } from '../../core/register-translation.js';
import type { SpeakerListStrings } from '../../core/strings.js';

// Spanish: the words of the speaker list (its cards use the speaker card's).
const speakerList = registerStrings<SpeakerListStrings>({
  $code: 'es',
  speakers: 'Ponentes',
  noEvent: (id) => `No encontramos el evento «${id}».`,
});

export default speakerList;
