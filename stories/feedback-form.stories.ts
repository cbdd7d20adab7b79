import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ifDefined } from 'lit/directives/if-defined.js';
import { demoFeed, fakeEndpoint, textsIn, widgetArgTypes } from './story-helpers.js';

type Mode = Parameters<typeof fakeEndpoint>[0];

const withEndpoint = (mode: Mode | undefined, questions: object[] = demoFeed.feedback.questions) => ({
  ...demoFeed,
  feedback: { ...demoFeed.feedback, questions, ...(mode && { endpoint: fakeEndpoint(mode) }) },
});

const meta: Meta = {
  title: 'Widgets/coalition-feedback-form',
  component: 'coalition-feedback-form',
  argTypes: {
    ...widgetArgTypes,
    topic: { control: 'text' },
    endpoint: { control: 'text' },
    'send-timeout': { control: 'number' },
    sendTimeout: { control: false },
  },
  render: ({ theme, topic, endpoint }) =>
    html`<coalition-feedback-form
      theme=${ifDefined(theme)}
      topic=${ifDefined(topic)}
      endpoint=${ifDefined(endpoint)}
      .feed=${withEndpoint('ok', [])}
    ></coalition-feedback-form>`,
};
export default meta;
type Story = StoryObj;

/** Fills the message and sends, as a resident would; then the person must be told `outcome`. */
async function send(canvasElement: HTMLElement, outcome?: string): Promise<void> {
  const root = canvasElement.querySelector('coalition-feedback-form')!.shadowRoot!;
  await waitFor(() => expect(root.querySelector('#message')).toBeTruthy());
  await userEvent.type(root.querySelector('#message')!, 'Thank you for the panel!');
  await userEvent.click(root.querySelector('[part="submit-button"]')!);
  if (outcome) await waitFor(() => expect(root.querySelector('[part="status"]')!.textContent).toContain(outcome));
}

export const Default: Story = {};

export const WithQuestions: Story = {
  render: () => html`<coalition-feedback-form .feed=${withEndpoint('ok')}></coalition-feedback-form>`,
  play: async ({ canvasElement }) => {
    const labels = await textsIn(canvasElement, 'coalition-feedback-form', 'legend, label[for^="q-"]');
    expect(labels).toHaveLength(demoFeed.feedback.questions.length);
  },
};

export const ValidationErrors: Story = {
  render: () =>
    html`<coalition-feedback-form
      .feed=${withEndpoint('ok', [{ id: 'more', label: 'Would you like to hear more?', type: 'choice', options: ['Yes', 'No'], required: true }])}
    ></coalition-feedback-form>`,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('coalition-feedback-form')!.shadowRoot!;
    await waitFor(() => expect(root.querySelector('[part="submit-button"]')).toBeTruthy());
    await userEvent.click(root.querySelector('[part="submit-button"]')!);
    await waitFor(() => expect(root.querySelector('[part="field-error"]')!.textContent).toContain('answer'));
  },
};

export const Sending: Story = {
  render: () =>
    html`<coalition-feedback-form send-timeout="600000" .feed=${withEndpoint('hang', [])}></coalition-feedback-form>`,
  play: ({ canvasElement }) => send(canvasElement),
};

export const Sent: Story = {
  render: () => html`<coalition-feedback-form .feed=${withEndpoint('ok', [])}></coalition-feedback-form>`,
  play: ({ canvasElement }) => send(canvasElement, 'Thank you'),
};

/** The endpoint is down: the feedback waits in the outbox and will be sent later. */
export const QueuedOffline: Story = {
  render: () => html`<coalition-feedback-form .feed=${withEndpoint('fail', [])}></coalition-feedback-form>`,
  play: async ({ canvasElement }) => {
    await send(canvasElement, 'sent automatically');
    // the demo endpoint never recovers, so empty the outbox rather than keep retrying in the background
    localStorage.removeItem('coalition-widgets:outbox:v1');
  },
};

export const Failed: Story = {
  render: () => html`<coalition-feedback-form .feed=${withEndpoint('reject', [])}></coalition-feedback-form>`,
  play: ({ canvasElement }) => send(canvasElement, 'error 422'),
};

/** No endpoint in the feed: sending opens the reader's email app, addressed to the coalition. */
export const MailtoMode: Story = {
  render: () =>
    html`<coalition-feedback-form
      topic="2022 P4HE Summit panel"
      .feed=${withEndpoint(undefined)}
    ></coalition-feedback-form>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es"><coalition-feedback-form .feed=${withEndpoint('ok')}></coalition-feedback-form></div>`,
};

export const Dark: Story = {
  render: () =>
    html`<div style="background:#16141a;padding:1em">
      <coalition-feedback-form theme="dark" .feed=${withEndpoint('ok')}></coalition-feedback-form>
    </div>`,
};

export const Narrow: Story = {
  render: () =>
    html`<div style="width:240px">
      <coalition-feedback-form .feed=${withEndpoint('ok')}></coalition-feedback-form>
    </div>`,
};
