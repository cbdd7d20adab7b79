import { defineElement } from './core/define.js';
import { CoalitionFeed } from './core/coalition-feed.js';

defineElement('coalition-feed', CoalitionFeed);

export { CoalitionFeed };

declare global {
  interface HTMLElementTagNameMap {
    'coalition-feed': CoalitionFeed;
  }
}
