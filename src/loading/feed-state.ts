import type { FeedError } from '../format/feed-error.js';
import type { Feed } from '../format/schema.js';

/**
 * What a widget knows of its feed. While a feed loads again, or after a failed reload,
 * `feed` still holds the last good copy so the widget keeps showing it.
 */
export type FeedState =
  | { status: 'loading'; feed?: Feed | undefined }
  | { status: 'loaded'; feed: Feed }
  | { status: 'error'; error: FeedError; feed?: Feed | undefined };

/** A feed state together with the way to ask for the feed again (the retry button's action). */
export interface FeedSnapshot {
  state: FeedState;
  reload(): void;
}
