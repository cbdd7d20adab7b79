// `coalition-widgets build` and `ics`, as a coalition's scheduled job runs them: files and a
// loopback HTTP server standing in for Google Sheets and the Mobilize API.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import ICAL from 'ical.js';
import { timesOf, validateFeed } from 'coalition-widgets/feed-format.js';
import { runAt } from './run.js';

const NOW = '2027-02-01T00:00:00Z';
const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;
const scratch = (name: string) => join(mkdtempSync(join(tmpdir(), 'build-')), name);

interface BuiltEvent {
  id: string;
  title: string | Record<string, string>;
  start: string;
  end?: string;
  timezone?: string;
  status?: string;
  description?: string | Record<string, string>;
  tags?: string[];
  location?: { name?: string; address?: string; url?: string };
  online?: { url: string };
  rsvp?: string;
  image?: { src: string };
  organizer?: { name: string; url?: string };
  access?: string[];
  accessNotes?: string | Record<string, string>;
  maximumAttendeeCapacity?: number;
  remainingAttendeeCapacity?: number;
  recording?: string;
  series?: { id: string; rule?: string };
}
interface Built {
  coalition: { name: string };
  victories: { id: string; title: unknown; metric?: unknown; tags?: string[]; summary?: string }[];
  events: BuiltEvent[];
  speakers: { id: string; name: string; links?: unknown; role?: unknown; photo?: unknown }[];
  feedback: unknown;
}

async function build(...args: string[]) {
  const result = await runAt(NOW, 'build', '--base', fixture('base.json'), ...args);
  return { ...result, feed: result.code === 0 && result.stdout ? (JSON.parse(result.stdout) as Built) : undefined };
}

let server: Server;
let origin: string;
before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://x');
    const files: Record<string, [string, string]> = {
      '/sheets/victories.csv': ['victories.csv', 'text/csv'],
      '/feeds/feed.json': ['relative-feed.json', 'application/json'],
      '/v1/organizations/42/events': [`mobilize-page-${url.searchParams.get('page') ?? 1}.json`, 'application/json'],
    };
    const file = files[url.pathname];
    if (!file) return response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': file[1] }).end(readFileSync(fixture(file[0])));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

