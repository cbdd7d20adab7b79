import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  calendarEntry,
  foldLine,
  googleCalendarUrl,
  outlookUrl,
  subscribeUrls,
  toIcs,
} from '../../src/format/calendar.js';
import { dayKey, displayZone, formatDayHeading, formatTimeRange } from '../../src/event-list/event-time.js';
import { eventsJsonLd, scriptSafeJson } from '../../src/event-list/json-ld.js';
import { groupByDay, neighborhoodsOf, selectEvents } from '../../src/event-list/select-events.js';
import { isPast } from '../../src/format/event-times.js';
import { validateFeed } from '../../src/format/validate-feed.js';
import { resolveText } from '../../src/format/resolve-text.js';
import type { CoalitionEvent } from '../../src/format/schema.js';
import { minimalFeed } from '../fixtures/feeds.js';

const event = (id: string, start: string, extra: Partial<CoalitionEvent> = {}): CoalitionEvent => ({
  id,
  title: id,
  start,
  ...extra,
});
const now = Date.parse('2026-12-01T12:00:00Z');
const en = (text: Parameters<typeof resolveText>[0]) => resolveText(text, 'en');

describe('selecting events', () => {
  const events = [
    event('later', '2026-12-20T18:00:00Z', { neighborhood: 'Montopolis', tags: ['housing'] }),
    event('sooner', '2026-12-02T18:00:00Z', { neighborhood: 'East Austin' }),
    event('ongoing', '2026-12-01T10:00:00Z', { end: '2026-12-01T14:00:00Z', tags: ['Housing'] }),
    event('ended', '2026-12-01T09:00:00Z', { end: '2026-12-01T11:00:00Z' }),
    event('old', '2026-11-01T09:00:00Z', { neighborhood: 'montopolis' }),
  ];

  it('counts an event as past when its end, or its start without an end, has passed', () => {
    expect(isPast(events[2]!, now)).to.be.false;
    expect(isPast(events[3]!, now)).to.be.true;
    expect(isPast(events[4]!, now)).to.be.true;
  });

  it('shows upcoming events soonest first, or past ones newest first', () => {
    expect(selectEvents(events, { now }).map((e) => e.id)).to.deep.equal(['ongoing', 'sooner', 'later']);
    expect(selectEvents(events, { now, past: true }).map((e) => e.id)).to.deep.equal(['ended', 'old']);
  });

  it('filters by neighborhood and tag, ignoring case', () => {
    expect(selectEvents(events, { now, tag: 'HOUSING' }).map((e) => e.id)).to.deep.equal(['ongoing', 'later']);
    expect(selectEvents(events, { now, past: true, neighborhood: 'Montopolis' }).map((e) => e.id)).to.deep.equal([
      'old',
    ]);
  });

  it('lists neighborhoods once each, whatever their capitals, alphabetically', () => {
    expect(neighborhoodsOf(events, 'en')).to.deep.equal(['East Austin', 'Montopolis']);
  });

  it('groups by the day each event is shown on, in its own time zone', () => {
    const late = event('late', '2026-12-03T03:00:00Z');
    const groups = groupByDay([events[1]!, late], () => 'America/Chicago');
    expect(groups.map((g) => [g.day, g.events.map((e) => e.id)])).to.deep.equal([['2026-12-02', ['sooner', 'late']]]);
    expect(groupByDay([late], () => 'UTC').map((g) => g.day)).to.deep.equal(['2026-12-03']);
  });
});

describe('event times', () => {
  it('uses the event zone in person, the coalition zone as fallback, and the viewer zone online only', () => {
    expect(
      displayZone(event('a', 'x', { timezone: 'America/Denver', location: { name: 'Hall' } }), 'America/Chicago'),
    ).to.equal('America/Denver');
    expect(displayZone(event('a', 'x'), 'America/Chicago')).to.equal('America/Chicago');
    expect(displayZone(event('a', 'x', { online: { url: 'https://x.org' } }), 'America/Chicago')).to.be.undefined;
    expect(
      displayZone(event('a', 'x', { online: { url: 'https://x.org' }, location: { name: 'Hall' } }), 'America/Chicago'),
    ).to.equal('America/Chicago');
  });

  it('formats a time range with a zone label', () => {
    const clinic = event('c', '2026-12-05T18:30:00-06:00', { end: '2026-12-05T20:00:00-06:00' });
    expect(formatTimeRange(clinic, 'America/Chicago', 'en-US').replace(/\s/g, ' ')).to.equal('6:30 – 8:00 PM CST');
    expect(formatTimeRange(clinic, 'America/New_York', 'en-US').replace(/\s/g, ' ')).to.equal('7:30 – 9:00 PM EST');
    expect(formatTimeRange({ ...clinic, end: undefined }, 'America/Chicago', 'en-US').replace(/\s/g, ' ')).to.equal(
      '6:30 PM CST',
    );
    const overnight = { ...clinic, end: '2026-12-06T10:00:00-06:00' };
    expect(formatTimeRange(overnight, 'America/Chicago', 'en-US'))
      .to.contain('Dec 5')
      .and.contain('Dec 6');
    expect(formatTimeRange(clinic, 'America/Chicago', 'es').replace(/\s/g, ' ')).to.match(/^18:30 ?– ?20:00 /);
  });

  it('names the day, with the year only when it is not this year', () => {
    expect(dayKey(new Date('2026-12-05T03:00:00Z'), 'America/Chicago')).to.equal('2026-12-04');
    expect(formatDayHeading('2026-12-05', 'en-US', 2026)).to.equal('Saturday, December 5');
    expect(formatDayHeading('2027-01-16', 'en-US', 2026)).to.equal('Saturday, January 16, 2027');
    expect(formatDayHeading('2026-12-05', 'es', 2026)).to.equal('sábado, 5 de diciembre');
  });
});

