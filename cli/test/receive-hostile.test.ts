// The receiver against hostile input: `receive` and `export` as processes on loopback, each case
// one that a review found broken.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { notificationBody, notificationText, MAX_TEXT } from '../src/receive/notifier.js';
import { Ceiling, clientKey, RateLimiter } from '../src/receive/rate-limit.js';
import { RefusedOrigins } from '../src/receive/server.js';
import { FeedbackStore } from '../src/receive/store.js';
import { post, scratchDb, startReceiver, startReceiverWith, submission, type Receiver } from './receiver.js';
import { cliArgs, run } from './run.js';

const json = { 'content-type': 'application/json' };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function exported(db: string): Promise<{ id: string; answers: Record<string, unknown>; message: string }[]> {
  return JSON.parse((await run('export', '--db', db, '--format', 'json')).stdout);
}

/** Sends `raw` bytes as they are and resolves to the status line's code (0 when the connection closed without one). */
async function rawStatus(url: string, raw: string): Promise<number> {
  const { port, hostname } = new URL(url);
  const socket = connect(Number(port), hostname);
  let answer = '';
  socket.on('error', () => undefined);
  socket.write(raw);
  await new Promise((resolve) => {
    socket.on('data', (chunk) => {
      answer += chunk;
      if (/\r\n\r\n/.test(answer)) resolve(undefined);
    });
    socket.on('close', resolve);
  });
  socket.destroy();
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
}

/** Posts raw bytes as a body. */
const postBytes = (url: string, body: Buffer, type = 'application/json') =>
  fetch(`${url}/feedback`, { method: 'POST', headers: { 'content-type': type }, body });

