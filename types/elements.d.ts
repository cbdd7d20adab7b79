// Generated from custom-elements.json by scripts/build-element-lists.mjs (npm run analyze): do not edit.
import type {
  CoalitionFeed,
  CoalitionVictoryTracker,
  CoalitionEventList,
  CoalitionSpeakerCard,
  CoalitionSpeakerList,
  CoalitionFeedbackForm,
} from 'coalition-widgets';

type Props<E, K extends keyof E> = Partial<Pick<E, K>>;

/** The properties each tag takes, shared by the React, Vue and Svelte declarations. */
export interface CoalitionElementProps {
  'coalition-feed': Props<CoalitionFeed, 'src' | 'feed' | 'timeout'>;
  'coalition-victory-tracker': Props<
    CoalitionVictoryTracker,
    'layout' | 'limit' | 'tag' | 'neighborhood' | 'victory' | 'src' | 'feed' | 'theme' | 'timeout'
  >;
  'coalition-event-list': Props<
    CoalitionEventList,
    'past' | 'neighborhood' | 'tag' | 'limit' | 'choosers' | 'series' | 'src' | 'feed' | 'theme' | 'timeout'
  >;
  'coalition-speaker-card': Props<CoalitionSpeakerCard, 'speaker' | 'person' | 'src' | 'feed' | 'theme' | 'timeout'>;
  'coalition-speaker-list': Props<
    CoalitionSpeakerList,
    'speakers' | 'event' | 'layout' | 'src' | 'feed' | 'theme' | 'timeout'
  >;
  'coalition-feedback-form': Props<
    CoalitionFeedbackForm,
    'endpoint' | 'topic' | 'sendTimeout' | 'src' | 'feed' | 'theme' | 'timeout'
  >;
}

/** React 19 and Svelte listen to custom element events through `on` + the event name. */
export type CoalitionEventProps = {
  [K in keyof HTMLElementEventMap as K extends `coalition-${string}` ? `on${K}` : never]?: (
    event: HTMLElementEventMap[K],
  ) => void;
};
