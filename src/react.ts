// Typed React components for every element, from @lit/react: properties and `on…` event props
// work in React 18 and 19. `import { CoalitionEventList } from 'coalition-widgets/react.js'`.
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './all.js';
import { CoalitionEventList as EventListElement } from './event-list/event-list.js';
import { CoalitionFeed as FeedElement } from './core/coalition-feed.js';
import { CoalitionFeedbackForm as FeedbackFormElement } from './feedback-form/feedback-form.js';
import { CoalitionSpeakerCard as SpeakerCardElement } from './speaker-card/speaker-card.js';
import { CoalitionVictoryTracker as VictoryTrackerElement } from './victory-tracker/victory-tracker.js';

const event = <K extends keyof HTMLElementEventMap>(name: K) => name as EventName<HTMLElementEventMap[K]>;

const feedEvents = {
  onFeedLoad: event('coalition-feed-load'),
  onFeedError: event('coalition-feed-error'),
};

export const CoalitionFeed = createComponent({
  tagName: 'coalition-feed',
  elementClass: FeedElement,
  react: React,
  events: feedEvents,
});

export const CoalitionVictoryTracker = createComponent({
  tagName: 'coalition-victory-tracker',
  elementClass: VictoryTrackerElement,
  react: React,
  events: { ...feedEvents, onVictoryShare: event('coalition-victory-share') },
});

export const CoalitionEventList = createComponent({
  tagName: 'coalition-event-list',
  elementClass: EventListElement,
  react: React,
  events: { ...feedEvents, onFilterChange: event('coalition-filter-change') },
});

export const CoalitionSpeakerCard = createComponent({
  tagName: 'coalition-speaker-card',
  elementClass: SpeakerCardElement,
  react: React,
  events: feedEvents,
});

export const CoalitionFeedbackForm = createComponent({
  tagName: 'coalition-feedback-form',
  elementClass: FeedbackFormElement,
  react: React,
  events: {
    ...feedEvents,
    onFeedbackSent: event('coalition-feedback-sent'),
    onFeedbackQueued: event('coalition-feedback-queued'),
    onFeedbackFailed: event('coalition-feedback-failed'),
  },
});
