import { isoWithOffset, offsetAt, isTimeZone } from 'coalition-widgets/feed-format.js';
import type { CalendarWindow } from './calendar.js';
import { Failure } from '../command.js';
import { compact, type SourceResult, type Sourced } from './sourced.js';

/** The parts of a Mobilize event the feed uses (the public API's `Event` object). */
interface MobilizeEvent {
  id: number;
  title?: string;
  summary?: string;
  description?: string;
  featured_image_url?: string;
  timezone?: string;
  browser_url?: string;
  is_virtual?: boolean;
  virtual_action_url?: string | null;
  tags?: { name?: string }[];
  location?: {
    venue?: string;
    address_lines?: string[];
    locality?: string;
    region?: string;
    postal_code?: string;
  } | null;
  /** The organization hosting the event; `event_feed_url` is its page of events on Mobilize. */
  sponsor?: { name?: string; event_feed_url?: string } | null;
  accessibility_status?: 'ACCESSIBLE' | 'NOT_ACCESSIBLE' | 'NOT_SURE' | null;
  accessibility_notes?: string | null;
  timeslots?: {
    id: number;
    start_date: number;
    end_date?: number;
    /** The event's cap on sign-ups, when it has one. */
    max_attendees?: number | null;
    is_full?: boolean;
  }[];
}

interface Page {
  data?: MobilizeEvent[] | null;
  next?: string | null;
  error?: unknown;
}

/** Mobilize descriptions are HTML; the feed's text is never HTML, so tags go and entities become characters. */
export function plainText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<br\s*\/?>|<\/p>|<\/li>|<\/h\d>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[\da-f]+|\w+);/gi, (whole, name: string) =>
      name.startsWith('#')
        ? String.fromCodePoint(
            parseInt(name.slice(name[1] === 'x' || name[1] === 'X' ? 2 : 1), name[1]?.toLowerCase() === 'x' ? 16 : 10),
          )
        : (entities[name.toLowerCase()] ?? whole),
    )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const at = (seconds: number, zone: string): string => isoWithOffset(seconds * 1000, offsetAt(seconds * 1000, zone));

function eventsOf(event: MobilizeEvent, source: string, window: CalendarWindow): Sourced[] {
  const zone = event.timezone && isTimeZone(event.timezone) ? event.timezone : (window.timezone ?? 'UTC');
  const place = event.location;
  const address = [
    ...(place?.address_lines ?? []),
    [place?.locality, [place?.region, place?.postal_code].filter(Boolean).join(' ')].filter(Boolean).join(', '),
  ]
    .map((line) => line?.trim())
    .filter(Boolean)
    .join(', ');
  const description = plainText([event.summary, event.description].filter(Boolean).join('\n\n'));
  const online = event.is_virtual && event.virtual_action_url ? event.virtual_action_url : undefined;
  const tags = (event.tags ?? []).map((tag) => tag.name?.trim()).filter((name): name is string => !!name);
  const organizer = compact({ name: event.sponsor?.name?.trim(), url: event.sponsor?.event_feed_url ?? undefined });
  const accessNotes = event.accessibility_notes ? plainText(event.accessibility_notes) : '';
  return (event.timeslots ?? [])
    .filter((slot) => (slot.end_date ?? slot.start_date) * 1000 >= window.from && slot.start_date * 1000 < window.until)
    .map((slot) => ({
      list: 'events' as const,
      origin: `${source}: event ${event.id}, timeslot ${slot.id}`,
      entry: compact({
        id: `mobilize-${event.id}-${slot.id}`,
        title: event.title,
        start: at(slot.start_date, zone),
        end: slot.end_date && slot.end_date > slot.start_date ? at(slot.end_date, zone) : undefined,
        timezone: zone,
        description: description || undefined,
        tags: tags.length ? tags : undefined,
        location: compact({ name: place?.venue, address }),
        online: online ? { url: online } : undefined,
        rsvp: event.browser_url,
        image: event.featured_image_url ? { src: event.featured_image_url } : undefined,
        organizer: organizer?.name ? organizer : undefined,
        access: event.accessibility_status === 'ACCESSIBLE' ? ['wheelchair'] : undefined,
        accessNotes: accessNotes || undefined,
        maximumAttendeeCapacity: slot.max_attendees ?? undefined,
        // the public API says only whether a timeslot is full, not how many spots are left
        remainingAttendeeCapacity: slot.is_full ? 0 : undefined,
      })!,
    }));
}

/** Reads a page of JSON from the API; a failure is the build's one-line error. */
async function fetchPage(url: string, source: string): Promise<Page> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new Failure(`${source}: could not be reached (${(error as Error).cause ?? (error as Error).message})`);
  }
  if (!response.ok) throw new Failure(`${source}: answered ${response.status}`);
  try {
    return (await response.json()) as Page;
  } catch {
    throw new Failure(`${source}: not JSON from the Mobilize API`);
  }
}

/**
 * An organization's events on the Mobilize public API (`…/v1/organizations/<id>/events`), every
 * page followed: each timeslot within the window becomes an event, with the venue and address,
 * the virtual link, the event page as RSVP, the tags and the featured image, the sponsor as
 * organizer, `wheelchair` access when the event is marked accessible and its accessibility notes,
 * and the timeslot's cap on sign-ups (none left when it is full).
 */
export async function readMobilize(url: string, window: CalendarWindow): Promise<SourceResult> {
  const source = url;
  const entries: Sourced[] = [];
  const seen = new Set<string>();
  for (let next: string | null | undefined = url; next;) {
    if (seen.has(next)) break;
    seen.add(next);
    const page = await fetchPage(next, source);
    if (!Array.isArray(page.data))
      throw new Failure(`${source}: not a Mobilize events page (${JSON.stringify(page.error ?? 'no data')})`);
    for (const event of page.data) entries.push(...eventsOf(event, source, window));
    next = page.next ? new URL(page.next, next).href : undefined;
  }
  return { entries, warnings: [] };
}
