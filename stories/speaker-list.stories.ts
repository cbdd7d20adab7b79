import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { demoFeed, demoValues, emptyFeed, selectOf, textsIn, widgetArgTypes } from './story-helpers.js';

const TAG = 'coalition-speaker-list';

const meta: Meta = {
  title: 'Widgets/coalition-speaker-list',
  component: TAG,
  args: { layout: 'grid' },
  argTypes: {
    ...widgetArgTypes,
    layout: { control: 'inline-radio', options: ['grid', 'list'] },
    speakers: { control: 'text' },
    event: selectOf(demoFeed.events.map((event) => event.id)),
  },
  render: ({ speakers, event, layout, theme }) =>
    html`<h3>Session voices</h3>
      <coalition-speaker-list
        speakers=${ifDefined(speakers)}
        event=${ifDefined(event)}
        layout=${ifDefined(layout)}
        theme=${ifDefined(theme)}
        .feed=${demoFeed}
      ></coalition-speaker-list>`,
};
export default meta;
type Story = StoryObj;

/** Every speaker in the feed, as a wall of cards. */
export const Default: Story = {
  play: async ({ canvasElement }) =>
    expect(await textsIn(canvasElement, TAG, '[part="name"]')).toEqual(demoFeed.speakers.map((each) => each.name)),
};

/** A chosen few, in the order `speakers` names them. */
export const Chosen: Story = {
  args: { speakers: `${demoValues.speakers[3]} ${demoValues.speakers[0]}` },
  play: async ({ canvasElement }) =>
    expect(await textsIn(canvasElement, TAG, '[part="name"]')).toEqual([
      demoFeed.speakers[3]!.name,
      demoFeed.speakers[0]!.name,
    ]),
};

/** The speakers of one event: a panel's "Session voices". */
export const OneEvent: Story = {
  args: { event: 'example-safety-town-hall' },
  play: async ({ canvasElement }) =>
    expect(await textsIn(canvasElement, TAG, '[part="name"]')).toEqual(['Chas Moore', 'Chris Harris']),
};

export const ListLayout: Story = {
  args: { layout: 'list' },
};

/** Ids the feed does not have are left out, with a warning in the console. */
export const UnknownIds: Story = {
  args: { speakers: `nobody ${demoValues.speakers[1]}` },
  play: async ({ canvasElement }) =>
    expect(await textsIn(canvasElement, TAG, '[part="name"]')).toEqual([demoFeed.speakers[1]!.name]),
};

export const UnknownEvent: Story = {
  args: { event: 'nope' },
  play: async ({ canvasElement }) =>
    expect((await textsIn(canvasElement, TAG, '[part="empty"]'))[0]).toContain('“nope”'),
};

export const Loading: Story = {
  render: () => html`<story-loading-feed><coalition-speaker-list></coalition-speaker-list></story-loading-feed>`,
};

export const Empty: Story = {
  render: () => html`<coalition-speaker-list .feed=${emptyFeed}></coalition-speaker-list>`,
};

export const Error: Story = {
  render: () => html`<coalition-speaker-list src="demo/missing.json"></coalition-speaker-list>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es">
      <h3>Voces de la sesión</h3>
      <coalition-speaker-list .feed=${demoFeed}></coalition-speaker-list>
    </div>`,
};

export const Dark: Story = {
  render: () =>
    html`<div style="background:#16141a;color:#eee;padding:1em">
      <h3>Session voices</h3>
      <coalition-speaker-list theme="dark" .feed=${demoFeed}></coalition-speaker-list>
    </div>`,
};

export const Narrow: Story = {
  render: () =>
    html`<div style="width:240px">
      <h3>Session voices</h3>
      <coalition-speaker-list .feed=${demoFeed}></coalition-speaker-list>
    </div>`,
};
