import type { CoalitionEvent, Feed, Text } from '../format/schema.js';

/** schema.org `Event` objects for the events shown, so search engines can read them. */
export function eventsJsonLd(
  events: readonly CoalitionEvent[],
  feed: Feed,
  text: (value: Text | undefined) => string,
): object[] {
  const speakers = new Map(feed.speakers.map((speaker) => [speaker.id, speaker.name]));
  return events.map((event) => {
    const status = event.status ?? 'scheduled';
    const place = event.location && {
      '@type': 'Place',
      name: event.location.name ?? event.location.address,
      address: event.location.address,
      url: event.location.url,
    };
    const virtual = event.online && { '@type': 'VirtualLocation', url: event.online.url };
    return {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: text(event.title),
      startDate: event.start,
      endDate: event.end,
      description: text(event.description) || undefined,
      // schema.org names the statuses EventScheduled, EventCancelled, EventPostponed, EventRescheduled
      eventStatus: `https://schema.org/Event${status[0]!.toUpperCase()}${status.slice(1)}`,
      eventAttendanceMode: `https://schema.org/${place && virtual ? 'Mixed' : virtual ? 'Online' : 'Offline'}EventAttendanceMode`,
      location: place && virtual ? [place, virtual] : (place ?? virtual),
      url: event.rsvp,
      image: event.image?.src,
      // the partner hosting it, else the coalition that publishes the feed
      organizer: {
        '@type': 'Organization',
        ...(event.organizer ?? { name: feed.coalition.name, url: feed.coalition.url }),
      },
      maximumAttendeeCapacity: event.maximumAttendeeCapacity,
      remainingAttendeeCapacity: event.remainingAttendeeCapacity,
      performer: event.speakers?.map((id) => ({ '@type': 'Person', name: speakers.get(id) })),
    };
  });
}

/** JSON for a `<script>` element: nothing in it can close the element or start markup. */
export const scriptSafeJson = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