describe('coalition-widgets build --calendar', () => {
  let events: BuiltEvent[];
  let warnings: string;
  before(async () => {
    const result = await build('--calendar', fixture('calendar.ics'));
    assert.equal(result.code, 0, result.stderr);
    events = result.feed!.events;
    warnings = result.stderr;
  });
  const byId = (suffix: string) => events.filter((event) => event.id.startsWith(suffix));

  it('makes one event per occurrence, at the same wall-clock time on both sides of a DST change', () => {
    const meetings = byId('weekly-meeting@tenants.example.org@');
    assert.deepEqual(
      meetings.map((event) => [event.id.split('@').at(-1), event.start]),
      [
        // as the calendar wrote them, in their zone (the ics test below checks their instants)
        ['20270302T183000', '2027-03-02T18:30:00'],
        // 9 March is an EXDATE; 16 March was moved to Wednesday the 17th
        ['20270316T183000', '2027-03-17T19:00:00'],
        ['20270323T183000', '2027-03-23T18:30:00'],
        // an RDATE
        ['20270330T183000', '2027-03-30T18:30:00'],
      ],
    );
    assert.equal(meetings[1]!.title, 'Tenant union meeting (moved to Wednesday)');
    assert.equal(meetings[2]!.status, 'cancelled');
    assert.equal(meetings[0]!.timezone, 'America/Chicago');
  });

  it('gives each occurrence of a recurring event its series: the UID and the RRULE', () => {
    const series = { id: 'weekly-meeting@tenants.example.org', rule: 'FREQ=WEEKLY;COUNT=4' };
    // the moved, the cancelled and the RDATE's occurrence are still of the series
    assert.deepEqual(
      byId('weekly-meeting@').map((event) => event.series),
      [series, series, series, series],
    );
    const single = events.filter((event) => !event.id.startsWith('weekly-meeting@'));
    assert.ok(single.length > 0);
    assert.deepEqual(
      single.filter((event) => event.series),
      [],
    );
  });

  it('carries over LOCATION, URL, DESCRIPTION and CATEGORIES; a link as LOCATION is the online link', () => {
    const [first] = byId('weekly-meeting');
    assert.deepEqual(first!.location, { name: 'Montopolis Rec Center, 1200 Montopolis Dr' });
    assert.equal(first!.rsvp, 'https://tenants.example.org/meetings');
    assert.equal(first!.description, 'Bring your lease.\nSpanish interpretation available.');
    assert.deepEqual(first!.tags, ['housing', 'organizing']);
    const [townHall] = byId('town-hall');
    assert.deepEqual(townHall!.online, { url: 'https://tenants.example.org/live' });
    assert.equal(townHall!.start, '2027-04-01T23:00:00Z');
  });

  it('reads TZIDs as IANA zones, or through the file’s own VTIMEZONE (Outlook names)', () => {
    assert.equal(byId('madrid')[0]!.start, '2027-04-05T18:00:00');
    assert.equal(byId('madrid')[0]!.timezone, 'Europe/Madrid');
    assert.equal(byId('outlook')[0]!.start, '2027-04-06T09:00:00-05:00');
    assert.equal(byId('outlook')[0]!.timezone, undefined);
  });

  it('leaves out past events, and keeps all-day ones as dates, the last day included', () => {
    assert.equal(byId('long-ago').length, 0);
    assert.equal(warnings, '');
    assert.deepEqual(
      [...byId('food-drive'), ...byId('coat-drive')].map(({ start, end }) => [start, end]),
      [
        ['2027-03-20', undefined],
        ['2027-02-27', '2027-03-01'],
      ],
    );
  });

  it('keeps ids stable between runs, and writes the same bytes for the same input', async () => {
    const again = await build('--calendar', fixture('calendar.ics'));
    const once = await build('--calendar', fixture('calendar.ics'));
    assert.equal(again.stdout, once.stdout);
    assert.deepEqual(
      again.feed!.events.map((event) => event.id),
      events.map((event) => event.id),
    );
  });

  it('takes only occurrences within --months', async () => {
    const { feed } = await build('--calendar', fixture('calendar.ics'), '--months', '2');
    assert.ok(feed!.events.every((event) => event.start < '2027-04-01'));
    assert.ok(feed!.events.length < events.length);
  });
});

