// Classes, types and feed functions, without registering any tag: import `coalition-widgets/all.js`
// (or one element's entry, such as `coalition-widgets/event-list.js`) to register.
export { CoalitionWidget, type Theme } from './core/coalition-widget.js';
export { CoalitionFeed } from './core/coalition-feed.js';
export { CoalitionVictoryTracker } from './victory-tracker/victory-tracker.js';
export { CoalitionEventList } from './event-list/event-list.js';
export { CoalitionSpeakerCard } from './speaker-card/speaker-card.js';
export { CoalitionSpeakerList, type SpeakerListLayout } from './speaker-list/speaker-list.js';
export { CoalitionFeedbackForm } from './feedback-form/feedback-form.js';
export { feedContext } from './loading/feed-context.js';
export type { FeedSnapshot, FeedState } from './loading/feed-state.js';
export { feedSource, fetchFeed, type LoadOptions } from './loading/load-feed.js';
export type { Shape, ShapeKind } from './format/shape.js';
// the feed format without the DOM, also its own entry: coalition-widgets/feed-format.js
export * from './feed-format.js';
export { languageFallbacks } from './format/language.js';
export { registerTranslation } from './core/register-translation.js';
export type { Translation } from './core/translations.js';
export { pluralFor, type PluralForms } from './core/plural.js';
export type { Strings } from './core/strings.js';
