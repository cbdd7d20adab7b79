// Writes schema/feed.schema.json from the shapes the widgets validate with (run after tsc: `npm run schema`).
import { writeFileSync } from 'node:fs';
import { feedJsonSchema } from '../dist/format/json-schema.js';

const descriptions = {
  version: 'The feed format version: always 1.',
  coalition: 'Who publishes the feed.',
  'coalition.name': 'The coalition’s name, as residents know it.',
  'coalition.url': 'The coalition’s website.',
  'coalition.logo': 'Address of the coalition’s logo image.',
  'coalition.email': 'Where feedback goes when there is no feedback endpoint.',
  'coalition.timezone': 'IANA time zone for events that name none, such as America/Chicago.',
  'coalition.accent': 'Brand colour for links and buttons, such as #7a3cff.',
  'coalition.calendar': 'Address of an .ics file of all events (coalition-widgets ics makes one), for subscribing.',
  victories: 'Wins to celebrate, in any order (shown newest first).',
  'victories.*.id': 'A short name, unique among the victories, such as bus-route-7.',
  'victories.*.title': 'What was won.',
  'victories.*.date': 'The day it was won: YYYY-MM-DD.',
  'victories.*.share':
    'Address of the victory’s own share page (coalition-widgets publish writes it), shared before url.',
  'victories.*.metric': 'A number to show: value, unit and, if there is one, the goal.',
  events: 'Events, in any order (shown soonest first, past ones hidden).',
  'events.*.id': 'A short name, unique among the events.',
  'events.*.start':
    'When it starts: with its offset (2026-12-05T18:30:00-06:00), as local time in the event’s or coalition’s timezone (2027-03-20T10:00), or a date for an all-day event (2027-01-16).',
  'events.*.end': 'When it ends, in the same forms; an all-day event’s last day (included).',
  'events.*.timezone': 'IANA time zone of the event, if not the coalition’s.',
  'events.*.status': 'scheduled, cancelled, postponed or rescheduled.',
  'events.*.location': 'Where it happens in person.',
  'events.*.online': 'Where to join online.',
  'events.*.rsvp': 'Link to sign up.',
  'events.*.speakers': 'Ids of speakers from the speakers list.',
  'events.*.image': 'A picture shown small beside the event: src, and alt text describing it.',
  'events.*.organizer': 'Who hosts it, if not the coalition: name and, if there is one, url ("Hosted by …").',
  'events.*.access':
    'What it offers for access: wheelchair, asl, interpretation, childcare, food, transit, captions (shown in words).',
  'events.*.accessNotes': 'More about access, such as "Spanish and Vietnamese interpretation; ramp at the side door".',
  'events.*.maximumAttendeeCapacity': 'How many people can come, a whole number.',
  'events.*.remainingAttendeeCapacity': 'How many spots are left, a whole number: 0 shows "Full" and a waitlist link.',
  'events.*.recording': 'Address of the recording, shown once the event is past ("Watch the recording").',
  'events.*.series':
    'Shared by the occurrences of one recurring event: id (required) and rule, an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=TU.',
  speakers: 'People who speak for the coalition.',
  'speakers.*.id': 'A short name, unique among the speakers, used by speaker cards and events.',
  feedback: 'What the feedback form asks, and where answers go.',
  'feedback.endpoint': 'Address that receives answers by POST; without it the form writes an email.',
  'feedback.format': 'json, or form for form services that expect form fields.',
  'feedback.questions': 'Questions asked before the free-text message; each id once (a repeated one is left out).',
  'feedback.questions.*.type': 'text, textarea, choice, multi, rating or email.',
};

writeFileSync('schema/feed.schema.json', `${JSON.stringify(feedJsonSchema(descriptions), null, 2)}\n`);
console.log('wrote schema/feed.schema.json');
