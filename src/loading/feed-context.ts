import type { Context, ContextCallback, ContextEvent } from '@lit/context';
import type { FeedSnapshot } from './feed-state.js';

/**
 * The feed that `<coalition-feed>` provides to the widgets inside it, through the community
 * context protocol (`context-request` events, as `@lit/context` sends them). The key is a
 * string, not a symbol, so that two copies of the library on one page still find each other's
 * providers.
 */
export const feedContext = 'coalition-widgets/feed@1' as Context<'coalition-widgets/feed@1', FeedSnapshot>;

/**
 * Makes `host` answer the `context-request` events of the widgets inside it with the current feed
 * snapshot, and calls subscribers again with each new one. Returns the function that publishes a
 * new snapshot.
 * (All of a context provider this library needs: @lit/context's ContextProvider costs 0.3 KB more.)
 */
export function provideFeed(host: Element, current: () => FeedSnapshot): (snapshot: FeedSnapshot) => void {
  const subscribers = new Set<ContextCallback<FeedSnapshot>>();
  host.addEventListener('context-request', (event) => {
    const request = event as ContextEvent<typeof feedContext>;
    if (request.context !== feedContext) return;
    event.stopPropagation();
    const { callback } = request;
    if (request.subscribe) subscribers.add(callback);
    callback(current(), () => subscribers.delete(callback));
  });
  return (snapshot) => subscribers.forEach((callback) => callback(snapshot, () => subscribers.delete(callback)));
}
