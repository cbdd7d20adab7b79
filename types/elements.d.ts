import type {
  CoalitionEventList,
  CoalitionFeed,
  CoalitionFeedbackForm,
  CoalitionSpeakerCard,
  CoalitionVictoryTracker,
} from 'coalition-widgets';

type Props<E, K extends keyof E> = Partial<Pick<E, K>>;
type WidgetProps = 'src' | 'feed' | 'theme' | 'timeout';

/** The properties each tag takes, shared by the React, Vue and Svelte declarations. */
export interface CoalitionElementProps {
  'coalition-feed': Props<CoalitionFeed, 'src' | 'feed' | 'timeout'>;
  'coalition-victory-tracker': Props<
    CoalitionVictoryTracker,
    WidgetProps | 'layout' | 'limit' | 'tag' | 'neighborhood' | 'victory'
  >;
  'coalition-event-list': Props<CoalitionEventList, WidgetProps | 'past' | 'neighborhood' | 'tag' | 'limit'>;
  'coalition-speaker-card': Props<CoalitionSpeakerCard, WidgetProps | 'speaker' | 'person'>;
  'coalition-feedback-form': Props<CoalitionFeedbackForm, WidgetProps | 'endpoint' | 'topic' | 'sendTimeout'>;
}

/** React 19 and Svelte listen to custom element events through `on` + the event name. */
export type CoalitionEventProps = {
  [K in keyof HTMLElementEventMap as K extends `coalition-${string}` ? `on${K}` : never]?: (
    event: HTMLElementEventMap[K],
  ) => void;
};