describe('receive: what it stores, and how', () => {
  let db: string;
  let receiver: Receiver;
  before(async () => {
    db = scratchDb();
    receiver = await startReceiver(db, '--per-minute', '1000');
  });
  after(() => receiver.stop());

  it('creates the database and its -wal and -shm files readable by their owner only', async () => {
    assert.equal((await post(receiver.url, submission())).status, 201);
    for (const file of [db, `${db}-wal`, `${db}-shm`]) {
      assert.equal((statSync(file).mode & 0o777).toString(8), '600', file);
    }
  });

  it('refuses a body that is not UTF-8 (400) instead of storing U+FFFD', async () => {
    const good = JSON.stringify(submission({ id: 'utf8-bad', message: 'caf__' }));
    const bytes = Buffer.from(good);
    bytes.set([0xc3, 0x28], bytes.indexOf('__'));
    assert.equal((await postBytes(receiver.url, bytes)).status, 400);
    const form = Buffer.from('id=utf8-form&message=caf%E9');
    assert.equal((await postBytes(receiver.url, form, 'application/x-www-form-urlencoded')).status, 400);
    const split = Buffer.from(JSON.stringify(submission({ id: 'utf8-good', message: 'café ñandú 東京 🚌' })));
    assert.equal((await postBytes(receiver.url, split)).status, 201);
    const rows = await exported(db);
    assert.deepEqual(
      rows.filter((row) => row.id.startsWith('utf8')).map((row) => [row.id, row.message]),
      [['utf8-good', 'café ñandú 東京 🚌']],
    );
  });

  it('answers an identical resend holding a lone surrogate 200 duplicate, not 409', async () => {
    const lone = submission({
      id: 'surrogate-1',
      message: 'hi \ud83d',
      name: 'Ana \udc00',
      answers: { more: 'y\ud83d' },
    });
    assert.equal((await post(receiver.url, lone)).status, 201);
    const again = await post(receiver.url, lone);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { duplicate: true });
    // other content under that id is still a conflict
    assert.equal((await post(receiver.url, { ...lone, message: 'hi \ud83d!' })).status, 409);
    const [row] = (await exported(db)).filter((each) => each.id === 'surrogate-1');
    assert.match(row!.message, /^hi \ufffd+$/);
  });

  it('keeps answers named id, email and topic apart from those fields in JSON', async () => {
    const first = submission({ answers: { id: 'yes', email: 'yes', topic: 'yes' }, topic: 'Town hall' });
    const second = submission({ answers: { id: 'yes', email: 'yes', topic: 'yes' }, topic: 'Town hall' });
    assert.equal((await post(receiver.url, first)).status, 201);
    assert.equal((await post(receiver.url, second)).status, 201);
    const rows = (await exported(db)).filter((row) => row.id === first.id || row.id === second.id);
    assert.deepEqual(
      rows.map((row) => row.answers),
      [first.answers, second.answers],
    );
  });

  it('keeps answers named __proto__ and constructor, from JSON and from form fields', async () => {
    const body = `{"id":"proto-json","message":"hi","answers":{"__proto__":"mine","constructor":"yes"}}`;
    assert.equal((await post(receiver.url, body, json)).status, 201);
    const form = 'id=proto-form&message=hi&__proto__=form&constructor=also';
    assert.equal((await post(receiver.url, form, { 'content-type': 'application/x-www-form-urlencoded' })).status, 201);
    const rows = await exported(db);
    const answers = (id: string) => JSON.stringify(rows.find((row) => row.id === id)!.answers);
    assert.equal(answers('proto-json'), '{"__proto__":"mine","constructor":"yes"}');
    assert.equal(answers('proto-form'), '{"__proto__":"form","constructor":"also"}');
  });

  it('answers every malformed request with a 4xx, never a 5xx, and logs none of them', async () => {
    const host = 'Host: x\r\n';
    const cases: [string, string][] = [
      ['target //', `GET // HTTP/1.1\r\n${host}\r\n`],
      ['POST to //', `POST // HTTP/1.1\r\n${host}Content-Length: 0\r\n\r\n`],
      ['target ///feedback', `POST ///feedback HTTP/1.1\r\n${host}Content-Length: 0\r\n\r\n`],
      ['absolute target', `GET http://other.example/health HTTP/1.1\r\n${host}\r\n`],
      ['asterisk', `OPTIONS * HTTP/1.1\r\n${host}\r\n`],
      ['bad escape', `GET /%zz HTTP/1.1\r\n${host}\r\n`],
      ['query only', `GET ?x HTTP/1.1\r\n${host}\r\n`],
      ['bad length', `POST /feedback HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: ab\r\n\r\n`],
      [
        'bad chunk',
        `POST /feedback HTTP/1.1\r\n${host}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
      ],
      ['no content type', `POST /feedback HTTP/1.1\r\n${host}Content-Length: 2\r\n\r\n{}`],
      ['empty JSON', `POST /feedback HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: 0\r\n\r\n`],
      ['JSON array', `POST /feedback HTTP/1.1\r\n${host}Content-Type: application/json\r\nContent-Length: 2\r\n\r\n[]`],
      ['huge header', `GET /health HTTP/1.1\r\n${host}X-Big: ${'a'.repeat(20_000)}\r\n\r\n`],
      ['not HTTP', 'HELLO\r\n\r\n'],
    ];
    for (const [name, raw] of cases) {
      const status = await rawStatus(receiver.url, raw);
      assert.ok(status >= 400 && status < 500, `${name}: ${status}`);
    }
    assert.equal((await fetch(`${receiver.url}/health`)).status, 200);
    // nothing printed but the line saying where it listens
    assert.deepEqual(
      receiver
        .output()
        .split('\n')
        .filter((line) => line && !line.startsWith('receive: listening on')),
      [],
    );
  });

  it('does not log a client that goes away mid-request', async () => {
    const before = receiver.output();
    const { port, hostname } = new URL(receiver.url);
    for (let i = 0; i < 3; i++) {
      const socket = connect(Number(port), hostname);
      socket.write(
        `POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id":`,
      );
      await wait(100);
      socket.destroy();
    }
    await wait(300);
    assert.equal(receiver.output(), before);
    assert.equal((await fetch(`${receiver.url}/health`)).status, 200);
  });
});