describe('coalition-widgets build from spreadsheets', () => {
  let feed: Built;
  let warnings: string;
  before(async () => {
    const result = await build(
      '--victories',
      `${origin}/sheets/victories.csv`,
      '--events',
      fixture('events.csv'),
      '--speakers',
      fixture('speakers.csv'),
    );
    assert.equal(result.code, 0, result.stderr);
    feed = result.feed!;
    warnings = result.stderr;
  });

  it('reads a published sheet by URL: BOM, quoted commas and line breaks, Spanish twins, 1,200 as a number', () => {
    const [fund, route] = feed.victories;
    assert.equal(fund!.id, 'eviction-defense-fund-2026-06-02');
    assert.deepEqual(fund!.title, { en: 'Eviction defense fund', es: 'Fondo de defensa contra desalojos' });
    assert.equal(fund!.summary, 'Legal help for tenants facing eviction, free.');
    assert.deepEqual(fund!.metric, { value: 1200, unit: { en: 'households', es: 'hogares' }, goal: 2000 });
    assert.deepEqual(fund!.tags, ['housing', 'legal']);
    assert.equal(route!.id, 'route-7');
    assert.equal(route!.summary, 'Two lines:\nservice is back');
  });

  it('leaves a bad row out, naming its file, row and column, and keeps the rest', () => {
    assert.equal(feed.victories.length, 2);
    assert.match(warnings, /victories\.csv: row 4, date: "next week" is not a date \(2024-03-14\); row left out/);
  });

  it("keeps local times as the sheet has them, read in the row's zone or the coalition's, and says when a time does not exist", () => {
    const starts = Object.fromEntries(feed.events.map((event) => [event.id, [event.start, event.end, event.timezone]]));
    assert.deepEqual(starts['know-your-rights-2027-03-20'], ['2027-03-20T10:00', '2027-03-20T12:00', undefined]);
    assert.deepEqual(starts['madrid-meet-up-2027-04-10'], ['2027-04-10T19:00', undefined, 'Europe/Madrid']);
    assert.match(
      warnings,
      /events\.csv: row 4, start: "2027-03-14 02:30" does not exist in America\/Chicago ; shown as 2027-03-14T03:30:00-05:00\n/,
    );
    const clinic = feed.events.find((event) => event.id === 'know-your-rights-2027-03-20')!;
    assert.deepEqual(clinic.description, { en: 'Learn your rights', es: 'Conoce tus derechos' });
    assert.deepEqual(clinic.location, {
      name: 'Rec Center',
      address: '1200 Montopolis Dr',
      url: 'https://maps.example.org/rec',
    });
    assert.equal(feed.events.find((event) => event.id === 'madrid-meet-up-2027-04-10')!.status, 'postponed');
    assert.match(warnings, /events\.csv: row 5, speakers: no speaker "nobody"; value ignored/);
  });

  it('keeps all-day rows, and leaves out a row whose zone is not one, in one line', () => {
    const drive = feed.events.find((event) => event.title === 'Coat drive')!;
    assert.deepEqual([drive.id, drive.start, drive.end], ['coat-drive-2027-02-27', '2027-02-27', '2027-03-01']);
    assert.equal(
      feed.events.some((event) => event.title === 'Wrong zone'),
      false,
    );
    assert.match(
      warnings,
      /events\.csv: row 7, timezone: "Central Time" is not an IANA time zone \(America\/Chicago\); row left out$/m,
    );
    assert.doesNotMatch(warnings, /RangeError|^\s+at /m);
  });

  it('adds speakers to the base feed’s, with labelled links one per line or separated by ;', () => {
    assert.deepEqual(
      feed.speakers.map((speaker) => speaker.id),
      ['ana-flores', 'chas-moore', 'devin-davis'],
    );
    const [, chas, devin] = feed.speakers;
    assert.deepEqual(chas!.links, [
      { label: 'Website', url: 'https://chas.example.org' },
      { label: 'Email', url: 'mailto:chas@example.org' },
    ]);
    assert.deepEqual(chas!.photo, { src: 'img/chas.jpg', alt: 'Chas smiling' });
    assert.deepEqual(devin!.links, [
      { label: 'devin.example.org', url: 'https://devin.example.org' },
      { label: 'Bluesky', url: 'https://bsky.example/devin' },
    ]);
  });

  it('writes a feed that passes validate and keeps what the base holds', async () => {
    const out = scratch('feed.json');
    const result = await runAt(
      NOW,
      'build',
      '--base',
      fixture('base.json'),
      '--speakers',
      fixture('speakers.csv'),
      '--out',
      out,
    );
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /wrote .*feed\.json: 0 victories, 0 events, 3 speakers/);
    const validated = await runAt(NOW, 'validate', out);
    assert.equal(validated.code, 0, validated.stdout);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(written.feedback, { endpoint: '/feedback', prompt: 'What should we work on next?' });
    assert.equal(written.coalition.calendar, 'events.ics');
  });
});

