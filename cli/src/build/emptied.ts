import { readFile } from 'node:fs/promises';
import { isPast, type CoalitionEvent, type Feed } from 'coalition-widgets/feed-format.js';
import { count } from '../command.js';
import type { ListName } from './sourced.js';

const LISTS: ListName[] = ['victories', 'events', 'speakers'];

/**
 * The lists that had entries in the feed at `previousFile` (events: upcoming ones, as of `now`)
 * and have none in `feed`, each as a line saying so: a renamed header or an emptied sheet, which a
 * scheduled job must not publish unnoticed. None when there is no earlier feed, or it is not JSON.
 */
export async function emptiedLists(previousFile: string, feed: Feed, now: number): Promise<string[]> {
  let previous: Partial<Record<ListName, unknown>>;
  try {
    previous = JSON.parse(await readFile(previousFile, 'utf8')) as Partial<Record<ListName, unknown>>;
  } catch {
    return [];
  }
  return LISTS.flatMap((list) => {
    const before = Array.isArray(previous[list]) ? (previous[list] as unknown[]) : [];
    const had =
      list === 'events'
        ? before.filter((event) => {
            try {
              return !isPast(event as CoalitionEvent, now);
            } catch {
              return false;
            }
          }).length
        : before.length;
    return had > 0 && feed[list].length === 0
      ? [
          `${list}: ${previousFile} has ${count(had, list === 'events' ? 'upcoming event' : 'entry', list === 'events' ? 'upcoming events' : 'entries')} and this build made none (a renamed header, an emptied sheet?)`,
        ]
      : [];
  });
}
