// What `build` says when a coalition's sources are not as it expects, in words a communications
// staffer can act on. Sheets and calendars are served from a loopback server at the paths Google
// gives them: a published sheet's CSV, a sheet's editing page, a private calendar's iCal address.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runAt } from './run.js';

const NOW = '2027-01-01T00:00:00Z';
const folder = () => mkdtempSync(join(tmpdir(), 'build-words-'));
const BASE = { version: 1, coalition: { name: 'Austin Tenants Coalition', timezone: 'America/Chicago' } };

/** A file in a fresh folder holding `content` (an object as JSON), and its path. */
function file(name: string, content: unknown, dir = folder()): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

/** What the server answers at each published sheet's path; tests change them between runs. */
const sheets = new Map<string, string>();
let server: Server;
let google: string;
before(async () => {
  server = createServer((request, response) => {
    const { pathname } = new URL(request.url!, 'http://x');
    const published = /^\/spreadsheets\/d\/e\/([\w-]+)\/pub$/.exec(pathname);
    if (published && sheets.has(published[1]!)) {
      return response.writeHead(200, { 'content-type': 'text/csv' }).end(sheets.get(published[1]!));
    }
    // a sheet's own address, as copied from the browser's address bar: its editing page
    if (/^\/spreadsheets\/d\/[\w-]+\/edit$/.test(pathname)) {
      return response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!DOCTYPE html><html><head><title>Wins - Google Sheets</title></head><body></body></html>');
    }
    // a calendar that is not public: Google answers its iCal address with 404 (or 401/403 for a secret one)
    const calendar = /^\/calendar\/ical\/(\d{3})-[^/]+\/public\/basic\.ics$/.exec(pathname);
    if (calendar) return response.writeHead(Number(calendar[1])).end('Not Found');
    response.writeHead(404).end('not found');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  google = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

/** Publishes `csv` at a Google-shaped address and returns it. */
function publish(id: string, csv: string): string {
  sheets.set(id, csv);
  return `${google}/spreadsheets/d/e/${id}/pub?output=csv`;
}

const build = (...args: string[]) => runAt(NOW, 'build', ...args);

describe('build: a source that is not what it should be says what to do', () => {
  it('a sheet address that answers a web page says to publish it as CSV', async () => {
    const sheet = `${google}/spreadsheets/d/1AbC-dEf/edit`;
    const { code, stderr } = await build('--base', file('feed-base.json', BASE), '--victories', sheet);
    assert.equal(code, 1);
    assert.equal(
      stderr.trim(),
      `${sheet}: answered a web page, not CSV: publish it as CSV (in Google Sheets: File → Share → ` +
        'Publish to web, choose the sheet and "Comma-separated values (.csv)") and use the address it gives',
    );
  });

  for (const status of [401, 403, 404]) {
    it(`a calendar answering ${status} says to make it public and copy its iCal address`, async () => {
      const calendar = `${google}/calendar/ical/${status}-tenants%40group.calendar.google.com/public/basic.ics`;
      const { code, stderr } = await build('--base', file('feed-base.json', BASE), '--calendar', calendar);
      assert.equal(code, 1);
      assert.match(
        stderr.trim(),
        new RegExp(
          `^\\S+basic\\.ics: answered ${status}: make the calendar public and copy its "public address in iCal format"`,
        ),
      );
    });
  }

  it('a trailing comma in feed-base.json is named by line and column', async () => {
    const base = file('feed-base.json', '{\n  "version": 1,\n  "coalition": { "name": "X", },\n}\n');
    const { code, stderr } = await build('--base', base);
    assert.equal(code, 1);
    assert.equal(stderr.trim(), `${base}: line 3, column 29: not JSON: a comma before the closing "}": remove it`);
  });

  it('validate and ics name a JSON problem by line and column too', async () => {
    const feed = file('feed.json', '{\n  "version": 1\n  "coalition": {}\n}');
    for (const command of ['validate', 'ics']) {
      const { code, stderr } = await runAt(NOW, command, feed);
      assert.equal(code, 1, command);
      assert.equal(stderr.trim(), `${feed}: line 3, column 3: not JSON: a missing comma before this`, command);
    }
  });
});

describe('build: sheets whose columns are not the template’s', () => {
  it('names the columns it does not read in one line', async () => {
    const sheet = publish('unknown', 'Title,Date,Headline,Amount raised,title (es)\nWon,2026-03-14,x,5,Ganamos\n');
    const { code, stdout, stderr } = await build('--base', file('feed-base.json', BASE), '--victories', sheet);
    assert.equal(code, 0, stderr);
    assert.equal(
      stderr.trim(),
      `${sheet}: columns not read: "Headline", "Amount raised" (the columns of victories: id, title, date, ` +
        'summary, link, image, image alt, tags, neighborhood, metric, unit, goal)',
    );
    assert.deepEqual(JSON.parse(stdout).victories[0].title, { en: 'Won', es: 'Ganamos' });
  });

  it('never asks for an id, even when a row lacks what its id is made from', async () => {
    const sheet = publish('renamed', 'Headline,When,Summary\nWe won,3/14/2026,Rent relief passed\n');
    const { code, stderr } = await build('--base', file('feed-base.json', BASE), '--victories', sheet);
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /\bid: required/);
    assert.match(stderr, /columns not read: "Headline", "When"/);
    assert.match(stderr, /row 2, title: required; row left out/);
  });
});

describe('build: a list that had entries and now yields none', () => {
  const wins = 'title,date\nRoute 7 restored,2026-03-14\nEviction fund,2026-06-02\n';

  it('exits 1 and keeps the old feed, unless --allow-empty', async () => {
    const dir = folder();
    const base = file('feed-base.json', BASE, dir);
    const out = join(dir, 'feed.json');
    const sheet = publish('emptied', wins);
    assert.equal((await build('--base', base, '--victories', sheet, '--out', out)).code, 0);
    const published = readFileSync(out, 'utf8');
    assert.equal(JSON.parse(published).victories.length, 2);

    // someone renames the header "title" to "Headline": every row now fails
    sheets.set('emptied', wins.replace('title', 'Headline'));
    const renamed = await build('--base', base, '--victories', sheet, '--out', out);
    assert.equal(renamed.code, 1);
    assert.match(
      renamed.stderr,
      new RegExp(
        `build: victories: ${out} has 2 entries and this build made none \\(a renamed header, an emptied sheet\\?\\)`,
      ),
    );
    assert.match(renamed.stderr, /kept as it was; if a list is meant to be empty now, build with --allow-empty/);
    assert.equal(readFileSync(out, 'utf8'), published);

    sheets.set('emptied', 'title,date\n');
    assert.equal((await build('--base', base, '--victories', sheet, '--out', out)).code, 1);
    assert.equal(readFileSync(out, 'utf8'), published);

    const allowed = await build('--base', base, '--victories', sheet, '--out', out, '--allow-empty');
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.deepEqual(JSON.parse(readFileSync(out, 'utf8')).victories, []);
  });

  it('does not count events that are over: a calendar gone quiet is not an emptied sheet', async () => {
    const dir = folder();
    const base = file('feed-base.json', BASE, dir);
    const out = file('feed.json', { ...BASE, events: [{ id: 'old', title: 'Old', start: '2026-05-01T10:00' }] }, dir);
    const sheet = publish('quiet', 'title,start\n');
    const { code, stderr } = await build('--base', base, '--events', sheet, '--out', out);
    assert.equal(code, 0, stderr);
  });
});

describe('build: times and dates as sheets write them', () => {
  it('a local time with no zone anywhere says to add the coalition’s timezone, quoting the cell', async () => {
    const base = file('feed-base.json', { version: 1, coalition: { name: 'X' } });
    const sheet = publish('nozone', 'title,start\nTown hall,2027-02-04 18:30\n');
    const { code, stderr } = await build('--base', base, '--events', sheet);
    assert.equal(code, 0);
    assert.equal(
      stderr.trim(),
      `${sheet}: row 2, start: "2027-02-04 18:30" is a local time, and no time zone is named to read it in: ` +
        `add the coalition's to ${base} ("coalition": { "timezone": "America/Chicago" }, with your zone), ` +
        "or fill the row's timezone column; row left out",
    );
  });

  it('reads month-first dates as a US-locale Google Sheet publishes them', async () => {
    const victories = publish('us-wins', 'title,date\nRoute 7,3/14/2026\nFund,6/2/2026 0:00:00\n');
    const events = publish(
      'us-events',
      'title,start,end\nClinic,1/16/2027 10:00:00,1/16/2027 12:30:00\nTown hall,2/4/2027 6:30 PM,2/4/2027 8:00 PM\nCoat drive,2/27/2027,\n',
    );
    const { code, stdout, stderr } = await build(
      '--base',
      file('feed-base.json', BASE),
      '--victories',
      victories,
      '--events',
      events,
    );
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const feed = JSON.parse(stdout);
    assert.deepEqual(
      feed.victories.map((victory: { date: string }) => victory.date),
      ['2026-06-02', '2026-03-14'],
    );
    assert.deepEqual(
      feed.events.map((event: { start: string; end?: string }) => [event.start, event.end]),
      [
        ['2027-01-16T10:00:00', '2027-01-16T12:30:00'],
        ['2027-02-04T18:30', '2027-02-04T20:00'],
        ['2027-02-27', undefined],
      ],
    );
  });

  it('reads day-first dates with --day-first', async () => {
    const victories = publish('es-wins', 'title,date\nRuta 7,14/3/2026\n');
    const events = publish('es-events', 'title,start\nClínica,16/1/2027 10:00:00\n');
    const { code, stdout, stderr } = await build(
      '--base',
      file('feed-base.json', BASE),
      '--day-first',
      '--victories',
      victories,
      '--events',
      events,
    );
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.equal(feed.victories[0].date, '2026-03-14');
    assert.equal(feed.events[0].start, '2027-01-16T10:00:00');
  });

  it('stops on a date that cannot be read in the sheet’s order, naming its row, and keeps --out', async () => {
    const dir = folder();
    const out = file('feed.json', 'yesterday’s feed', dir);
    const sheet = publish('mixed', 'title,date\nRoute 7,3/4/2026\nFund,14/3/2026\n');
    const { code, stderr } = await build(
      '--base',
      file('feed-base.json', BASE, dir),
      '--victories',
      sheet,
      '--out',
      out,
    );
    assert.equal(code, 1);
    assert.equal(
      stderr.trim(),
      `${sheet}: row 3, date: "14/3/2026" is no day read as month/day/year, as a US-locale sheet writes dates: ` +
        'if this sheet writes dates the other way round, build with --day-first',
    );
    assert.equal(readFileSync(out, 'utf8'), 'yesterday’s feed');
    const dayFirst = await build('--base', file('feed-base.json', BASE), '--victories', sheet, '--day-first');
    assert.equal(dayFirst.code, 0, dayFirst.stderr);
    assert.deepEqual(
      JSON.parse(dayFirst.stdout).victories.map((victory: { date: string }) => victory.date),
      ['2026-04-03', '2026-03-14'],
    );
  });
});