describe('coalition-widgets build: what residents look for, from a sheet', () => {
  let events: BuiltEvent[];
  let warnings: string;
  before(async () => {
    const result = await build('--events', fixture('events-residents.csv'));
    assert.equal(result.code, 0, result.stderr);
    events = result.feed!.events;
    warnings = result.stderr;
  });
  const byId = (id: string) => events.find((event) => event.id === id)!;

  it('reads the host, access keys (by , or ;, any case), access notes in two languages, capacity and spots left', () => {
    const clinic = byId('clinic');
    assert.deepEqual(clinic.organizer, { name: 'Montopolis Neighbors', url: 'https://example.org/montopolis' });
    assert.deepEqual(clinic.access, ['wheelchair', 'asl', 'childcare']);
    assert.deepEqual(clinic.accessNotes, { en: 'Ramp at the side door', es: 'Rampa en la puerta lateral' });
    assert.equal(clinic.maximumAttendeeCapacity, 1200);
    assert.equal(clinic.remainingAttendeeCapacity, 8);
    assert.equal(byId('walk').recording, 'https://example.org/recordings/walk');
  });

  it('leaves out an unknown access key, a capacity that is not a count, and a host without a name, naming each row and column', () => {
    const forum = byId('forum');
    assert.deepEqual(forum.access, ['wheelchair']);
    assert.equal(forum.maximumAttendeeCapacity, undefined);
    assert.equal(forum.remainingAttendeeCapacity, undefined);
    assert.equal(forum.recording, 'https://example.org/recordings/forum');
    assert.equal(byId('walk').organizer, undefined);
    assert.match(warnings, /events-residents\.csv: row 3, access\[1\]: [^\n]*"jacuzzi"/);
    assert.match(warnings, /events-residents\.csv: row 3, maximumAttendeeCapacity: /);
    assert.match(warnings, /events-residents\.csv: row 3, remainingAttendeeCapacity: /);
    assert.match(warnings, /events-residents\.csv: row 4, organizer(\.name)?: /);
  });
});

describe('the spreadsheet templates (templates/)', () => {
  it('build with --strict: every column understood, no row left out', async () => {
    const template = (name: string) => new URL(`../../templates/${name}.csv`, import.meta.url).pathname;
    const { code, stdout, stderr } = await runAt(
      '2027-01-01T00:00:00Z',
      'build',
      '--base',
      fixture('minimal-base.json'),
      '--strict',
      ...['victories', 'events', 'speakers'].flatMap((name) => [`--${name}`, template(name)]),
    );
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout) as Built;
    assert.deepEqual([feed.victories.length, feed.events.length, feed.speakers.length], [2, 2, 2]);
    const [clinic, townHall] = feed.events;
    assert.deepEqual(clinic!.organizer, {
      name: 'Montopolis Neighbors',
      url: 'https://your-coalition.org/partners/montopolis',
    });
    assert.deepEqual(clinic!.access, ['wheelchair', 'interpretation', 'childcare']);
    assert.deepEqual([clinic!.maximumAttendeeCapacity, clinic!.remainingAttendeeCapacity], [40, 12]);
    assert.deepEqual(townHall!.access, ['captions']);
    assert.equal(townHall!.recording, 'https://your-coalition.org/recordings/town-hall');
  });
});

describe('coalition-widgets build --mobilize', () => {
  it('follows every page and makes an event of each timeslot', async () => {
    const { code, feed, stderr } = await build('--mobilize', `${origin}/v1/organizations/42/events`);
    assert.equal(code, 0, stderr);
    assert.deepEqual(
      feed!.events.map((event) => [event.id, event.start]),
      [
        ['mobilize-501-9001', '2027-02-27T10:00:00-06:00'],
        ['mobilize-502-9100', '2027-03-02T11:00:00-05:00'],
        ['mobilize-501-9002', '2027-03-06T10:00:00-06:00'],
      ],
    );
    const [canvass, phoneBank] = feed!.events;
    assert.deepEqual(canvass!.location, { name: 'Ruiz Library', address: '1600 Grove Blvd, Austin, TX 78741' });
    assert.equal(canvass!.rsvp, 'https://www.mobilize.us/tenants/event/501/');
    assert.deepEqual(canvass!.image, { src: 'https://mobilize.example/img/501.jpg' });
    assert.deepEqual(canvass!.tags, ['housing', 'canvass']);
    assert.equal(
      canvass!.description,
      "Knock doors with us\n\nMeet at the library & we'll pair you up.\nWater provided.",
    );
    assert.deepEqual(phoneBank!.online, { url: 'https://zoom.example/j/123' });
    assert.equal(phoneBank!.location, undefined);
  });

  it('carries the sponsor as host, accessibility as access and notes, and each timeslot’s capacity', async () => {
    const { code, feed, stderr } = await build('--mobilize', `${origin}/v1/organizations/42/events`);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const [first, phoneBank, full] = feed!.events;
    assert.deepEqual(first!.organizer, { name: 'Montopolis Tenants Union', url: 'https://www.mobilize.us/tenants/' });
    assert.deepEqual(first!.access, ['wheelchair']);
    assert.equal(first!.accessNotes, 'Ramp at the side door & an accessible restroom.');
    assert.deepEqual([first!.maximumAttendeeCapacity, first!.remainingAttendeeCapacity], [30, undefined]);
    // the second timeslot of the same event is full: no spots left
    assert.deepEqual([full!.maximumAttendeeCapacity, full!.remainingAttendeeCapacity], [30, 0]);
    // no sponsor, accessibility not known, no cap
    for (const field of ['organizer', 'access', 'accessNotes', 'maximumAttendeeCapacity', 'remainingAttendeeCapacity'])
      assert.equal(phoneBank![field as keyof BuiltEvent], undefined, field);
  });
});

