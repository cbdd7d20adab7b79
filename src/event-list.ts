import { defineElement } from './core/define.js';
import { CoalitionEventList } from './event-list/event-list.js';

defineElement('coalition-event-list', CoalitionEventList);

export { CoalitionEventList };

declare global {
  interface HTMLElementTagNameMap {
    'coalition-event-list': CoalitionEventList;
  }
}
