import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { demoFeed, demoValues, emptyFeed, selectOf, textsIn, widgetArgTypes } from './story-helpers.js';

const TAG = 'coalition-speaker-card';

const meta: Meta = {
  title: 'Widgets/coalition-speaker-card',
  component: TAG,
  args: { speaker: 'chas-moore' },
  argTypes: { ...widgetArgTypes, speaker: selectOf(demoValues.speakers), person: { control: 'object' } },
  render: ({ speaker, theme }) =>
    html`<coalition-speaker-card
      speaker=${ifDefined(speaker)}
      theme=${ifDefined(theme)}
      .feed=${demoFeed}
    ></coalition-speaker-card>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  play: async ({ canvasElement }) =>
    expect(await textsIn(canvasElement, TAG, '[part="name"]')).toEqual([demoFeed.speakers[0]!.name]),
};

/** A speaker the feed's upcoming events name: "Upcoming with Chas Moore", each linked to its RSVP. */
export const Upcoming: Story = {
  play: async ({ canvasElement }) =>
    expect(await textsIn(canvasElement, TAG, '[part="upcoming-heading"]')).toEqual(['Upcoming with Chas Moore']),
};

/** All four panelists of the 2022 P4HE Summit session, side by side. */
export const Panel: Story = {
  render: () =>
    html`<div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem">
      ${demoFeed.speakers.map((speaker) => html`<coalition-speaker-card speaker=${speaker.id} .feed=${demoFeed}></coalition-speaker-card>`)}
    </div>`,
};

/** Without a feed: a speaker object in the `person` property. */
export const WithoutFeed: Story = {
  render: () =>
    html`<coalition-speaker-card
      .person=${{ name: 'Ana Flores', pronouns: 'she/her', role: 'Tenant organizer', links: [{ label: 'Website', url: 'https://example.org' }] }}
    ></coalition-speaker-card>`,
};

export const UnknownSpeaker: Story = {
  args: { speaker: 'nobody' },
  play: async ({ canvasElement }) =>
    expect((await textsIn(canvasElement, TAG, '[part="empty"]'))[0]).toContain('“nobody”'),
};

export const Loading: Story = {
  render: () => html`<story-loading-feed><coalition-speaker-card></coalition-speaker-card></story-loading-feed>`,
};

export const Empty: Story = {
  render: () => html`<coalition-speaker-card .feed=${emptyFeed}></coalition-speaker-card>`,
};

export const Error: Story = {
  render: () => html`<coalition-speaker-card src="demo/missing.json"></coalition-speaker-card>`,
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es"><coalition-speaker-card speaker="chas-moore" .feed=${demoFeed}></coalition-speaker-card></div>`,
};

export const Dark: Story = {
  render: () =>
    html`<div style="background:#16141a;padding:1em">
      <coalition-speaker-card theme="dark" speaker="chas-moore" .feed=${demoFeed}></coalition-speaker-card>
    </div>`,
};

export const LongText: Story = {
  render: () =>
    html`<coalition-speaker-card
      .person=${{
        name: 'Maria de los Ángeles Hernández-Villarreal',
        pronouns: 'she/her/ella',
        role: 'Director of Community Partnerships and Neighborhood Organizing',
        organization: { name: 'A Coalition With A Name That Goes On For Quite A While', url: 'https://example.org' },
        bio: 'Organizer, neighbor and advocate. '.repeat(25),
        links: [
          { label: 'Website', url: 'https://example.org' },
          { label: 'Email', url: 'mailto:hello@example.org' },
        ],
      }}
    ></coalition-speaker-card>`,
};

export const Narrow: Story = {
  render: () =>
    html`<div style="width:240px">
      <coalition-speaker-card speaker="chas-moore" .feed=${demoFeed}></coalition-speaker-card>
    </div>`,
};
