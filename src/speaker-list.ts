import { defineElement } from './core/define.js';
import { CoalitionSpeakerList } from './speaker-list/speaker-list.js';

defineElement('coalition-speaker-list', CoalitionSpeakerList);

export { CoalitionSpeakerList };

declare global {
  interface HTMLElementTagNameMap {
    'coalition-speaker-list': CoalitionSpeakerList;
  }
}