describe('export, bounded and streamed', () => {
  it('gives the 50 most used answer keys a column each, the rest of a row as JSON in "other answers"', async () => {
    const db = scratchDb();
    const store = new FeedbackStore(db);
    const base = { topic: null, page: null, name: null, email: null, userAgent: null, message: 'm' };
    for (let i = 0; i < 300; i++) {
      const answers: Record<string, string> = { common: `c${i}` };
      for (let k = 0; k < 5; k++) answers[`key-${i}-${k}`] = `v${k}`;
      await store.add({ ...base, id: `many-${i}`, receivedAt: new Date(i * 1000).toISOString(), answers });
    }
    await store.close();
    const { code, stdout } = await run('export', '--db', db);
    assert.equal(code, 0);
    const lines = stdout.slice(1).split('\r\n').filter(Boolean);
    assert.equal(lines.length, 301);
    const header = lines[0]!.split('","');
    assert.equal(header.length, 8 + 50 + 1);
    assert.equal(header[8], 'common');
    assert.equal(header.at(-1), 'other answers"');
    // the first row's own keys made columns (ties go to the first used); row 299's are in "other answers"
    const last = lines.at(-1)!;
    assert.match(last, /^"many-299",/);
    assert.match(last, /"c299"/);
    assert.match(last, /"\{""key-299-0"":""v0"",""key-299-1"":""v1"",.*""key-299-4"":""v4""\}"$/);
  });

  it('quotes every cell, neutralises formulas, and leaves a cell empty where a row has no such answer', async () => {
    const db = scratchDb();
    const store = new FeedbackStore(db);
    const base = { topic: null, page: null, email: null, userAgent: null, receivedAt: '2026-11-25T10:00:00.000Z' };
    await store.add({
      ...base,
      id: 'a',
      answers: { constructor: 'built' },
      message: "ok;=cmd|' /C calc'!A0",
      name: null,
    });
    await store.add({ ...base, id: 'b', answers: { other: 'x' }, message: '-2+3', name: '\t=1' });
    await store.close();
    const { stdout } = await run('export', '--db', db);
    const lines = stdout.slice(1).split('\r\n');
    assert.equal(
      lines[0],
      '"id","received","topic","page","message","name","email","user agent","constructor","other","other answers"',
    );
    assert.equal(lines[1], `"a","2026-11-25T10:00:00.000Z","","","ok;=cmd|' /C calc'!A0","","","","built","",""`);
    assert.equal(lines[2], `"b","2026-11-25T10:00:00.000Z","","","'-2+3","'\t=1","","","","x",""`);
    assert.doesNotMatch(stdout, /native code/);
  });

  it('streams a large export in flat memory', async () => {
    const db = scratchDb();
    await new FeedbackStore(db).close();
    const database = new Database(db);
    const insert = database.prepare(
      `INSERT INTO submissions (id, received_at, answers, message) VALUES (?, '2026-11-25T10:00:00.000Z', ?, ?)`,
    );
    const message = 'x'.repeat(2000);
    database.transaction(() => {
      for (let i = 0; i < 30_000; i++) insert.run(`big-${i}`, JSON.stringify({ [`k${i % 100}`]: 'v' }), message);
    })();
    database.close();
    // 30,000 rows of 2 KB make 60 MB of CSV; the process reports its peak memory (KB) as it exits
    const report = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak '+process.resourceUsage().maxRSS))`;
    const peak = await new Promise<number>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        ['--import', report, ...cliArgs, 'export', '--db', db],
        { maxBuffer: 1 << 30 },
        (error, stdout, stderr) => {
          if (error) return reject(error);
          assert.equal(stdout.split('\r\n').length, 30_002);
          resolve(Number(/peak (\d+)/.exec(stderr)![1]));
        },
      );
      child.stdin!.end();
    });
    assert.ok(peak < 180_000, `peak ${peak} KB`);
  });
});

