import { defineElement } from './core/define.js';
import { CoalitionFeedbackForm } from './feedback-form/feedback-form.js';

defineElement('coalition-feedback-form', CoalitionFeedbackForm);

export { CoalitionFeedbackForm };

declare global {
  interface HTMLElementTagNameMap {
    'coalition-feedback-form': CoalitionFeedbackForm;
  }
}
