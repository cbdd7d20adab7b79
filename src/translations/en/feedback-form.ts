import { registerStrings } from '../../core/register-translation.js';
import type { FeedbackFormStrings } from '../../core/strings.js';

// English: the words of the feedback form.
const feedbackForm = registerStrings<FeedbackFormStrings>({
  $code: 'en',
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
  notAllowed:
    'This site cannot send feedback yet. Your words are kept on this device and will be sent once the coalition allows it.',
  failed: (status) =>
    `Your feedback could not be sent: the server refused it (error ${status}). Your text is still here, so you can change it and try again.`,
  mailto: (email) => `Your email app should open with your feedback ready to send. If it does not, write to ${email}.`,
  noAddress: 'This form has nowhere to send feedback yet.',
  mailSubject: (topic) => (topic ? `Feedback: ${topic}` : 'Feedback'),
  topic: 'Topic',
});

export default feedbackForm;
