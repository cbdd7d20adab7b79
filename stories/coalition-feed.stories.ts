import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Feed/coalition-feed',
  component: 'coalition-feed',
};
export default meta;

/** One feed, loaded once, shared by every widget inside it. */
export const AllWidgets: StoryObj = {
  render: () =>
    html`<coalition-feed src="demo/feed.json">
      <coalition-victory-tracker></coalition-victory-tracker>
      <coalition-event-list></coalition-event-list>
      <coalition-speaker-card speaker="chas-moore"></coalition-speaker-card>
      <coalition-feedback-form></coalition-feedback-form>
    </coalition-feed>`,
};

/** A feed address that answers 404: every widget inside shows the error in plain words. */
export const NotFound: StoryObj = {
  render: () =>
    html`<coalition-feed src="demo/missing.json">
      <coalition-event-list></coalition-event-list>
    </coalition-feed>`,
};
