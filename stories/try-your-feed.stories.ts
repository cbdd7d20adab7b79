import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './feed-playground.js';

const meta: Meta = {
  title: 'Try your own feed',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};
export default meta;

/** Paste a feed or give its address: every widget previews it, and the validator's messages are listed. */
export const TryYourOwnFeed: StoryObj = {
  render: () => html`<story-feed-playground></story-feed-playground>`,
};
