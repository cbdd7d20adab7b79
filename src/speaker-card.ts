import { defineElement } from './core/define.js';
import { CoalitionSpeakerCard } from './speaker-card/speaker-card.js';

defineElement('coalition-speaker-card', CoalitionSpeakerCard);

export { CoalitionSpeakerCard };

declare global {
  interface HTMLElementTagNameMap {
    'coalition-speaker-card': CoalitionSpeakerCard;
  }
}
