import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoFeed, emptyFeed } from './story-helpers.js';

const meta: Meta = {
  title: 'Widgets/coalition-feedback-form',
  component: 'coalition-feedback-form',
};
export default meta;

export const Default: StoryObj = {
  render: () => html`<coalition-feedback-form .feed=${demoFeed}></coalition-feedback-form>`,
};

export const Spanish: StoryObj = {
  render: () => html`<div lang="es"><coalition-feedback-form .feed=${demoFeed}></coalition-feedback-form></div>`,
};

export const Dark: StoryObj = {
  render: () => html`<coalition-feedback-form theme="dark" .feed=${demoFeed}></coalition-feedback-form>`,
};

export const Empty: StoryObj = {
  render: () => html`<coalition-feedback-form .feed=${emptyFeed}></coalition-feedback-form>`,
};

export const Error: StoryObj = {
  render: () => html`<coalition-feedback-form src="demo/missing.json"></coalition-feedback-form>`,
};
