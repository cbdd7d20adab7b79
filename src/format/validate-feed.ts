import { settleTimes } from './event-times.js';
import { FeedError } from './feed-error.js';
import { feedShape, type CoalitionEvent, type Feed } from './schema.js';
import { finish, INVALID, isRecord, type FeedProblem, type Steps } from './shape.js';

export type { FeedProblem } from './shape.js';

/** A feed with its bad entries left out, and what was wrong with them. */
export interface ValidatedFeed {
  feed: Feed;
  problems: FeedProblem[];
}

/** `events[3].start: not a date-time; entry left out` */
export const formatProblem = (problem: FeedProblem): string =>
  `${problem.path}: ${problem.message}${problem.fate ? `; ${problem.fate}` : ''}`;

/**
 * Validates a parsed JSON document as a feed, version 1. Bad entries are left out and listed in
 * `problems`; a document that is not a feed at all throws a `FeedError` of kind `not-a-feed`.
 * Relative URLs in it are resolved against `base`, the feed document's own URL. Local times are
 * read once, here, in the event's or the coalition's zone (see `settleTimes`).
 */
export const validateFeed = (input: unknown, base?: string): ValidatedFeed => finish(validation(input, base));

/**
 * `validateFeed`, one entry per step (see `Steps`): a page reads a long feed in slices, so that a
 * resident's tap is answered between them.
 */
export function* validation(input: unknown, base?: string): Steps<ValidatedFeed> {
  if (!isRecord(input)) {
    throw new FeedError('not-a-feed', 'the document is not a JSON object');
  }
  const problems: FeedProblem[] = [];
  const parsed = yield* feedShape.steps(input, '', problems, base);
  if (parsed === INVALID) throw new FeedError('not-a-feed', problems.map(formatProblem).join('\n'));

  const speakers = parsed.speakers ?? [];
  const known = new Set(speakers.map((speaker) => speaker.id));
  const rawEvents = (input as { events?: { id?: unknown }[] }).events ?? [];
  let index = -1;
  const events: CoalitionEvent[] = [];
  for (const event of parsed.events ?? []) {
    // valid events keep their order, so each one's place is the next with its id
    do index++;
    while (index < rawEvents.length && String(rawEvents[index]?.id).trim() !== event.id);
    const path = `events[${index}]`;
    const withSpeakers = event.speakers ? { ...event, speakers: event.speakers.filter((id) => known.has(id)) } : event;
    // an event whose own zone is wrong is not read in the coalition's instead
    const zoneRefused =
      (rawEvents[index] as { timezone?: unknown } | undefined)?.timezone !== undefined && !event.timezone;
    const coalitionZone = zoneRefused ? undefined : parsed.coalition.timezone;
    const settled = settleTimes(withSpeakers, coalitionZone, path, problems);
    for (const id of settled ? (event.speakers ?? []) : []) {
      if (!known.has(id))
        problems.push({ path: `${path}.speakers`, message: `no speaker "${id}"`, fate: 'value ignored' });
    }
    if (settled) events.push(settled);
    yield;
  }

  return {
    feed: {
      version: 1,
      coalition: parsed.coalition,
      victories: parsed.victories ?? [],
      events,
      speakers,
      feedback: parsed.feedback ?? {},
    },
    problems,
  };
}
