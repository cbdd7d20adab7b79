import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoFeed, emptyFeed } from './story-helpers.js';

const meta: Meta = {
  title: 'Widgets/coalition-event-list',
  component: 'coalition-event-list',
};
export default meta;

export const Default: StoryObj = {
  render: () => html`<coalition-event-list .feed=${demoFeed}></coalition-event-list>`,
};

export const Spanish: StoryObj = {
  render: () => html`<div lang="es"><coalition-event-list .feed=${demoFeed}></coalition-event-list></div>`,
};

export const Dark: StoryObj = {
  render: () => html`<coalition-event-list theme="dark" .feed=${demoFeed}></coalition-event-list>`,
};

export const Empty: StoryObj = {
  render: () => html`<coalition-event-list .feed=${emptyFeed}></coalition-event-list>`,
};

export const Error: StoryObj = {
  render: () => html`<coalition-event-list src="demo/missing.json"></coalition-event-list>`,
};
