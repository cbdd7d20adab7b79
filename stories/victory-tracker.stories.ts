import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoFeed, emptyFeed } from './demo-feed.js';

const meta: Meta = {
  title: 'Widgets/coalition-victory-tracker',
  component: 'coalition-victory-tracker',
};
export default meta;

export const Default: StoryObj = {
  render: () => html`<coalition-victory-tracker .feed=${demoFeed}></coalition-victory-tracker>`,
};

export const Spanish: StoryObj = {
  render: () => html`<div lang="es"><coalition-victory-tracker .feed=${demoFeed}></coalition-victory-tracker></div>`,
};

export const Dark: StoryObj = {
  render: () => html`<coalition-victory-tracker theme="dark" .feed=${demoFeed}></coalition-victory-tracker>`,
};

export const Empty: StoryObj = {
  render: () => html`<coalition-victory-tracker .feed=${emptyFeed}></coalition-victory-tracker>`,
};

export const Error: StoryObj = {
  render: () => html`<coalition-victory-tracker src="demo/missing.json"></coalition-victory-tracker>`,
};