describe('receive --notify, against hostile and failing webhooks', () => {
  /** A webhook that answers what `answer` says for each text it receives. */
  async function webhook(answer: (text: string) => number | Promise<number>) {
    const received: string[] = [];
    const bodies: Record<string, unknown>[] = [];
    const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      const posted = JSON.parse(body) as { text: string };
      const { text } = posted;
      bodies.push(posted);
      received.push(text);
      response.writeHead(await answer(text)).end('ok');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, bodies, server };
  }

  async function until(check: () => boolean, timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    while (!check() && Date.now() < deadline) await wait(50);
  }

  it('sets aside a message the webhook refuses with a 4xx, and goes on with the next', async () => {
    const hook = await webhook((text) => (text.includes('refuse me') ? 400 : 200));
    const db = scratchDb();
    const receiver = await startReceiver(db, '--notify', hook.url);
    try {
      const refused = submission({ message: 'refuse me' });
      assert.equal((await post(receiver.url, refused)).status, 201);
      assert.equal((await post(receiver.url, submission({ message: 'then me' }))).status, 201);
      await until(() => hook.received.some((text) => text.includes('then me')));
      await wait(1500);
      assert.deepEqual(
        hook.received.map((text) => text.split('\n').at(-1)),
        ['refuse me', 'then me'],
      );
      assert.match(
        receiver.output(),
        new RegExp(`refused the message for submission ${refused.id} \\(400\\); set aside`),
      );
    } finally {
      await receiver.stop();
      hook.server.close();
    }
    const database = new Database(db, { readonly: true });
    const aside = database.prepare('SELECT id, status FROM notifications_refused').all();
    const due = database.prepare('SELECT count(*) AS n FROM notifications_due').get() as { n: number };
    database.close();
    assert.equal(due.n, 0);
    assert.equal(aside.length, 1);
  });

  it('caps the text and neutralises mentions and link markup, without making & bigger', () => {
    const base = { id: 'n', receivedAt: '', name: null, email: null, topic: null, page: null, userAgent: null };
    const amps = notificationText({ ...base, answers: {}, message: '&'.repeat(27_000) }, false);
    assert.ok(amps.length <= MAX_TEXT, String(amps.length));
    assert.ok(amps.length > 900);
    const text = notificationText(
      {
        ...base,
        answers: { '@here': '<!channel> <@U024BE7LH>' },
        message:
          '@channel @everyone look <https://evil.example|your bank> and [this](https://evil.example) &lt;!here&gt;',
        email: 'ana@example.org',
        name: 'Ana',
      },
      true,
    );
    assert.doesNotMatch(text, /(^|\W)@(channel|here|everyone)\b/);
    assert.doesNotMatch(text, /<[!@h]/);
    assert.doesNotMatch(text, /\]\(/);
    assert.match(text, /&lt;!channel&gt; &lt;@\u200BU024BE7LH&gt;/);
    assert.match(text, /&amp;lt;!here&amp;gt;/);
    assert.match(text, /From: Ana &lt;ana@example.org&gt;/);
    const long = notificationText({ ...base, answers: {}, message: '<'.repeat(5000) }, false);
    assert.ok(long.length <= MAX_TEXT);
    assert.match(long, /(&lt;)+…$/);
  });

  it('breaks x@everyone, _@here, 1@channel and reference links, and keeps a name on its one line', () => {
    const base = { id: 'n', receivedAt: '', email: null, topic: null, page: null, userAgent: null };
    const text = notificationText(
      {
        ...base,
        answers: { 'where\nFrom: Mayor': 'downtown\nFrom: Mayor <mayor@city.example>' },
        message: 'x@everyone _@here 1@channel @All see [bank][1] and [home]\n[1]: https://evil.example',
        name: 'Ana\nFrom: Mayor <mayor@city.example>\r\nNew feedback',
      },
      true,
    );
    assert.doesNotMatch(text, /@(everyone|here|channel|all)/i);
    assert.match(text, /x@\u200Beveryone _@\u200Bhere 1@\u200Bchannel @\u200BAll/);
    assert.doesNotMatch(text, /\]\[|\]:/);
    assert.match(text, /\[bank\]\u200B\[1\]/);
    const lines = text.split('\n');
    // the header, one answer, the message's two lines as written, and one From line
    assert.equal(lines.length, 5, text);
    assert.equal(lines.filter((line) => line.startsWith('From:')).length, 1);
    assert.equal(lines.filter((line) => line.startsWith('New feedback')).length, 1);
    assert.equal(lines.at(-1), 'From: Ana From: Mayor &lt;mayor@city.example&gt; New feedback');
  });

  it("sends Discord's allowed_mentions with nothing to parse, except to Google Chat", async () => {
    assert.deepEqual(notificationBody('https://chat.googleapis.com/v1/spaces/A/messages?key=k', 'hi'), {
      text: 'hi',
    });
    const hook = await webhook(() => 200);
    const receiver = await startReceiver(scratchDb(), '--notify', hook.url);
    try {
      assert.equal((await post(receiver.url, submission({ message: 'ping @everyone' }))).status, 201);
      await until(() => hook.bodies.length > 0);
      assert.deepEqual(hook.bodies[0], {
        text: 'New feedback\nmore: Yes\nping @\u200Beveryone',
        allowed_mentions: { parse: [] },
      });
    } finally {
      await receiver.stop();
      hook.server.close();
    }
  });

  it('takes the webhook address from COALITION_WIDGETS_NOTIFY, so it stays out of ps', async () => {
    const hook = await webhook(() => 200);
    const receiver = await startReceiverWith({ COALITION_WIDGETS_NOTIFY: hook.url }, scratchDb());
    try {
      assert.equal((await post(receiver.url, submission({ message: 'from the environment' }))).status, 201);
      await until(() => hook.received.length > 0);
      assert.match(hook.received[0]!, /from the environment/);
      const commandLine = readFileSync(`/proc/${receiver.process.pid}/cmdline`, 'utf8');
      assert.doesNotMatch(commandLine, /hook/);
    } finally {
      await receiver.stop();
      hook.server.close();
    }
  });

  it('on SIGTERM during a webhook post, finishes it, records it delivered and exits 0; a restart sends nothing again', async () => {
    let answerNow: () => void = () => undefined;
    const hook = await webhook(
      () =>
        new Promise<number>((resolve) => {
          answerNow = () => resolve(200);
        }),
    );
    const db = scratchDb();
    const receiver = await startReceiver(db, '--notify', hook.url);
    assert.equal((await post(receiver.url, submission({ message: 'in flight' }))).status, 201);
    await until(() => hook.received.length === 1);
    const exited = receiver.stop();
    await wait(300);
    answerNow();
    assert.equal(await exited, 0);
    assert.doesNotMatch(receiver.output(), /not open|Error/);
    const again = await startReceiver(db, '--notify', hook.url);
    try {
      await wait(1500);
      assert.equal(hook.received.length, 1);
    } finally {
      await again.stop();
      hook.server.close();
    }
  });
});

