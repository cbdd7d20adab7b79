import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { demoFeed, demoValues, emptyFeed, english, selectOf, textsIn, widgetArgTypes } from './story-helpers.js';

const TAG = 'coalition-event-list';
type DemoEvent = (typeof demoFeed.events)[number];

/** Checks that the list shows the demo feed's upcoming events that `keep` accepts, soonest first. */
async function showsUpcoming(canvasElement: HTMLElement, keep: (event: DemoEvent) => boolean = () => true) {
  const titles = await textsIn(canvasElement, TAG, '[part="title"]');
  const expected = demoFeed.events
    .filter((event) => Date.parse(event.start) > Date.now() && keep(event))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((event) => english(event.title));
  // a title may follow its status mark ("Postponed")
  expect(titles.length).toBe(expected.length);
  titles.forEach((title, i) => expect(title.endsWith(expected[i]!)).toBe(true));
}

const meta: Meta = {
  title: 'Widgets/coalition-event-list',
  component: TAG,
  argTypes: {
    ...widgetArgTypes,
    limit: { control: { type: 'number', min: 0 } },
    neighborhood: selectOf(demoValues.eventNeighborhoods),
    tag: selectOf(demoValues.eventTags),
    past: { control: 'boolean' },
  },
  render: ({ limit, neighborhood, tag, past, theme }) =>
    html`<coalition-event-list
      limit=${ifDefined(limit)}
      neighborhood=${ifDefined(neighborhood)}
      tag=${ifDefined(tag)}
      ?past=${past}
      theme=${ifDefined(theme)}
      .feed=${demoFeed}
    ></coalition-event-list>`,
};
export default meta;
type Story = StoryObj;

export const Default: Story = {
  play: ({ canvasElement }) => showsUpcoming(canvasElement),
};

export const FilteredByNeighborhood: Story = {
  args: { neighborhood: 'Montopolis' },
  play: ({ canvasElement }) => showsUpcoming(canvasElement, (event) => event.neighborhood === 'Montopolis'),
};

export const FilteredByTag: Story = {
  args: { tag: 'neighborhood organizing' },
  play: ({ canvasElement }) => showsUpcoming(canvasElement, (event) => event.tags.includes('neighborhood organizing')),
};

export const Limited: Story = {
  args: { limit: 2 },
  play: async ({ canvasElement }) => {
    expect(await textsIn(canvasElement, TAG, '[part="title"]')).toHaveLength(2);
    expect(await textsIn(canvasElement, TAG, '[part="more-button"]')).toHaveLength(1);
  },
};

export const Loading: Story = {
  render: () => html`<story-loading-feed><coalition-event-list></coalition-event-list></story-loading-feed>`,
};

export const Empty: Story = {
  render: () => html`<coalition-event-list .feed=${emptyFeed}></coalition-event-list>`,
  play: async ({ canvasElement }) => expect(await textsIn(canvasElement, TAG, '[part="empty"]')).toHaveLength(1),
};

export const Error: Story = {
  render: () => html`<coalition-event-list src="demo/missing.json"></coalition-event-list>`,
  play: async ({ canvasElement }) =>
    expect((await textsIn(canvasElement, TAG, '[part="error"]'))[0]).toContain('could not be found'),
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
