/**
 * The feed format without the DOM: the one entry for any program that reads or writes a
 * coalition feed (the command line is one). Nothing here registers an element or touches a page.
 *
 * The vocabulary, from a document to what a widget shows:
 * - `validateFeed(value, base)` checks a JSON value as a version-1 feed: a `ValidatedFeed`, the
 *   feed with bad entries left out and each listed as a `FeedProblem`; it throws a `FeedError`
 *   only for a document that is not a feed at all.
 * - `readFeed(textOrValue, base)` parses JSON text (or takes a value) and validates it; it never
 *   throws: a `FeedReading` is `loaded` (with the ValidatedFeed) or `error` (with the FeedError).
 * - `fetchFeed(url)` (in `coalition-widgets`, for pages) fetches with retries, then reads.
 * - A widget's `FeedState` is loading, loaded or error, keeping the last good feed; a
 *   `FeedSnapshot` is that state with the way to load it again, as `<coalition-feed>` provides it.
 */
export { validateFeed, formatProblem, type ValidatedFeed, type FeedProblem } from './format/validate-feed.js';
export { readFeed, type FeedReading } from './format/read-feed.js';
export { FeedError, type FeedErrorKind } from './format/feed-error.js';
export { resolveText } from './format/resolve-text.js';
export { isTimeZone } from './format/rules.js';
export { isPast, NO_ZONE, timesOf, type EventTimes } from './format/event-times.js';
export {
  isoWithOffset,
  offsetAt,
  parseWallTime,
  utcInstant,
  zonedTime,
  type WallTime,
  type ZonedTime,
} from './format/local-time.js';
export { calendarEntry, toIcs, type CalendarEntry } from './format/calendar.js';
export type * from './format/schema.js';