describe('receive: rate limits that hold', () => {
  it('trusts X-Forwarded-For only from the proxy named by --trust-proxy', async () => {
    const forwarded = (i: number) => ({ ...json, 'x-forwarded-for': `203.0.113.${i}` });
    const open = await startReceiver(scratchDb(), '--per-minute', '3');
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await post(open.url, submission(), forwarded(i))).status);
      assert.deepEqual(statuses, [201, 201, 201, 429, 429, 429]);
    } finally {
      await open.stop();
    }
    const elsewhere = await startReceiver(scratchDb(), '--per-minute', '3', '--trust-proxy', '10.0.0.1');
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(elsewhere.url, submission(), forwarded(i))).status);
      assert.deepEqual(statuses, [201, 201, 201, 429]);
    } finally {
      await elsewhere.stop();
    }
    const proxied = await startReceiver(scratchDb(), '--per-minute', '3', '--trust-proxy', '127.0.0.1');
    try {
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await post(proxied.url, submission(), forwarded(i))).status);
      assert.deepEqual(statuses, [201, 201, 201, 201, 201, 201]);
    } finally {
      await proxied.stop();
    }
  });

  it('counts IPv6 clients per /64', async () => {
    assert.equal(clientKey('2001:db8:1:2:aaaa::1'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8::7'), '2001:db8:0:0::/64');
    assert.equal(clientKey('::ffff:192.0.2.1'), '192.0.2.1');
    const receiver = await startReceiver(scratchDb(), '--per-minute', '3', '--trust-proxy', '127.0.0.1');
    try {
      const from = (address: string) => ({ ...json, 'x-forwarded-for': address });
      const statuses = [];
      for (let i = 1; i <= 5; i++)
        statuses.push((await post(receiver.url, submission(), from(`2001:db8:1:2::${i}`))).status);
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      assert.equal((await post(receiver.url, submission(), from('2001:db8:1:3::1'))).status, 201);
    } finally {
      await receiver.stop();
    }
  });

  it('drops the client counts whole each minute, never scanning them on a request, and caps them', () => {
    const limiter = new RateLimiter(3, 20_000);
    const now = 1_800_000_000_000;
    const address = (i: number) => `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`;
    for (let i = 0; i < 30_000; i++) limiter.take(address(i), now);
    assert.equal(limiter.clients, 20_000);
    const started = performance.now();
    for (let i = 0; i < 5_000; i++) limiter.take(address(i % 100), now + 1000);
    const perRequest = (performance.now() - started) / 5_000;
    assert.ok(perRequest < 0.02, `${perRequest.toFixed(4)} ms a request`);
    // clients past the cap are counted by their network, so a flood of new addresses from one is still limited
    assert.ok(limiter.take('10.0.100.1', now + 1000) > 0);
    assert.equal(limiter.take('after-a-minute', now + 60_000), 0);
    assert.equal(limiter.clients, 1);
  });

  it('holds an overall ceiling per minute across all clients, so one flood cannot fill the disk', async () => {
    const receiver = await startReceiver(
      scratchDb(),
      '--per-minute',
      '1000',
      '--trust-proxy',
      '127.0.0.1',
      '--total-kb-per-minute',
      '64',
    );
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const response = await post(receiver.url, submission({ message: 'x'.repeat(25_000) }), {
          ...json,
          'x-forwarded-for': `198.51.100.${i}`,
        });
        statuses.push(response.status);
        if (response.status === 429) assert.ok(Number(response.headers.get('retry-after')) > 0);
      }
      assert.deepEqual(statuses, [201, 201, 429, 429]);
    } finally {
      await receiver.stop();
    }
  });

  it('caps each client at a small share of the ceiling, so three clients cannot use it up for everyone', async () => {
    const receiver = await startReceiver(scratchDb(), '--trust-proxy', '127.0.0.1');
    const from = (address: string) => ({ ...json, 'x-forwarded-for': address });
    try {
      const statuses = (list: number[]) => [201, 429].map((status) => list.filter((each) => each === status).length);
      // two clients send 30 posts of 60 KB each (within --per-minute), a third 30 of 20 KB
      for (const [address, size] of [
        ['198.51.100.1', 60_000],
        ['198.51.100.2', 60_000],
        ['198.51.100.3', 20_000],
      ] as const) {
        const answers = [];
        for (let i = 0; i < 30; i++) {
          answers.push((await post(receiver.url, submission({ message: 'x'.repeat(size) }), from(address))).status);
        }
        assert.deepEqual(statuses(answers), size === 60_000 ? [1, 29] : [3, 27], address);
      }
      // every other resident is still heard
      for (let i = 10; i < 20; i++) {
        assert.equal((await post(receiver.url, submission(), from(`203.0.113.${i}`))).status, 201);
      }
    } finally {
      await receiver.stop();
    }
    const ceiling = new Ceiling(2 * 1024 * 1024);
    assert.equal(ceiling.perClient, 64 * 1024);
    const now = 1_800_000_000_000;
    ceiling.stored('a', 60_000, now);
    assert.ok(ceiling.wait('a', 10_000, now) > 0);
    assert.equal(ceiling.wait('b', 10_000, now), 0);
    assert.equal(ceiling.wait('a', 10_000, now + 60_000), 0);
  });

  it('past 100,000 clients, counts new ones by their network, so residents elsewhere are still heard', () => {
    const limiter = new RateLimiter(3, 1000);
    const now = 1_800_000_000_000;
    // a flood of /64s from one /48 fills the table of clients counted apart
    for (let i = 0; i < 1000; i++) assert.equal(limiter.take(clientKey(`2001:db8:1:${i.toString(16)}::1`), now), 0);
    // the flood goes on from the same /48: slowed as one network
    const flood = [];
    for (let i = 1000; i < 1010; i++) flood.push(limiter.take(clientKey(`2001:db8:1:${i.toString(16)}::1`), now));
    assert.deepEqual(
      flood.map((wait) => wait > 0),
      [false, false, false, true, true, true, true, true, true, true],
    );
    // residents 31 and up, from other networks, each get their own count
    for (let i = 0; i < 100; i++) {
      assert.equal(limiter.take(`192.0.${i}.7`, now), 0, `resident ${i}`);
      assert.equal(limiter.take(clientKey(`2001:db8:${(100 + i).toString(16)}:1::9`), now), 0, `resident v6 ${i}`);
    }
    // a resident already counted apart keeps their own count
    assert.equal(limiter.take(clientKey('2001:db8:1:0::1'), now), 0);
    // past as many networks as clients, shared counts: most of a flood from everywhere is slowed, not all residents
    const wide = new RateLimiter(1, 10);
    for (let i = 0; i < 20; i++) wide.take(`10.${i}.0.1`, now);
    let heard = 0;
    for (let i = 0; i < 200; i++) if (wide.take(`172.16.${i}.1`, now) === 0) heard++;
    assert.ok(heard > 0 && heard < 200, String(heard));
  });

  it('logs each refused origin once a minute, naming the --origin to add', async () => {
    const receiver = await startReceiver(scratchDb(), '--origin', 'https://partner.example');
    try {
      const from = (origin: string) => ({ ...json, origin });
      for (let i = 0; i < 3; i++) {
        const refused = await post(receiver.url, submission(), from('https://new-partner.example'));
        assert.equal(refused.status, 403);
        // the page that posted reads the answer
        assert.equal(refused.headers.get('access-control-allow-origin'), 'https://new-partner.example');
      }
      assert.equal((await post(receiver.url, submission(), from('https://other.example'))).status, 403);
      assert.equal((await post(receiver.url, submission(), from('https://partner.example'))).status, 201);
      await wait(200);
      const lines = receiver
        .output()
        .split('\n')
        .filter((line) => line.includes('refused'));
      assert.deepEqual(lines, [
        'receive: refused a post from origin "https://new-partner.example"; add --origin "https://new-partner.example" if it is a partner\'s site',
        'receive: refused a post from origin "https://other.example"; add --origin "https://other.example" if it is a partner\'s site',
      ]);
    } finally {
      await receiver.stop();
    }
    const seen: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => seen.push(args);
    try {
      const origins = new RefusedOrigins();
      const now = 1_800_000_000_000;
      origins.note('https://a.example', now);
      origins.note('https://a.example', now + 59_000);
      origins.note('https://a.example', now + 60_000);
      assert.equal(seen.length, 2);
    } finally {
      console.error = original;
    }
  });
});
