import type { Translation } from '../core/translations.js';
import common from './en/common.js';
import eventList from './en/event-list.js';
import expandable from './en/expandable.js';
import feedbackForm from './en/feedback-form.js';
import speakerCard from './en/speaker-card.js';
import speakerList from './en/speaker-list.js';
import victoryTracker from './en/victory-tracker.js';

// English, whole: the catalogue every translation follows (its keys are typed by `Strings`). Each widget
// imports only its own parts from ./en/ (so a one-widget file carries only its words); importing
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
