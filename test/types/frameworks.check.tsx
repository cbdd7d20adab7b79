// Compiled by `npm run typecheck:frameworks` (after the build): the framework declarations accept
// what a partner writes and refuse what is wrong. Nothing here runs.
import type {} from '../../types/react.js';
import type {} from '../../types/vue.js';
import type {} from '../../types/svelte.js';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { GlobalComponents } from 'vue';
import { CoalitionEventList, CoalitionFeed, CoalitionSpeakerList } from 'coalition-widgets/react.js';

export const rawTags = (
  <coalition-feed src="/feed.json">
    <coalition-event-list limit={3} theme="dark" oncoalition-filter-change={(event) => event.detail.neighborhood} />
    <coalition-victory-tracker layout="grid" />
    {/* @ts-expect-error: not a layout */}
    <coalition-victory-tracker layout="carousel" />
    <coalition-speaker-list speakers="chas-moore devin-davis" layout="list" />
    {/* @ts-expect-error: not a layout of the speaker list */}
    <coalition-speaker-list layout="highlight" />
  </coalition-feed>
);

export const wrapped = (
  <CoalitionFeed src="/feed.json" onFeedLoad={(event) => event.detail.feed.coalition.name}>
    <CoalitionEventList limit={3} onFilterChange={(event) => event.detail.tag} />
    <CoalitionSpeakerList event="summit-panel" layout="grid" onFeedError={(event) => event.detail.error} />
  </CoalitionFeed>
);

export const vueList: GlobalComponents['coalition-event-list'] | undefined = undefined;
export const svelteCard: SvelteHTMLElements['coalition-speaker-card'] = { speaker: 'chas-moore', theme: 'auto' };
// @ts-expect-error: speaker ids are strings
export const badSvelteCard: SvelteHTMLElements['coalition-speaker-card'] = { speaker: 5 };
export const vueSpeakers: GlobalComponents['coalition-speaker-list'] | undefined = undefined;
export const svelteSpeakers: SvelteHTMLElements['coalition-speaker-list'] = { event: 'summit-panel', layout: 'list' };
// @ts-expect-error: speakers="…" is one string of ids, not an array
export const badSvelteSpeakers: SvelteHTMLElements['coalition-speaker-list'] = { speakers: ['chas-moore'] };
