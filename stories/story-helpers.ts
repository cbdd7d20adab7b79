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

/**
 * A pretend feedback endpoint for stories (Storybook has no server to post to):
 * `https://feedback.example/ok` answers 201, `/reject` 422, `/fail` 503, and `/hang` never answers.
 */
export const fakeEndpoint = (mode: 'ok' | 'reject' | 'fail' | 'hang') => `https://feedback.example/${mode}`;

const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.hostname !== 'feedback.example') return realFetch(input, init);
  const status = { '/ok': 201, '/reject': 422, '/fail': 503 }[url.pathname];
  if (!status) return new Promise<Response>(() => {});
  return Promise.resolve(new Response(status === 201 ? 'thanks' : 'no', { status }));
};
