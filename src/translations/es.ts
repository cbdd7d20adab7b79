import type { Translation } from '../core/translations.js';
import common from './es/common.js';
import eventList from './es/event-list.js';
import expandable from './es/expandable.js';
import feedbackForm from './es/feedback-form.js';
import speakerCard from './es/speaker-card.js';
import speakerList from './es/speaker-list.js';
import victoryTracker from './es/victory-tracker.js';

// Spanish, whole. Each widget
// imports only its own parts from ./es/ (so a one-widget file carries only its words); importing
// this file registers them all.
const translation: Translation = {
  ...common,
  ...victoryTracker,
  ...eventList,
  ...expandable,
  ...speakerCard,
  ...speakerList,
  ...feedbackForm,
};

export default translation;
