/**
 * Feed format version 1, written once: the validator, the TypeScript types and (through a build
 * script) the JSON Schema all come from these shapes.
 */
import { isEventTime, isIsoDate, isLanguageTag, isTimeZone, isEmail, isHexColor } from './rules.js';
import {
  boolean,
  count,
  exactly,
  INVALID,
  list,
  number,
  object,
  oneOf,
  string,
  text,
  url,
  type Infer,
} from './shape.js';

export type { Text } from './shape.js';

const label = string();
const bilingual = text(isLanguageTag);
/** A link to show: `https:`, `http:` or `mailto:`, or relative to the feed. */
export const link = url(['https:', 'http:', 'mailto:'], 'not an https:, http: or mailto: link');
/** An address to load or post to: `https:` or `http:`, or relative to the feed. */
export const webUrl = url(['https:', 'http:'], 'not an https: or http: address');
const eventTime = string(isEventTime, 'not a date-time (2026-12-05T18:30:00-06:00, 2027-03-20T10:00 or 2027-01-16)');
const timeZone = string(isTimeZone, 'not an IANA time zone (America/Chicago)');
const tags = list(label);
const image = object({ src: webUrl, alt: bilingual }, ['src']);

export const coalitionShape = object(
  {
    name: label,
    url: link,
    logo: webUrl,
    email: string(isEmail, 'not an email address'),
    timezone: timeZone,
    accent: string(isHexColor, 'not a hex colour (#7a3cff)'),
    calendar: webUrl,
  },
  ['name'],
);

export const victoryShape = object(
  {
    id: label,
    title: bilingual,
    date: string(isIsoDate, 'not a date (2024-03-14)'),
    summary: bilingual,
    url: link,
    share: webUrl,
    image,
    tags,
    neighborhood: label,
    metric: object({ value: number(), unit: bilingual, goal: number(0) }, ['value']),
  },
  ['id', 'title', 'date'],
);

export const eventStatuses = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;

/** What an event may offer for access, each with a translated label in the widgets. */
export const accessKeys = ['wheelchair', 'asl', 'interpretation', 'childcare', 'food', 'transit', 'captions'] as const;

export const eventShape = object(
  {
    id: label,
    title: bilingual,
    start: eventTime,
    end: eventTime,
    timezone: timeZone,
    status: oneOf(eventStatuses),
    description: bilingual,
    neighborhood: label,
    tags,
    location: object({ name: label, address: label, url: link }),
    online: object({ url: link }, ['url']),
    rsvp: link,
    speakers: list(label),
    image,
    organizer: object({ name: label, url: link }, ['name']),
    // an unknown key is left out on its own, with a warning naming its path
    access: list(oneOf(accessKeys)),
    accessNotes: bilingual,
    maximumAttendeeCapacity: count,
    remainingAttendeeCapacity: count,
    recording: webUrl,
    // the occurrences of one recurring event share its id; rule is RFC 5545's RRULE value
    series: object({ id: label, rule: label }, ['id']),
  },
  // start and end are read against each other, and in a zone, where the whole feed is known (settleTimes)
  ['id', 'title', 'start'],
);

export const speakerShape = object(
  {
    id: label,
    name: label,
    pronouns: label,
    role: bilingual,
    organization: object({ name: label, url: link }, ['name']),
    photo: image,
    bio: bilingual,
    links: list(object({ label: bilingual, url: link }, ['label', 'url'])),
  },
  ['id', 'name'],
);

/**
 * The fields of a submission itself (`Submission` in submission.ts), which no question id may be: in form encoding each answer is a
 * field beside them (the validator leaves out a question with one of these ids).
 */
export const SUBMISSION_FIELDS: readonly string[] = [
  'id',
  'submittedAt',
  'topic',
  'page',
  'lang',
  'answers',
  'message',
  'name',
  'email',
  'consent',
];

export const questionTypes = ['text', 'textarea', 'choice', 'multi', 'rating', 'email'] as const;

export const questionShape = object(
  {
    id: label,
    label: bilingual,
    type: oneOf(questionTypes),
    options: list(bilingual),
    required: boolean,
  },
  ['id', 'label'],
  (question, path, problems) =>
    SUBMISSION_FIELDS.includes(question.id)
      ? // form encoding sends each answer as a field beside these: it would overwrite one (issue 31)
        (problems.push({ path: `${path}.id`, message: `"${question.id}" is a field of the submission itself` }),
        INVALID)
      : (question.type === 'choice' || question.type === 'multi') && !question.options?.length
        ? (problems.push({ path: `${path}.options`, message: 'a choice question needs options' }), INVALID)
        : question,
);

export const feedbackShape = object({
  endpoint: webUrl,
  format: oneOf(['json', 'form'] as const),
  prompt: bilingual,
  questions: list(questionShape, 'entry left out', true),
});

/** The whole document. Lists drop their bad entries one by one; a bad `coalition` fails the feed. */
export const feedShape = object(
  {
    version: exactly(1),
    coalition: coalitionShape,
    victories: list(victoryShape, 'entry left out', true),
    events: list(eventShape, 'entry left out', true),
    speakers: list(speakerShape, 'entry left out', true),
    feedback: feedbackShape,
  },
  ['version', 'coalition'],
);

/** The organisation that publishes the feed. */
export type Coalition = Infer<typeof coalitionShape>;
/** One tangible win. */
export type Victory = Infer<typeof victoryShape>;
/** One event (named so as not to clash with the DOM's `Event`). */
export type CoalitionEvent = Infer<typeof eventShape>;
/** One thing an event offers for access (`wheelchair`, `asl` …). */
export type AccessKey = (typeof accessKeys)[number];
/** Whether an event goes ahead. */
export type EventStatus = (typeof eventStatuses)[number];
/** One speaker or panelist. */
export type Speaker = Infer<typeof speakerShape>;
/** One question of the feedback form. */
export type Question = Infer<typeof questionShape>;
/** Where and how feedback is sent, and what is asked. */
export type FeedbackSettings = Infer<typeof feedbackShape>;

/** A validated feed: only valid entries, every list present. */
export type Feed = Required<Infer<typeof feedShape>>;
