import { ContextProvider } from '@lit/context';
import { feedContext } from '../src/feed/feed-context.js';
import demo from '../demo/feed.json';

/** The demo feed, for stories that hand widgets a feed object. */
export const demoFeed = demo;

/** A feed with nothing in its lists, for the empty states. */
export const emptyFeed = { version: 1, coalition: { name: 'Example Coalition' } };

/** Provides a feed that never finishes loading, to show the widgets' loading state. */
class StoryLoadingFeed extends HTMLElement {
  constructor() {
    super();
    new ContextProvider(this, {
      context: feedContext,
      initialValue: { state: { status: 'loading' }, reload: () => {} },
    });
  }
}
if (!customElements.get('story-loading-feed')) customElements.define('story-loading-feed', StoryLoadingFeed);
