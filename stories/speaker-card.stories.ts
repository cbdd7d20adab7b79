import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoFeed, emptyFeed } from './story-helpers.js';

const meta: Meta = {
  title: 'Widgets/coalition-speaker-card',
  component: 'coalition-speaker-card',
};
export default meta;

export const Default: StoryObj = {
  render: () => html`<coalition-speaker-card speaker="chas-moore" .feed=${demoFeed}></coalition-speaker-card>`,
};

export const Spanish: StoryObj = {
  render: () =>
    html`<div lang="es"><coalition-speaker-card speaker="chas-moore" .feed=${demoFeed}></coalition-speaker-card></div>`,
};

export const Dark: StoryObj = {
  render: () =>
    html`<coalition-speaker-card theme="dark" speaker="chas-moore" .feed=${demoFeed}></coalition-speaker-card>`,
};

export const Empty: StoryObj = {
  render: () => html`<coalition-speaker-card speaker="chas-moore" .feed=${emptyFeed}></coalition-speaker-card>`,
};

export const Error: StoryObj = {
  render: () => html`<coalition-speaker-card src="demo/missing.json"></coalition-speaker-card>`,
};