describe('coalition-widgets build when a source cannot be read', () => {
  const cases: [string, string[], RegExp][] = [
    ['a missing file', ['--events', 'no/such.csv'], /^no\/such\.csv: no such file$/],
    [
      'an unreachable URL',
      ['--calendar', 'http://127.0.0.1:9/cal.ics'],
      /^http:\/\/127\.0\.0\.1:9\/cal\.ics: could not be reached/,
    ],
    [
      'a CSV with none of the expected columns',
      ['--victories', fixture('calendar.ics')],
      /none of the expected columns \(id, title, date/,
    ],
    ['a calendar that is not iCalendar', ['--calendar', fixture('events.csv')], /events\.csv: not an iCalendar file/],
  ];
  for (const [name, args, message] of cases) {
    it(`stops on ${name} with one line, exit 1, and leaves --out untouched`, async () => {
      const out = scratch('feed.json');
      writeFileSync(out, 'the feed published yesterday');
      const { code, stderr } = await build(...args, '--out', out);
      assert.equal(code, 1);
      assert.match(stderr.trim(), message);
      assert.equal(stderr.trim().split('\n').length, 1);
      assert.equal(readFileSync(out, 'utf8'), 'the feed published yesterday');
    });
  }

  it('stops on a coalition time zone that is not one, in one line, without a stack trace', async () => {
    const base = scratch('base.json');
    writeFileSync(base, JSON.stringify({ version: 1, coalition: { name: 'X', timezone: 'Central' } }));
    const { code, stderr } = await runAt(NOW, 'build', '--base', base, '--events', fixture('events.csv'));
    assert.equal(code, 1);
    assert.equal(stderr.trim(), `${base}: coalition.timezone: "Central" is not an IANA time zone (America/Chicago)`);
  });

  it('exits 1 on any warning with --strict, writing nothing', async () => {
    const out = scratch('feed.json');
    const { code, stderr } = await build('--victories', fixture('victories.csv'), '--strict', '--out', out);
    assert.equal(code, 1);
    assert.match(stderr, /--strict: nothing written/);
    assert.throws(() => readFileSync(out));
  });

  it('explains its usage', async () => {
    assert.equal((await runAt(NOW, 'build', '--help')).code, 0);
    assert.equal((await runAt(NOW, 'build')).code, 2);
    assert.equal((await runAt(NOW, 'build', '--base', fixture('base.json'), '--months', 'six')).code, 2);
  });
});

describe('coalition-widgets ics', () => {
  it('writes every upcoming event, round-tripping to the same instants through a real iCalendar parser', async () => {
    const built = scratch('feed.json');
    await runAt(NOW, 'build', '--base', fixture('base.json'), '--calendar', fixture('calendar.ics'), '--out', built);
    const { feed } = validateFeed(JSON.parse(readFileSync(built, 'utf8')));
    const out = scratch('events.ics');
    const { code, stderr } = await runAt(NOW, 'ics', built, '--out', out);
    assert.equal(code, 0, stderr);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8')) as unknown[]);
    const vevents = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    assert.equal(vevents.length, feed.events.length);
    for (const [i, event] of feed.events.entries()) {
      const { startDate, uid } = vevents[i]!;
      if (startDate.isDate) assert.equal(startDate.toString(), event.start, event.id);
      else assert.equal(startDate.toJSDate().getTime(), timesOf(event).start, event.id);
      assert.equal(uid, `${event.id}@tenants.example.org`);
    }
    // the one across a month end: DTEND is the day after its last
    const coats = vevents.find((vevent) => vevent.uid.startsWith('coat-drive'))!;
    assert.deepEqual([coats.startDate.toString(), coats.endDate.toString()], ['2027-02-27', '2027-03-02']);
    const cancelled = vevents.find((vevent) => vevent.uid.includes('20270323T183000'))!;
    assert.equal(cancelled.component.getFirstPropertyValue('status'), 'CANCELLED');
  });

  it('leaves out events that are over, and explains its usage', async () => {
    const late = await runAt('2027-03-31T00:00:00Z', 'ics', fixture('base.json'));
    assert.equal(late.code, 0);
    assert.doesNotMatch(late.stdout, /BEGIN:VEVENT/);
    assert.equal((await runAt(NOW, 'ics')).code, 2);
    assert.equal((await runAt(NOW, 'ics', '--help')).code, 0);
    assert.equal((await runAt(NOW, 'ics', 'no/such.json')).code, 1);
  });

  it('makes relative links absolute against --base-url or the feed’s own URL, else leaves them out with a warning', async () => {
    const urlsOf = (ics: string) => {
      const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent')!;
      return [vevent.getFirstPropertyValue('url'), vevent.getFirstPropertyValue('location')];
    };
    const local = await runAt(NOW, 'ics', fixture('relative-feed.json'));
    assert.equal(local.code, 0);
    assert.doesNotMatch(local.stdout, /URL:|live/);
    assert.deepEqual(urlsOf(local.stdout), [null, 'Rec Center']);
    for (const field of ['rsvp: "/rsvp/clinic"', 'online.url: "live"', 'location.url: "../maps/rec"']) {
      assert.match(
        local.stderr,
        new RegExp(`event "clinic", ${field.replace(/[.]/g, '\\.')} is relative .*; left out`),
      );
    }

    const based = await runAt(
      NOW,
      'ics',
      fixture('relative-feed.json'),
      '--base-url',
      'https://tenants.example.org/feeds/feed.json',
    );
    assert.equal(based.code, 0);
    assert.equal(based.stderr, '');
    assert.deepEqual(urlsOf(based.stdout), ['https://tenants.example.org/rsvp/clinic', 'Rec Center']);

    const served = await runAt(NOW, 'ics', `${origin}/feeds/feed.json`);
    assert.equal(served.stderr, '');
    assert.deepEqual(urlsOf(served.stdout), [`${origin}/rsvp/clinic`, 'Rec Center']);
    assert.match(served.stdout, /DTSTART:20270320T150000Z/);
    assert.match(served.stdout, /DTSTART;VALUE=DATE:20270227\r\nDTEND;VALUE=DATE:20270302\r\n/);

    assert.equal((await runAt(NOW, 'ics', fixture('relative-feed.json'), '--base-url', 'tenants.example.org')).code, 2);
  });

  it('stops on a coalition time zone that is not one, naming it in one line, as validate does', async () => {
    const feed = scratch('feed.json');
    writeFileSync(
      feed,
      JSON.stringify({
        version: 1,
        coalition: { name: 'X', timezone: 'Central' },
        events: [{ id: 'a', title: 'A', start: '2027-03-20T10:00' }],
      }),
    );
    for (const command of ['ics', 'validate']) {
      const { code, stdout, stderr } = await runAt(NOW, command, feed);
      assert.equal(code, 1, command);
      const said = stdout + stderr;
      assert.match(said, /coalition\.timezone: not an IANA time zone \(America\/Chicago\)/);
      assert.match(said, /events\[0\]\.start: a local time, and no timezone/);
      assert.doesNotMatch(said, /RangeError|^\s+at /m);
    }
  });
});
