import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { demoFeed, emptyFeed } from './story-helpers.js';

const meta: Meta = {
  title: 'Widgets/coalition-victory-tracker',
  component: 'coalition-victory-tracker',
  args: { layout: 'list' },
  argTypes: { layout: { control: 'inline-radio', options: ['list', 'grid', 'highlight'] } },
  render: ({ layout, limit, tag, neighborhood, theme }) =>
    html`<coalition-victory-tracker
      layout=${layout}
      limit=${limit ?? ''}
      tag=${tag ?? ''}
      neighborhood=${neighborhood ?? ''}
      theme=${theme ?? 'light'}
      .feed=${demoFeed}
    ></coalition-victory-tracker>`,
};
export default meta;
type Story = StoryObj;

export const List: Story = {};

export const Grid: Story = { args: { layout: 'grid' } };

/** The latest win, big, for a homepage. */
export const Highlight: Story = { args: { layout: 'highlight' } };

export const FilteredByTag: Story = { args: { tag: 'housing' } };

export const Limited: Story = { args: { limit: 2 } };

export const Loading: Story = {
  render: () => html`<story-loading-feed><coalition-victory-tracker></coalition-victory-tracker></story-loading-feed>`,
};

export const Empty: Story = {
  render: () => html`<coalition-victory-tracker .feed=${emptyFeed}></coalition-victory-tracker>`,
};

export const Error: Story = {
  render: () => html`<coalition-victory-tracker src="demo/missing.json"></coalition-victory-tracker>`,
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
