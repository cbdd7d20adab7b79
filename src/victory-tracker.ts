import { defineElement } from './core/define.js';
import { CoalitionVictoryTracker } from './victory-tracker/victory-tracker.js';

defineElement('coalition-victory-tracker', CoalitionVictoryTracker);

export { CoalitionVictoryTracker };

declare global {
  interface HTMLElementTagNameMap {
    'coalition-victory-tracker': CoalitionVictoryTracker;
  }
}
