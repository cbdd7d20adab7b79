import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/all.js';

// Controls and docs come from the manifest, which comes from the components' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // axe runs on every story in the a11y panel; violations fail the story test in CI
    a11y: { test: 'error' },
    controls: { expanded: true },
    // each story's play function checks what the story is for; a failed check shows as an error,
    // which the story check in CI (scripts/test-stories.mjs) reports
    throwPlayFunctionExceptions: true,
  },
};

export default preview;
