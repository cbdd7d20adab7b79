import { pluralFor } from '../../core/plural.js';
import { registerStrings } from '../../core/register-translation.js';
import type { EventListStrings } from '../../core/strings.js';

// English: the words of the event list.
const plural = pluralFor('en');

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
  hostedBy: (name) => `Hosted by ${name}`,
  accessNames: {
    wheelchair: 'Wheelchair accessible',
    asl: 'Sign language (ASL)',
    interpretation: 'Interpretation',
    childcare: 'Childcare',
    food: 'Food',
    transit: 'Near public transit',
    captions: 'Live captions',
  },
  accessLabel: 'Access',
  anyAccess: 'Any',
  spotsLeft: (count) => plural(count, { one: '1 spot left', other: `${count} spots left` }),
  full: 'Full',
  waitlist: 'Join the waitlist',
  recording: 'Watch the recording',
  every: (days) => `Every ${days}`,
  everyDay: 'Every day',
  repeats: 'Repeats',
  moreDates: (count) => plural(count, { one: '1 more date', other: `${count} more dates` }),
  calendar: 'Add to calendar',
  calendarUnavailable: 'The calendar choices could not load. Check your connection and try again.',
  search: 'Search',
  topicChooser: 'Topic',
  allTopics: 'All topics',
  matches: (count) => plural(count, { one: '1 event', other: `${count} events` }),
  noMatch: 'No events match your search.',
  clearFilters: 'Clear filters',
});

export default eventList;
