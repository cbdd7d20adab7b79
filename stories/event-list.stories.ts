import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import {
  demoFeed,
  demoValues,
  emptyFeed,
  english,
  selectOf,
  textsIn,
  widgetArgTypes,
  widgetRoot,
} from './story-helpers.js';

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

/** Events that carry what residents look for: image, host, access, spots (or "Full"), a series. */
const residents = {
  ...demoFeed,
  events: [
    {
      id: 'clinic',
      title: { en: 'Tenant rights clinic (illustrative)', es: 'Clínica de derechos de inquilinos (ilustrativa)' },
      start: '2027-01-16T10:00:00-06:00',
      end: '2027-01-16T12:00:00-06:00',
      location: { name: 'Montopolis Recreation Center', address: '1200 Montopolis Dr, Austin, TX' },
      neighborhood: 'Montopolis',
      tags: ['housing'],
      rsvp: 'https://example.org/rsvp/clinic',
      image: { src: 'demo/clinic.svg', alt: 'Two neighbors, drawn' },
      organizer: { name: 'Montopolis Neighbors', url: 'https://example.org/montopolis' },
      access: ['wheelchair', 'childcare', 'interpretation', 'food'],
      accessNotes: {
        en: 'Spanish and Vietnamese interpretation; ramp at the side door',
        es: 'Interpretación al español y al vietnamita; rampa en la puerta lateral',
      },
      maximumAttendeeCapacity: 40,
      remainingAttendeeCapacity: 8,
    },
    {
      id: 'walk',
      title: 'Block walk (illustrative)',
      start: '2027-01-17T15:00:00-06:00',
      neighborhood: 'East Austin',
      tags: ['mobility'],
      rsvp: 'https://example.org/rsvp/walk',
      organizer: { name: 'East Austin Tenants' },
      access: ['transit'],
      maximumAttendeeCapacity: 12,
      remainingAttendeeCapacity: 0,
    },
    ...Array.from({ length: 12 }, (_, week) => ({
      id: `council-${week}`,
      title: 'Council watch (illustrative)',
      start: new Date(Date.UTC(2027, 0, 20, 0, 30) + week * 7 * 86_400_000).toISOString(),
      location: { name: 'City Hall', address: '301 W 2nd St, Austin, TX' },
      tags: ['civic'],
      access: ['captions'],
      series: { id: 'council', rule: 'FREQ=WEEKLY;BYDAY=TU' },
    })),
  ],
};

/** Image, host, access in words, spots left, "Full" with "Join the waitlist", and a folded series. */
export const WhatResidentsLookFor: Story = {
  render: () => html`<coalition-event-list .feed=${residents}></coalition-event-list>`,
  play: async ({ canvasElement }) => {
    expect(await textsIn(canvasElement, TAG, '[part="spots"]')).toEqual(['8 spots left', 'Full']);
    expect(await textsIn(canvasElement, TAG, '[part="host"]')).toEqual([
      'Hosted by Montopolis Neighbors',
      'Hosted by East Austin Tenants',
    ]);
    expect(await textsIn(canvasElement, TAG, '[part="series"]')).toEqual(['Every Tuesday, 6:30 PM · 11 more dates']);
  },
};

export const WhatResidentsLookForInSpanish: Story = {
  render: () => html`<div lang="es"><coalition-event-list .feed=${residents}></coalition-event-list></div>`,
};

/** A series' other dates, shown with its button. */
export const SeriesDatesShown: Story = {
  render: () => html`<coalition-event-list .feed=${residents}></coalition-event-list>`,
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, TAG);
    root.querySelector<HTMLButtonElement>('[part="dates-button"]')!.click();
    await waitFor(() => expect(root.querySelectorAll('[part="dates"] li')).toHaveLength(11));
  },
};

/** `series="expand"`: each date of the series on its own line. */
export const SeriesExpanded: Story = {
  render: () => html`<coalition-event-list series="expand" .feed=${residents}></coalition-event-list>`,
  play: async ({ canvasElement }) => expect(await textsIn(canvasElement, TAG, '[part="title"]')).toHaveLength(14),
};

/** A series whose rule the list cannot put in words reads "Repeats". */
export const SeriesThatRepeats: Story = {
  render: () =>
    html`<coalition-event-list
      .feed=${{
        ...residents,
        events: residents.events.map((event) =>
          'series' in event ? { ...event, series: { id: 'council', rule: 'FREQ=MONTHLY;BYDAY=3TU' } } : event,
        ),
      }}
    ></coalition-event-list>`,
  play: async ({ canvasElement }) =>
    expect(await textsIn(canvasElement, TAG, '[part="series"]')).toEqual(['Repeats · 11 more dates']),
};

/** A past event with its recording. */
export const PastWithRecording: Story = {
  render: () =>
    html`<coalition-event-list
      past
      .feed=${{
        ...demoFeed,
        events: [
          {
            id: 'summit',
            title: 'Public safety summit, session 2 (illustrative)',
            start: '2024-10-05T10:00:00-05:00',
            recording: 'https://example.org/video/summit',
            organizer: { name: 'Austin Justice Coalition', url: 'https://example.org' },
          },
        ],
      }}
    ></coalition-event-list>`,
  play: async ({ canvasElement }) =>
    expect(await textsIn(canvasElement, TAG, '[part="recording-link"]')).toEqual(['Watch the recording']),
};

/** More than six upcoming events: search, topic, neighborhood and access choosers. */
export const Choosers: Story = {
  render: () => html`<coalition-event-list .feed=${residents}></coalition-event-list>`,
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, TAG);
    for (const part of ['search', 'topic-chooser', 'chooser', 'access-chooser']) {
      expect(root.querySelector(`[part="${part}"]`)).not.toBeNull();
    }
  },
};

/** Nothing matches what the visitor chose: a sentence, and a way to clear the filters. */
export const NoMatch: Story = {
  render: () => html`<coalition-event-list .feed=${residents}></coalition-event-list>`,
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, TAG);
    const search = root.querySelector<HTMLInputElement>('[part="search"]')!;
    search.value = 'zumba';
    search.dispatchEvent(new Event('input'));
    await waitFor(() => expect(root.querySelector('[part="clear-button"]')).not.toBeNull());
    expect(root.querySelector('[part="matches"]')!.textContent!.trim()).toBe('No events match your search.');
  },
};

/** The calendar choices of an event, disclosed. */
export const CalendarOpen: Story = {
  render: () => html`<coalition-event-list .feed=${residents}></coalition-event-list>`,
  play: async ({ canvasElement }) => {
    const root = await widgetRoot(canvasElement, TAG);
    const button = root.querySelector<HTMLButtonElement>('[part="calendar-button"]')!;
    button.click();
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
  },
};
