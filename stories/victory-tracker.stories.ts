import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { demoFeed, demoValues, emptyFeed, english, selectOf, textsIn, widgetArgTypes } from './story-helpers.js';

const TAG = 'coalition-victory-tracker';
const titlesShown = (canvasElement: HTMLElement) => textsIn(canvasElement, TAG, '[part="title"]');
/** The demo feed's victories that a story should show, newest first. */
const expected = (keep: (victory: (typeof demoFeed.victories)[number]) => boolean = () => true) =>
  demoFeed.victories
    .filter(keep)
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((victory) => english(victory.title));

const meta: Meta = {
  title: 'Widgets/coalition-victory-tracker',
  component: TAG,
  args: { layout: 'list' },
  argTypes: {
    ...widgetArgTypes,
    layout: { control: 'inline-radio', options: ['list', 'grid', 'highlight'] },
    limit: { control: { type: 'number', min: 0 } },
    tag: selectOf(demoValues.victoryTags),
    neighborhood: selectOf(demoValues.victoryNeighborhoods),
    victory: selectOf(demoFeed.victories.map((victory) => victory.id)),
  },
  render: ({ layout, limit, tag, neighborhood, victory, theme }) =>
    html`<coalition-victory-tracker
      layout=${ifDefined(layout)}
      limit=${ifDefined(limit)}
      tag=${ifDefined(tag)}
      neighborhood=${ifDefined(neighborhood)}
      victory=${ifDefined(victory)}
      theme=${ifDefined(theme)}
      .feed=${demoFeed}
    ></coalition-victory-tracker>`,
};
export default meta;
type Story = StoryObj;

export const List: Story = {
  play: async ({ canvasElement }) => expect(await titlesShown(canvasElement)).toEqual(expected()),
};

export const Grid: Story = {
  args: { layout: 'grid' },
  play: async ({ canvasElement }) => expect(await titlesShown(canvasElement)).toEqual(expected()),
};

/** The latest win, big, for a homepage. */
export const Highlight: Story = {
  args: { layout: 'highlight' },
  play: async ({ canvasElement }) => expect(await titlesShown(canvasElement)).toEqual(expected().slice(0, 1)),
};

export const FilteredByTag: Story = {
  args: { tag: 'housing' },
  play: async ({ canvasElement }) =>
    expect(await titlesShown(canvasElement)).toEqual(expected((victory) => victory.tags.includes('housing'))),
};

export const FilteredByNeighborhood: Story = {
  args: { neighborhood: 'East Austin' },
  play: async ({ canvasElement }) =>
    expect(await titlesShown(canvasElement)).toEqual(expected((victory) => victory.neighborhood === 'East Austin')),
};

export const Limited: Story = {
  args: { limit: 2 },
  play: async ({ canvasElement }) => expect(await titlesShown(canvasElement)).toEqual(expected().slice(0, 2)),
};

export const Loading: Story = {
  render: () => html`<story-loading-feed><coalition-victory-tracker></coalition-victory-tracker></story-loading-feed>`,
};

export const Empty: Story = {
  render: () => html`<coalition-victory-tracker .feed=${emptyFeed}></coalition-victory-tracker>`,
  play: async ({ canvasElement }) => expect(await textsIn(canvasElement, TAG, '[part="empty"]')).toHaveLength(1),
};

export const Error: Story = {
  render: () => html`<coalition-victory-tracker src="demo/missing.json"></coalition-victory-tracker>`,
  play: async ({ canvasElement }) =>
    expect((await textsIn(canvasElement, TAG, '[part="error"]'))[0]).toContain('could not be found'),
};

export const Spanish: Story = {
  render: () =>
    html`<div lang="es"><coalition-victory-tracker layout="grid" .feed=${demoFeed}></coalition-victory-tracker></div>`,
};

export const Dark: Story = {
  render: () =>
    html`<div style="background:#16141a;padding:1em">
      <coalition-victory-tracker theme="dark" layout="grid" .feed=${demoFeed}></coalition-victory-tracker>
    </div>`,
};

const many = {
  ...demoFeed,
  victories: Array.from({ length: 60 }, (_, i) => ({
    id: `win-${i}`,
    title: `Illustrative win number ${i + 1}`,
    date: `20${String(10 + (i % 16)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 9}`,
    neighborhood: ['East Austin', 'Montopolis', 'Dove Springs'][i % 3],
    tags: [['housing', 'mobility', 'health access'][i % 3]!],
    metric: { value: 100 * (i + 1), unit: 'households protected', goal: 8000 },
  })),
};

export const ManyVictories: Story = {
  render: () => html`<coalition-victory-tracker layout="grid" .feed=${many}></coalition-victory-tracker>`,
};

const long = {
  ...demoFeed,
  victories: [
    {
      id: 'long',
      title:
        'A very long victory title that keeps going to show how the tracker wraps text that a coalition wrote without thinking about widths at all',
      date: '2026-01-15',
      summary: 'Summary. '.repeat(60),
      neighborhood: 'A neighborhood with a remarkably long name',
      tags: ['public safety as health equity', 'neighborhood organizing', 'housing', 'mobility'],
      metric: { value: 123456789, unit: 'people reached across the whole metropolitan region', goal: 200000000 },
      url: 'https://example.org/a/very/long/address/that/does/not/fit',
    },
  ],
};

export const LongText: Story = {
  render: () => html`<coalition-victory-tracker .feed=${long}></coalition-victory-tracker>`,
};

export const Narrow: Story = {
  render: () =>
    html`<div style="width:240px">
      <coalition-victory-tracker layout="grid" .feed=${demoFeed}></coalition-victory-tracker>
    </div>`,
};
