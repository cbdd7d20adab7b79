import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoFeed, emptyFeed } from './story-helpers.js';

const meta: Meta = {
  title: 'Widgets/coalition-event-list',
  component: 'coalition-event-list',
  render: ({ limit, neighborhood, tag, past, theme }) =>
    html`<coalition-event-list
      limit=${limit ?? ''}
      neighborhood=${neighborhood ?? ''}
      tag=${tag ?? ''}
      ?past=${past}
      theme=${theme ?? 'light'}
      .feed=${demoFeed}
    ></coalition-event-list>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {};

export const FilteredByNeighborhood: Story = { args: { neighborhood: 'Montopolis' } };

export const FilteredByTag: Story = { args: { tag: 'neighborhood organizing' } };

export const Limited: Story = { args: { limit: 2 } };

export const Loading: Story = {
  render: () => html`<story-loading-feed><coalition-event-list></coalition-event-list></story-loading-feed>`,
};

export const Empty: Story = {
  render: () => html`<coalition-event-list .feed=${emptyFeed}></coalition-event-list>`,
};

export const Error: Story = {
  render: () => html`<coalition-event-list src="demo/missing.json"></coalition-event-list>`,
};

export const Spanish: Story = {
  render: () => html`<div lang="es"><coalition-event-list .feed=${demoFeed}></coalition-event-list></div>`,
};

export const Dark: Story = {
  render: () =>
    html`<div style="background:#16141a;padding:1em">
      <coalition-event-list theme="dark" .feed=${demoFeed}></coalition-event-list>
    </div>`,
};

const cancelled = {
  ...demoFeed,
  events: demoFeed.events.map((event, i) => ({
    ...event,
    status: ['cancelled', 'postponed', 'rescheduled', 'scheduled'][i % 4],
  })),
};

export const Cancelled: Story = {
  render: () => html`<coalition-event-list .feed=${cancelled}></coalition-event-list>`,
};

const many = {
  ...demoFeed,
  events: Array.from({ length: 2000 }, (_, i) => ({
    id: `meeting-${i}`,
    title: `Neighborhood meeting ${i + 1} (illustrative)`,
    start: new Date(Date.UTC(2027, 0, 5, 15) + i * 7_200_000).toISOString(),
    neighborhood: ['East Austin', 'Montopolis', 'Dove Springs'][i % 3],
    location: { name: 'Community Center' },
  })),
};

/** 2,000 events: the list renders in windows as you scroll. */
export const ManyEvents: Story = {
  render: () => html`<coalition-event-list .feed=${many}></coalition-event-list>`,
};

const long = {
  ...demoFeed,
  events: [
    {
      id: 'long',
      title:
        'A very long event title that keeps going to show how the list wraps text that a coalition wrote without thinking about widths',
      start: '2027-03-01T18:00:00-06:00',
      end: '2027-03-01T20:00:00-06:00',
      description: 'This meeting covers many things. '.repeat(30),
      neighborhood: 'A neighborhood with a remarkably long name',
      tags: ['public safety as health equity', 'neighborhood organizing'],
      location: {
        name: 'A community center with a long name',
        address: '12345 A Very Long Street Name Boulevard, Austin, TX 78741',
      },
      rsvp: 'https://example.org/rsvp',
    },
  ],
};

export const LongText: Story = {
  render: () => html`<coalition-event-list .feed=${long}></coalition-event-list>`,
};

export const Narrow: Story = {
  render: () => html`<div style="width:240px"><coalition-event-list .feed=${demoFeed}></coalition-event-list></div>`,
};
