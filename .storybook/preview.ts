import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import manifest from '../custom-elements.json';
import { shippedLanguages } from '../builder/embed-code.js';
import '../src/all.js';
import '../src/translations/vi.js';
import '../src/translations/zh-Hans.js';
import '../src/translations/zh-Hant.js';
import '../src/translations/ar.js';
import '../src/translations/ht.js';

// Controls and docs come from the manifest, which comes from the components' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // axe runs on every story in the a11y panel; violations fail the story test in CI
    a11y: { test: 'error' },
    controls: { expanded: true },
    // each story's play function checks what the story is for; a failed check shows as an error,
    // which the story check in CI (test/stories/test-stories.mjs) reports
    throwPlayFunctionExceptions: true,
  },
  // the toolbar's language menu: every shipped language, set as the `lang` around each story
  globalTypes: {
    lang: {
      description: 'The widgets’ language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: '', title: 'As the story says' },
          ...shippedLanguages.map(([value, title]) => ({ value, title })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: '' },
  decorators: [(story, { globals }) => html`<div lang=${globals['lang'] || nothing}>${story()}</div>`],
};

export default preview;
