import { pluralFor } from '../core/plural.js';
import { registerTranslation } from '../core/register-translation.js';
import type { Translation } from '../core/translations.js';

// English: the catalogue every translation follows (its keys are typed by `Strings`), built into every bundle.
const plural = pluralFor('en');

const translation: Translation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  loading: 'Loading…',
  retry: 'Try again',
  error: (kind, status) =>
    ({
      network: 'We could not reach the feed. Check your connection and try again.',
      timeout: 'The feed took too long to answer. Try again in a moment.',
      http:
        status >= 500
          ? `The feed’s server had a problem (error ${status}). Try again in a moment.`
          : `The feed could not be found (error ${status}).`,
      'not-json': 'The feed file is damaged, so there is nothing to show.',
      'not-a-feed': 'This file is not a coalition feed, so there is nothing to show.',
      'no-feed': 'This widget has no feed to show.',
      render: 'Something went wrong while showing this, so there is nothing to show.',
    })[kind],
  noVictories: 'No victories to show yet. Wins will appear here.',
  victoriesSince: (count, year) => plural(count, { one: `victory since ${year}`, other: `victories since ${year}` }),
  inTotal: 'in total',
  victoryTotals: 'Totals',
  progress: (value, goal, unit) => `${value} of ${goal} ${unit}`.trim(),
  ofGoal: (percent, goal) => `${percent} of the goal of ${goal}`,
  readMore: 'Read more',
  share: 'Share',
  shared: 'Shared. Thank you for spreading the word!',
  copied: 'Copied to the clipboard: paste it anywhere to share.',
  shareFailed: 'Sharing did not work here. Copy the page address to share it.',
  noEvents: 'No upcoming events right now. Check back soon.',
  noPastEvents: 'No past events to show.',
  neighborhood: 'Neighborhood',
  allNeighborhoods: 'All neighborhoods',
  showMore: (count) => `Show ${count} more`,
  status: { cancelled: 'Cancelled', postponed: 'Postponed', rescheduled: 'Rescheduled' },
  joinOnline: 'Join online',
  rsvp: 'RSVP',
  withSpeakers: (names) => `With ${names}`,
  addToCalendar: 'Add to calendar (.ics)',
  googleCalendar: 'Google Calendar',
  outlook: 'Outlook.com',
  microsoft365: 'Microsoft 365',
  subscribe: 'Subscribe',
  subscribeGoogle: 'Subscribe in Google',
  allDay: 'All day',
  expand: 'Show more',
  collapse: 'Show less',
  noSpeaker: (id) => `We could not find the speaker “${id}”.`,
  noSpeakers: 'No speakers to show yet.',
  feedbackPrompt: 'Share your thoughts with us.',
  messageLabel: 'Your message',
  nameLabel: 'Your name (optional)',
  emailLabel: 'Your email (optional)',
  consent: (coalition) => `${coalition} may contact me at this email about my feedback.`,
  requiredMark: '(required)',
  ratingOf: (value) => `${value} of 5`,
  honeypot: 'Leave this field empty',
  send: 'Send',
  sending: 'Sending…',
  problem: {
    required: 'Please answer this question.',
    email: 'Enter an email address like name@example.org.',
    consent: 'Check this box, or leave the email empty.',
    empty: 'Write a message or answer a question before sending.',
  },
  sent: 'Thank you! Your feedback was sent.',
  queued:
    'Your feedback is saved on this device: the connection is not working right now. It will be sent automatically, even if you close this page.',
  failed: (status) =>
    `Your feedback could not be sent: the server refused it (error ${status}). Your text is still here, so you can change it and try again.`,
  mailto: (email) => `Your email app should open with your feedback ready to send. If it does not, write to ${email}.`,
  noAddress: 'This form has nowhere to send feedback yet.',
  mailSubject: (topic) => (topic ? `Feedback: ${topic}` : 'Feedback'),
  topic: 'Topic',
};

registerTranslation(translation);
export default translation;
