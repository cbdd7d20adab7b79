import { createContext } from '@lit/context';
import type { FeedSnapshot } from './feed-state.js';

/**
 * The feed that `<coalition-feed>` provides to the widgets inside it. The key is a string, not a
 * symbol, so that two copies of the library on one page still find each other's providers.
 */
export const feedContext = createContext<FeedSnapshot>('coalition-widgets/feed@1');
