// `coalition-widgets report`, run as a process on databases filled by a real receiver (and, for
// dates in the past, by the store itself).
import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FeedbackStore } from '../src/receive/store.js';
import { post, scratchDb, startReceiver, submission, type Receiver } from './receiver.js';
import { run } from './run.js';

const feed = fileURLToPath(new URL('fixtures/report-feed.json', import.meta.url));

/** The row of a chart whose label is `label`: its count and share, as the page shows them. */
function row(html: string, label: string): { count: string; share: string } | undefined {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(
    `<th scope="row">(?:<bdi>)?${escaped}(?:</bdi>)?</th><td class="count">([^<]*)</td><td class="share">.*?<span class="figure">([^<]*)</span>`,
  ).exec(html);
  return match ? { count: match[1]!, share: match[2]! } : undefined;
}

/** The section of one question, from its heading to the next section. */
const section = (html: string, heading: string): string => {
  const start = html.indexOf(`<h3><bdi>${heading}</bdi>`);
  assert.ok(start >= 0, `no section for ${heading}`);
  return html.slice(start, html.indexOf('</section>', start));
};

const posted = [
  { answers: { more: 'Yes', session: '5', topics: ['Bus shelters', 'Night service'] }, message: 'First: more buses' },
  { answers: { more: 'Yes', session: '4', topics: ['Sidewalks'] }, message: 'Second: shade at stops' },
  { answers: { more: 'No', session: '4', idea: 'Free fares on Sundays' }, message: '' },
  { answers: { more: 'Sí', session: '5', topics: 'Bus shelters, Sidewalks' }, message: 'Cuarto: más rutas' },
  { answers: { more: 'Maybe', session: 'abc', old: 'kept by id' }, message: 'Fifth: odd answers' },
  {
    answers: { more: 'Yes', session: '3', reach: 'reach-me@example.org' },
    message: 'Sixth, with contact',
    name: 'Rosa Resident',
    email: 'rosa@example.org',
    topic: 'Clinic',
  },
];

