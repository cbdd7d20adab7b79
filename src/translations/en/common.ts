import { registerStrings } from '../../core/register-translation.js';
import type { CommonStrings } from '../../core/strings.js';
import type { Translation } from '../../core/translations.js';

// English: the words of the loading, retry and error messages every widget shows.
const common = registerStrings<CommonStrings & Pick<Translation, '$name' | '$dir'>>({
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  loading: 'Loading…',
  retry: 'Try again',
  error: (kind, status) =>
    ({
      network: 'We could not reach the feed. Check your connection and try again.',
      timeout: 'The feed took too long to answer. Try again in a moment.',
      http:
        status >= 500
          ? `The feed’s server had a problem (error ${status}). Try again in a moment.`
          : `The feed could not be found (error ${status}).`,
      'not-json': 'The feed file is damaged, so there is nothing to show.',
      'not-a-feed': 'This file is not a coalition feed, so there is nothing to show.',
      'no-feed': 'This widget has no feed to show.',
      render: 'Something went wrong while showing this, so there is nothing to show.',
    })[kind],
});

export default common;
