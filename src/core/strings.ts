import type { FeedErrorKind } from '../format/feed-error.js';
import type { AccessKey } from '../format/schema.js';

/**
 * The user-interface strings of every widget: the English catalogue's shape, which every
 * translation must fill (`src/translations/en/` holds the English words, one part per widget; `en.ts` gathers them). A function takes what
 * the sentence needs; one that takes a count picks the plural form for it (see `pluralFor`).
 */
export interface Strings
  extends
    CommonStrings,
    VictoryTrackerStrings,
    EventListStrings,
    ExpandableStrings,
    SpeakerCardStrings,
    SpeakerListStrings,
    FeedbackFormStrings {}

/** What every widget shows while loading and when its feed fails. */
export interface CommonStrings {
  loading: string;
  retry: string;
  /** Why the feed cannot be shown, by the error's kind; `http` gets the status. */
  error: (kind: FeedErrorKind, status: number) => string;
}

export interface VictoryTrackerStrings {
  noVictories: string;
  /** Follows the count of victories, shown in bold before it: "12 victories since 2022". */
  victoriesSince: (count: number, year: string) => string;
  inTotal: string;
  victoryTotals: string;
  progress: (value: string, goal: string, unit: string) => string;
  ofGoal: (percent: string, goal: string) => string;
  readMore: string;
  share: string;
  shared: string;
  copied: string;
  shareFailed: string;
}

export interface EventListStrings {
  noEvents: string;
  noPastEvents: string;
  neighborhood: string;
  allNeighborhoods: string;
  /** The button that shows `count` more events. */
  showMore: (count: number) => string;
  status: Record<'cancelled' | 'postponed' | 'rescheduled', string>;
  joinOnline: string;
  rsvp: string;
  withSpeakers: (names: string) => string;
  addToCalendar: string;
  /** Subscribing to the coalition's whole calendar (webcal:), and the same in Google Calendar. */
  subscribe: string;
  subscribeGoogle: string;
  allDay: string;
  /** "Hosted by Montopolis Neighbors": the host's name, linked when it has a url, is `name`. */
  hostedBy: (name: string) => string;
  /** What an event offers for access, in words, by key; `accessLabel` names the line and the chooser. */
  accessNames: Record<AccessKey, string>;
  accessLabel: string;
  anyAccess: string;
  spotsLeft: (count: number) => string;
  full: string;
  /** The RSVP link of a full event. */
  waitlist: string;
  recording: string;
  /** A series' rule: `every` takes the weekdays ("Tuesday and Thursday"); `repeats` is for rules not put in words. */
  every: (days: string) => string;
  everyDay: string;
  repeats: string;
  /** The button that shows a series' other dates. */
  moreDates: (count: number) => string;
  /** The add-to-calendar disclosure button. */
  calendar: string;
  /** In the calendar choices when the file that makes them could not load (optional: English where a translation lacks it, so each stays within 2 KB). */
  calendarUnavailable?: string;
  search: string;
  topicChooser: string;
  allTopics: string;
  /** Announced when visitors narrow the list: how many events are left. */
  matches: (count: number) => string;
  noMatch: string;
  clearFilters: string;
}

/** The toggle of a long text (the event list's descriptions, the speaker card's bio). */
export interface ExpandableStrings {
  expand: string;
  collapse: string;
}

export interface SpeakerCardStrings {
  noSpeaker: (id: string) => string;
  noSpeakers: string;
  /** The heading over a speaker's next events: "Upcoming with Chas Moore". */
  upcomingWith: (name: string) => string;
}

export interface SpeakerListStrings {
  /** The list's accessible name. */
  speakers: string;
  /** `event="id"` names no event in the feed. */
  noEvent: (id: string) => string;
}

export interface FeedbackFormStrings {
  feedbackPrompt: string;
  messageLabel: string;
  nameLabel: string;
  emailLabel: string;
  consent: (coalition: string) => string;
  requiredMark: string;
  /** The accessible name of one choice of a 1–5 rating. */
  ratingOf: (value: number) => string;
  honeypot: string;
  send: string;
  sending: string;
  problem: Record<'required' | 'email' | 'consent' | 'empty', string>;
  sent: string;
  queued: string;
  /** The endpoint refused this site (403, an origin it does not take yet): the words wait on the device. */
  notAllowed: string;
  failed: (status: number) => string;
  mailto: (email: string) => string;
  noAddress: string;
  mailSubject: (topic: string | undefined) => string;
  topic: string;
}

/**
 * The accessible name of a control that acts on one item of many, in every language: its visible
 * label first (so voice users can say what they see), then the item, as in "RSVP: Tenant Rights Clinic".
 */
export const labelFor = (label: string, item: string): string => `${label}: ${item}`;

/** One language's strings, as `registerTranslation` takes them: every key of the English catalogue, and what it is. */
export interface Translation extends Strings {
  /** Its language tag, such as `vi` or `zh-Hant`; it serves that language's regions too (`vi-VN`, `zh-Hant-TW`). */
  $code: string;
  /** The language's name in itself, such as `Tiếng Việt`. */
  $name: string;
  /** Its writing direction: `rtl` mirrors the widgets' layout. */
  $dir: 'ltr' | 'rtl';
  /** The language dates and numbers are written in where browsers know none for `$code` (Haitian Creole: `fr`). */
  $intl?: string;
}

/** Some of a language's strings, as a widget's own part of a built-in language brings them. */
export type TranslationPart = Pick<Translation, '$code'> & Partial<Translation>;
