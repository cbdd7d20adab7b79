import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { FeedPlayground } from './feed-playground.js';

// defined here, not by a side-effect import: the production build drops modules imported only for effects
if (!customElements.get('story-feed-playground')) customElements.define('story-feed-playground', FeedPlayground);

const meta: Meta = {
  title: 'Try your own feed',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** Paste a feed or give its address: every widget previews it, and the validator's messages are listed. */
export const TryYourOwnFeed: StoryObj = {
  render: () => html`<story-feed-playground></story-feed-playground>`,
  play: async ({ canvasElement }) => {
    const playground = canvasElement.querySelector<FeedPlayground>('story-feed-playground')!;
    await playground.updateComplete;
    expect(playground.shadowRoot!.querySelector('textarea')).toBeTruthy();
  },
};