describe('coalition-widgets report', () => {
  let db: string;
  let receiver: Receiver;
  before(async () => {
    db = scratchDb();
    receiver = await startReceiver(db, '--per-minute', '1000');
    for (const extra of posted) {
      const response = await post(receiver.url, submission({ topic: 'Transit summit', ...extra }));
      assert.equal(response.status, 201);
    }
    await receiver.stop();
  });
  after(() => receiver.stop());

  it('charts each question with counts and shares, labels and option order from the feed', async () => {
    const { code, stdout: html } = await run('report', '--db', db, '--feed', feed);
    assert.equal(code, 0);
    assert.match(html, /<title>What residents said: Eastside Transit Coalition<\/title>/);
    const more = section(html, 'Would you like to hear more from these speakers?');
    // "Sí" is the Spanish text of "Yes": counted as Yes; "Maybe" is no option: an other answer
    assert.deepEqual(row(more, 'Yes'), { count: '4', share: '67%' });
    assert.deepEqual(row(more, 'No'), { count: '1', share: '17%' });
    assert.deepEqual(row(more, 'Other answers'), { count: '1', share: '17%' });
    assert.ok(more.indexOf('Yes') < more.indexOf('No'), 'the feed’s option order');

    const session = section(html, 'How was the clinic session?');
    assert.match(session, /6 answered; mean 4\.2 of 5 from 5 ratings/);
    assert.deepEqual(row(session, '5'), { count: '2', share: '33%' });
    assert.deepEqual(row(session, '1'), { count: '0', share: '0%' });
    assert.deepEqual(row(session, 'Other answers'), { count: '1', share: '17%' });

    // a multiple choice sent as an array (JSON) and as "a, b" (form-encoded) alike
    const topics = section(html, 'Which topics should come next?');
    assert.match(topics, /3 answered; each could choose several/);
    assert.deepEqual(row(topics, 'Bus shelters'), { count: '2', share: '67%' });
    assert.deepEqual(row(topics, 'Sidewalks'), { count: '2', share: '67%' });
    assert.deepEqual(row(topics, 'Night service'), { count: '1', share: '33%' });

    // a question the feed no longer has keeps its id
    assert.match(html, /<h3><bdi>old<\/bdi> <span class="id">\(not in the feed\)<\/span><\/h3>/);
    assert.deepEqual(row(html, 'Week of ' + weekLabel(new Date())), { count: '6', share: '100%' });
    assert.deepEqual(row(html, 'Transit summit'), { count: '5', share: '83%' });
    assert.deepEqual(row(html, 'Clinic'), { count: '1', share: '17%' });
  });

  it('lists the messages and text answers newest first, with their topic and date, and the other answers', async () => {
    const { stdout: html } = await run('report', '--db', db, '--feed', feed);
    const words = html.slice(html.indexOf('<h2 id="words">'));
    const order = ['Sixth, with contact', 'Fifth: odd answers', 'Cuarto', 'Free fares on Sundays', 'Second', 'First'];
    const places = order.map((text) => words.indexOf(text));
    assert.ok(
      places.every((place, i) => place > 0 && (i === 0 || place > places[i - 1]!)),
      `newest first: ${places}`,
    );
    assert.match(words, /<dt><bdi>How was the clinic session\?<\/bdi><\/dt><dd dir="auto">abc<\/dd>/);
    // a question the feed does not describe, answered once: its answer shown as text
    assert.match(words, /<dt><bdi>old<\/bdi><\/dt><dd dir="auto">kept by id<\/dd>/);
    assert.match(words, /<time datetime="\d{4}-\d\d-\d\dT[\d:.]+Z">[^<]+ UTC<\/time> · topic <bdi>Clinic<\/bdi>/);
  });

  it('shows names and emails only with --contact', async () => {
    const plain = (await run('report', '--db', db, '--feed', feed)).stdout;
    for (const secret of ['Rosa Resident', 'rosa@example.org', 'reach-me@example.org'])
      assert.ok(!plain.includes(secret));
    const contact = (await run('report', '--db', db, '--feed', feed, '--contact')).stdout;
    assert.match(contact, /From <bdi>Rosa Resident<\/bdi>, <bdi>rosa@example\.org<\/bdi>/);
    assert.match(contact, /<dd dir="auto">reach-me@example\.org<\/dd>/);
  });

  it('--public leaves out every message, text answer, name and email, and shows counts under 5 as "fewer than 5"', async () => {
    const { code, stdout: html } = await run('report', '--db', db, '--feed', feed, '--public');
    assert.equal(code, 0);
    const said = posted.flatMap((each) => [
      each.message,
      each.name,
      each.email,
      ...Object.values(each.answers).filter((answer) => typeof answer === 'string' && answer.length > 3),
    ]);
    for (const text of said.filter((text): text is string => Boolean(text) && text !== 'Maybe')) {
      assert.ok(!html.includes(text), `leaks ${text}`);
    }
    assert.ok(!html.includes('Maybe'), 'an other answer is counted, never shown');
    assert.ok(!html.includes('kept by id'));
    const more = section(html, 'Would you like to hear more from these speakers?');
    assert.deepEqual(row(more, 'No'), { count: 'fewer than 5', share: '' });
    assert.deepEqual(row(more, 'Yes'), { count: 'fewer than 5', share: '' });
    assert.match(section(html, 'How was the clinic session?'), /6 answered; mean 4\.2 of 5 from 5 ratings/);
    const one = (await run('report', '--db', db, '--feed', feed, '--public', '--topic', 'clinic')).stdout;
    assert.match(
      section(one, 'How was the clinic session?'),
      /fewer than 5 answered; fewer than 5 ratings, no mean shown/,
    );
    // a topic fewer than 5 sent is not named on a public page
    assert.ok(!html.includes('Clinic<'));
    assert.deepEqual(row(html, 'Transit summit'), { count: '5', share: '83%' });
    assert.deepEqual(row(html, 'Other topics'), { count: 'fewer than 5', share: '' });
    assert.ok(!html.includes('id="words"'));
  });

  it('writes --out whole, readable by its owner only', async () => {
    const out = join(dirname(db), 'report.html');
    const { code, stdout } = await run('report', '--db', db, '--out', out);
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(await readFile(out, 'utf8'), /^<!doctype html>[\s\S]*<\/html>\n$/);
    assert.equal(statSync(out).mode & 0o777, 0o600);
  });
});

const weekLabel = (date: Date): string => {
  const monday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(monday);
};

