import { defineElement } from './core/define.js';
import { CoalitionFeed } from './feed/coalition-feed.js';

defineElement('coalition-feed', CoalitionFeed);

export { CoalitionFeed };

declare global {
  interface HTMLElementTagNameMap {
    'coalition-feed': CoalitionFeed;
  }
}
