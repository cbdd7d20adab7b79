import { FeedError } from './feed-error.js';
import { feedShape, type Feed } from './schema.js';
import { INVALID, isRecord, type FeedProblem } from './shape.js';

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
 * Relative URLs in it are resolved against `base`, the feed document's own URL.
 */
export function validateFeed(input: unknown, base?: string): ValidatedFeed {
  if (!isRecord(input)) {
    throw new FeedError('not-a-feed', 'the document is not a JSON object');
  }
  const problems: FeedProblem[] = [];
  const parsed = feedShape.parse(input, '', problems, base);
  if (parsed === INVALID) throw new FeedError('not-a-feed', problems.map(formatProblem).join('\n'));

  const speakers = parsed.speakers ?? [];
  const known = new Set(speakers.map((speaker) => speaker.id));
  const rawEvents = (input as { events?: { id?: unknown }[] }).events ?? [];
  const events = (parsed.events ?? []).map((event) => {
    if (!event.speakers?.some((id) => !known.has(id))) return event;
    const path = `events[${rawEvents.findIndex((raw) => raw?.id === event.id)}].speakers`;
    for (const id of event.speakers) {
      if (!known.has(id)) problems.push({ path, message: `no speaker "${id}"`, fate: 'value ignored' });
    }
    return { ...event, speakers: event.speakers.filter((id) => known.has(id)) };
  });

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