describe('coalition-widgets report on stored history', () => {
  let db: string;
  before(() => {
    db = scratchDb();
    const store = new FeedbackStore(db);
    const base = Date.parse('2026-02-02T12:00:00Z');
    for (let i = 0; i < 600; i++) {
      store.add({
        id: `old-${i}`,
        // a submission every 6 hours from Monday 2 February, with nothing in the week of 16 February
        receivedAt: new Date(base + (i < 40 ? i : i + 60) * 6 * 3_600_000).toISOString(),
        answers: { more: i % 3 ? 'Yes' : 'No' },
        message: `Message number ${i}`,
        name: null,
        email: null,
        topic: i % 2 ? 'Bus routes' : 'Clínica',
        page: null,
        userAgent: null,
      });
    }
    store.close();
  });

  it('counts every week from the first to the last, a quiet week as 0, and lists 600 messages newest first', async () => {
    const { code, stdout: html } = await run('report', '--db', db);
    assert.equal(code, 0);
    assert.deepEqual(row(html, 'Week of 2 Feb 2026'), { count: '26', share: '4%' });
    assert.deepEqual(row(html, 'Week of 16 Feb 2026'), { count: '0', share: '0%' });
    const numbers = [...html.matchAll(/Message number (\d+)/g)].map((match) => Number(match[1]));
    assert.deepEqual(
      numbers,
      Array.from({ length: 600 }, (_, i) => 599 - i),
    );
    // without a feed, a question with few different answers is charted by its answers, under its id
    assert.match(html, /<h3><bdi>more<\/bdi> <span class="id">\(not in the feed\)<\/span><\/h3>/);
    assert.deepEqual(row(html, 'Yes'), { count: '400', share: '67%' });
  });

  it('--since and --topic keep only what they name (the topic as a reader would match it)', async () => {
    const { stdout: html } = await run('report', '--db', db, '--since', '2026-03-01', '--topic', 'CLINICA');
    const numbers = [...html.matchAll(/Message number (\d+)/g)].map((match) => Number(match[1]));
    assert.ok(numbers.length > 0);
    // 1 March 00:00 UTC is 6-hour step 106 from 2 February 12:00, so row 46 on (the gap adds 60)
    assert.ok(numbers.every((n) => n % 2 === 0 && n >= 46));
    assert.equal(numbers.length, 277);
    assert.match(html, /Only submissions received since 2026-03-01 and the topic “CLINICA”\./);
    assert.equal((await run('report', '--db', db, '--since', 'March')).code, 2);
  });
});

describe('coalition-widgets report, bad input', () => {
  it('a file that is not a database: one line, exit 1', async () => {
    const file = join(dirname(scratchDb()), 'notes.db');
    writeFileSync(file, 'these are my notes, not a database\n'.repeat(200));
    const { code, stdout, stderr } = await run('report', '--db', file);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^.*notes\.db: cannot be opened as a database \(file is not a database\)\n$/);
    const missing = await run('report', '--db', join(dirname(file), 'none.db'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /none\.db: no such file\n$/);
  });

  it('keeps hostile text inert: markup escaped, formulas as typed, right-to-left overrides isolated', async () => {
    const db = scratchDb();
    const receiver = await startReceiver(db);
    const hostile = [
      '<script>alert(1)</script><img src=x onerror=alert(2)>',
      '=HYPERLINK("https://evil.example","click")',
      'Invoice \u202Egnp.exe',
    ];
    try {
      const response = await post(
        receiver.url,
        submission({
          message: hostile.join('\n'),
          topic: '<b>bold</b>',
          answers: { '<i>q</i>': 'x" onmouseover="alert(3)', more: '<style>*{display:none}</style>' },
        }),
      );
      assert.equal(response.status, 201);
    } finally {
      await receiver.stop();
    }
    const { code, stdout: html } = await run('report', '--db', db, '--feed', feed);
    assert.equal(code, 0);
    const body = html.slice(html.indexOf('<body>'));
    for (const tag of ['<script', '<img', '<b>', '<i>', '<style']) assert.ok(!body.includes(tag), `markup ${tag}`);
    assert.ok(!/<[a-z][^>]*\s(src|href|on\w+)=/i.test(html), 'no attribute that loads or runs anything');
    assert.ok(body.includes('&#60;script&#62;alert(1)&#60;/script&#62;'));
    assert.ok(body.includes('=HYPERLINK(&#34;https://evil.example&#34;,&#34;click&#34;)'));
    // the override sits inside its own dir="auto" paragraph, so it cannot reorder what follows
    assert.match(body, /<p class="message" dir="auto">[^<]*Invoice \u202Egnp\.exe<\/p>/);
    assert.match(body, /topic <bdi>&#60;b&#62;bold&#60;\/b&#62;<\/bdi>/);
  });
});
