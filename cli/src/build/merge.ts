import {
  formatProblem,
  NO_ZONE,
  timesOf,
  validateFeed,
  type CoalitionEvent,
  type Feed,
  type FeedProblem,
} from 'coalition-widgets/feed-format.js';
import type { ListName, Sourced } from './sourced.js';

const LISTS: ListName[] = ['victories', 'events', 'speakers'];

/** The value at `a.b[2].c` inside an entry, to quote it in a problem. */
function valueAt(entry: unknown, path: string): unknown {
  let value = entry;
  for (const key of path.split(/\.|\[(\d+)\]/).filter(Boolean)) {
    value = (value as Record<string, unknown> | undefined)?.[key];
  }
  return value;
}

/** Where a problem's entry came from: its source row, the entry, and its cells as written. */
interface Place {
  origin: string;
  entry: unknown;
  written?: Readonly<Record<string, string>> | undefined;
}

/**
 * `events.csv: row 7, start: "next week" is not a date-time …; row left out`, quoting the cell as
 * the source wrote it; a local time read in no zone says where to name one.
 */
function describe(problem: FeedProblem, { origin, entry, written }: Place, baseSource: string): string {
  const [, inner = ''] = /^[a-z]+\[\d+\]\.?(.*)$/.exec(problem.path) ?? [];
  const held = inner ? valueAt(entry, inner) : undefined;
  const value = (inner && written?.[inner]) || held;
  const fromSheet = origin.includes(': row ');
  const message =
    problem.message === NO_ZONE
      ? "a local time, and no time zone is named to read it in: add the coalition's to " +
        `${baseSource} ("coalition": { "timezone": "America/Chicago" }, with your zone)` +
        (fromSheet ? ", or fill the row's timezone column" : '')
      : // the validator quotes the entry's form (2027-03-14T02:30): the cell is quoted as written
        problem.message.replaceAll(`"${String(held)}"`, `"${String(value)}"`);
  // quote what the row said, unless the validator's words already do
  const what = typeof value === 'string' && !message.includes(`"${value}"`) ? `"${value}" is ${message}` : message;
  const fate = problem.fate === 'entry left out' ? (fromSheet ? 'row left out' : 'left out') : problem.fate;
  return `${origin}${inner ? `, ${inner}` : ''}: ${what}${fate ? `; ${fate}` : ''}`;
}

type Written = { id?: unknown; start?: unknown; end?: unknown } | undefined;

/**
 * Events with their times as the sheet or calendar wrote them (`2027-01-16T10:00`, read by the
 * widgets in the event's or the coalition's zone), where the validator wrote them with offsets.
 */
function asWritten(events: readonly CoalitionEvent[], written: readonly Written[]): CoalitionEvent[] {
  let at = -1;
  return events.map((event) => {
    // valid events keep their order, so each one's entry is the next with its id
    do at++;
    while (at < written.length && String(written[at]?.id).trim() !== event.id);
    const { start, end } = written[at]!;
    return { ...event, start: String(start).trim(), ...(event.end && { end: String(end).trim() }) };
  });
}

/** Sorted (lists by id, keys by name), so the same input always gives the same bytes. */
function sortFeed(feed: Feed): Feed {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ...feed,
    victories: [...feed.victories].sort((a, b) => b.date.localeCompare(a.date) || byId(a, b)),
    events: [...feed.events].sort(
      (a, b) => timesOf(a, feed.coalition.timezone).start - timesOf(b, feed.coalition.timezone).start || byId(a, b),
    ),
  };
}

/**
 * The base feed (the coalition, its feedback settings, anything kept by hand) with every source's
 * entries added to its lists, all through the widgets' own validator: a bad entry is left out and
 * named by its source row. Returns the feed's JSON (two-space, sorted) and the warnings.
 */
export function mergeFeed(
  base: Record<string, unknown>,
  baseSource: string,
  sourced: readonly Sourced[],
): { json: string; warnings: string[]; feed: Feed } {
  const candidate: Record<string, unknown> = { ...base };
  const origins = new Map<string, Place[]>();
  for (const list of LISTS) {
    const own = Array.isArray(base[list]) ? (base[list] as unknown[]) : [];
    const added = sourced.filter((each) => each.list === list);
    candidate[list] = [...own, ...added.map((each) => each.entry)];
    origins.set(list, [
      ...own.map((entry, index) => ({ origin: `${baseSource}: ${list}[${index}]`, entry })),
      ...added.map(({ origin, entry, written }) => ({ origin, entry, written })),
    ]);
  }
  // no base URL: relative URLs stay as written, to be resolved where the feed is published
  const { feed, problems } = validateFeed(candidate);
  const warnings = problems.map((problem) => {
    const [, list, index] = /^([a-z]+)\[(\d+)\]/.exec(problem.path) ?? [];
    const place = list && origins.get(list)?.[Number(index)];
    if (!place) return `${baseSource}: ${formatProblem(problem)}`;
    return place.origin.startsWith(`${baseSource}: `)
      ? `${baseSource}: ${formatProblem(problem)}`
      : describe(problem, place, baseSource);
  });
  const sorted = sortFeed({ ...feed, events: asWritten(feed.events, candidate['events'] as Written[]) });
  return { json: `${JSON.stringify(sorted, null, 2)}\n`, warnings, feed: sorted };
}
