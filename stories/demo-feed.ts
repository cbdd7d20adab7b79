import feed from '../demo/feed.json';

/** The demo feed, for stories that hand widgets a feed object. */
export const demoFeed = feed;

/** A feed with nothing in its lists, for the empty states. */
export const emptyFeed = { version: 1, coalition: { name: 'Example Coalition' } };
