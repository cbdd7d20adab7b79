import { registerStrings } from '../../core/register-translation.js';
import type { EventListStrings } from '../../core/strings.js';

// English: the words of the event list.
const eventList = registerStrings<EventListStrings>({
  $code: 'en',
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
  subscribe: 'Subscribe',
  subscribeGoogle: 'Subscribe in Google',
  allDay: 'All day',
});

export default eventList;