describe('calendar files', () => {
  const { feed } = validateFeed({
    ...minimalFeed,
    coalition: { name: 'Test Coalition', url: 'https://example.org' },
    events: [
      {
        id: 'clinic',
        title: 'Tenant clinic; bring leases, questions\\ and friends',
        start: '2026-12-05T18:30:00-06:00',
        end: '2026-12-05T20:00:00-06:00',
        description: `Line one\nLíne two with ünïcödé ${'and a long sentence that must be folded '.repeat(4)}`,
        location: { name: 'Montopolis Rec Center', address: '1200 Montopolis Dr, Austin, TX' },
        rsvp: 'https://example.org/rsvp',
      },
    ],
  });
  const entry = calendarEntry(feed.events[0]!, feed, en);
  const ics = toIcs([entry], feed.coalition.name, new Date('2026-11-24T10:00:00Z'));

  it('writes an RFC 5545 file that a real iCalendar parser reads back exactly', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const parsed = new ICAL.Event(vevent);
    expect(parsed.uid).to.equal('clinic@example.org');
    expect(parsed.summary).to.equal('Tenant clinic; bring leases, questions\\ and friends');
    expect(parsed.location).to.equal('Montopolis Rec Center, 1200 Montopolis Dr, Austin, TX');
    expect(parsed.description).to.equal(entry.description);
    expect(parsed.startDate.toJSDate().toISOString()).to.equal('2026-12-06T00:30:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).to.equal('2026-12-06T02:00:00.000Z');
    expect(vevent.getFirstPropertyValue('url')).to.equal('https://example.org/rsvp');
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).to.equal('2026-11-24T10:00:00Z');
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
  });

  it('ends lines with CRLF, folds them at 75 octets, and escapes text', () => {
    expect(ics.endsWith('\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).not.to.contain('\n');
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(ics).to.contain('SUMMARY:Tenant clinic\\; bring leases\\, questions\\\\ and friends');
    expect(ics).to.contain('DESCRIPTION:Line one\\nLíne two');
  });

  it('never folds inside a multi-byte character', () => {
    const folded = foldLine(`SUMMARY:${'ü'.repeat(100)}`);
    expect(folded.split('\r\n ').join('')).to.equal(`SUMMARY:${'ü'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  });

  it('builds a Google Calendar link with dates=', () => {
    const url = new URL(googleCalendarUrl(entry));
    expect(url.origin).to.equal('https://calendar.google.com');
    expect(url.searchParams.get('dates')).to.equal('20261206T003000Z/20261206T020000Z');
    expect(url.searchParams.get('text')).to.equal(entry.title);
    expect(url.searchParams.get('location')).to.equal(entry.location);
    const noEnd = new URL(googleCalendarUrl({ ...entry, end: undefined }));
    expect(noEnd.searchParams.get('dates')).to.equal('20261206T003000Z/20261206T013000Z');
  });
});

describe('all-day events', () => {
  const { feed } = validateFeed({
    ...minimalFeed,
    coalition: { name: 'Test Coalition', url: 'https://example.org', timezone: 'America/Chicago' },
    events: [
      { id: 'drive', title: 'Coat drive', start: '2027-01-30', end: '2027-02-01' },
      { id: 'clinic', title: 'Clinic', start: '2027-01-31T09:00' },
    ],
  });
  const [drive, clinic] = feed.events as [CoalitionEvent, CoalitionEvent];

  it('stays upcoming through its last day, across a month end, in the coalition’s zone', () => {
    const at = (iso: string) => selectEvents(feed.events, { now: Date.parse(iso) }).map((e) => e.id);
    expect(at('2027-01-30T05:59:00Z')).to.deep.equal(['drive', 'clinic']);
    expect(at('2027-02-01T12:00:00Z')).to.deep.equal(['drive']);
    expect(at('2027-02-02T05:59:59Z')).to.deep.equal(['drive']);
    expect(at('2027-02-02T06:00:00Z')).to.deep.equal([]);
  });

  it('is grouped on its first day wherever it is read', () => {
    expect(
      groupByDay([drive, clinic], () => 'Asia/Tokyo').map((g) => [g.day, g.events.map((e) => e.id)]),
    ).to.deep.equal([
      ['2027-01-30', ['drive']],
      ['2027-02-01', ['clinic']],
    ]);
  });

  it('becomes VALUE=DATE in an .ics file, with the day after its last as DTEND', () => {
    const ics = toIcs([calendarEntry(drive, feed, en)], feed.coalition.name, new Date('2027-01-01T00:00:00Z'));
    expect(ics).to.contain('DTSTART;VALUE=DATE:20270130\r\nDTEND;VALUE=DATE:20270202\r\n');
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(parsed.startDate.isDate).to.be.true;
    expect(parsed.startDate.toString()).to.equal('2027-01-30');
    expect(parsed.endDate.toString()).to.equal('2027-02-02');
  });
});

describe('calendar links', () => {
  const { feed } = validateFeed({
    ...minimalFeed,
    events: [{ id: 'a', title: 'Town hall', start: '2027-03-20T10:00:00-05:00', description: 'Bring a friend' }],
  });
  const entry = calendarEntry(feed.events[0]!, feed, en);

  it('gives an event without an end one hour in Outlook, and its notes', () => {
    for (const service of ['live', 'office'] as const) {
      const params = new URL(outlookUrl(entry, service)).searchParams;
      expect(params.get('startdt')).to.equal('2027-03-20T15:00:00Z');
      expect(params.get('enddt')).to.equal('2027-03-20T16:00:00Z');
      expect(params.get('body')).to.equal('Bring a friend');
      expect(params.has('location')).to.be.false;
    }
  });

  it('subscribes by webcal: and through Google Calendar’s cid', () => {
    for (const address of [
      'https://example.org/events.ics?lang=es',
      'http://example.org/events.ics',
      'HTTPS://example.org/e.ics',
    ]) {
      const { webcal, google } = subscribeUrls(address);
      expect(webcal).to.equal(address.replace(/^https?:/i, 'webcal:'));
      expect(new URL(google).searchParams.get('cid')).to.equal(webcal);
    }
  });
});

describe('JSON-LD', () => {
  it('describes events as schema.org Events', () => {
    const { feed } = validateFeed({
      ...minimalFeed,
      speakers: [{ id: 'ana', name: 'Ana' }],
      events: [
        {
          id: 'a',
          title: 'Town hall',
          start: '2026-12-05T18:30:00-06:00',
          status: 'cancelled',
          online: { url: 'https://x.org/live' },
          speakers: ['ana'],
        },
      ],
    });
    const [json] = eventsJsonLd(feed.events, feed, en) as Record<string, unknown>[];
    expect(json).to.include({ '@type': 'Event', name: 'Town hall', startDate: '2026-12-05T18:30:00-06:00' });
    expect(json!['eventStatus']).to.equal('https://schema.org/EventCancelled');
    expect(json!['eventAttendanceMode']).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(json!['performer']).to.deep.equal([{ '@type': 'Person', name: 'Ana' }]);
  });

  it('names the event’s host, its capacity and its image, else the coalition as organizer', () => {
    const { feed } = validateFeed({
      ...minimalFeed,
      coalition: { name: 'Test Coalition', url: 'https://coalition.example.org' },
      events: [
        {
          id: 'a',
          title: 'Clinic',
          start: '2026-12-05T18:30:00-06:00',
          organizer: { name: 'Montopolis Neighbors', url: 'https://example.org/mn' },
          maximumAttendeeCapacity: 40,
          remainingAttendeeCapacity: 8,
          image: { src: 'https://example.org/clinic.jpg', alt: 'Neighbors' },
        },
        { id: 'b', title: 'Walk', start: '2026-12-06T18:30:00-06:00' },
      ],
    });
    const [hosted, own] = eventsJsonLd(feed.events, feed, en) as Record<string, unknown>[];
    expect(hosted).to.deep.include({
      organizer: { '@type': 'Organization', name: 'Montopolis Neighbors', url: 'https://example.org/mn' },
      maximumAttendeeCapacity: 40,
      remainingAttendeeCapacity: 8,
      image: 'https://example.org/clinic.jpg',
    });
    expect(own!['organizer']).to.deep.equal({
      '@type': 'Organization',
      name: 'Test Coalition',
      url: 'https://coalition.example.org',
    });
    expect(JSON.parse(JSON.stringify(own))).not.to.have.any.keys(
      'maximumAttendeeCapacity',
      'remainingAttendeeCapacity',
    );
  });

  it('cannot break out of its script element', () => {
    const text = scriptSafeJson({ name: '</script><script>alert(1)</script>&\u2028' });
    expect(text).not.to.contain('<');
    expect(text).not.to.contain('>');
    expect(JSON.parse(text)).to.deep.equal({ name: '</script><script>alert(1)</script>&\u2028' });
  });
});
