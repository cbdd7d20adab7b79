// Generated from custom-elements.json by scripts/build-element-lists.mjs (npm run analyze): do not edit.
// Typed React components for every element, from @lit/react: properties and `on…` event props
// work in React 18 and 19. `import { CoalitionEventList } from 'coalition-widgets/react.js'`.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './all.js';
import { CoalitionFeed as CoalitionFeedElement } from './core/coalition-feed.js';
import { CoalitionVictoryTracker as CoalitionVictoryTrackerElement } from './victory-tracker/victory-tracker.js';
import { CoalitionEventList as CoalitionEventListElement } from './event-list/event-list.js';
import { CoalitionSpeakerCard as CoalitionSpeakerCardElement } from './speaker-card/speaker-card.js';
import { CoalitionSpeakerList as CoalitionSpeakerListElement } from './speaker-list/speaker-list.js';
import { CoalitionFeedbackForm as CoalitionFeedbackFormElement } from './feedback-form/feedback-form.js';

const event = <K extends keyof HTMLElementEventMap>(name: K) => name as EventName<HTMLElementEventMap[K]>;

export const CoalitionFeed = createComponent({
  tagName: 'coalition-feed',
  elementClass: CoalitionFeedElement,
  react: React,
  events: {
    onFeedLoad: event('coalition-feed-load'),
    onFeedError: event('coalition-feed-error'),
  },
});

export const CoalitionVictoryTracker = createComponent({
  tagName: 'coalition-victory-tracker',
  elementClass: CoalitionVictoryTrackerElement,
  react: React,
  events: {
    onVictoryShare: event('coalition-victory-share'),
    onFeedLoad: event('coalition-feed-load'),
    onFeedError: event('coalition-feed-error'),
  },
});

export const CoalitionEventList = createComponent({
  tagName: 'coalition-event-list',
  elementClass: CoalitionEventListElement,
  react: React,
  events: {
    onFilterChange: event('coalition-filter-change'),
    onFeedLoad: event('coalition-feed-load'),
    onFeedError: event('coalition-feed-error'),
  },
});

export const CoalitionSpeakerCard = createComponent({
  tagName: 'coalition-speaker-card',
  elementClass: CoalitionSpeakerCardElement,
  react: React,
  events: {
    onFeedLoad: event('coalition-feed-load'),
    onFeedError: event('coalition-feed-error'),
  },
});

export const CoalitionSpeakerList = createComponent({
  tagName: 'coalition-speaker-list',
  elementClass: CoalitionSpeakerListElement,
  react: React,
  events: {
    onFeedLoad: event('coalition-feed-load'),
    onFeedError: event('coalition-feed-error'),
  },
});

export const CoalitionFeedbackForm = createComponent({
  tagName: 'coalition-feedback-form',
  elementClass: CoalitionFeedbackFormElement,
  react: React,
  events: {
    onFeedbackSent: event('coalition-feedback-sent'),
    onFeedbackQueued: event('coalition-feedback-queued'),
    onFeedbackFailed: event('coalition-feedback-failed'),
    onFeedLoad: event('coalition-feed-load'),
    onFeedError: event('coalition-feed-error'),
  },
});
