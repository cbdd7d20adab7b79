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
import { notificationText, MAX_TEXT } from '../src/receive/notifier.js';
import { clientKey, RateLimiter } from '../src/receive/rate-limit.js';
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
    const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      const { text } = JSON.parse(body) as { text: string };
      received.push(text);
      response.writeHead(await answer(text)).end('ok');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, server };
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
    for (let i = 0; i < 30_000; i++) limiter.take(`client-${i}`, now);
    assert.equal(limiter.clients, 20_001);
    const started = performance.now();
    for (let i = 0; i < 5_000; i++) limiter.take(`client-${i % 100}`, now + 1000);
    const perRequest = (performance.now() - started) / 5_000;
    assert.ok(perRequest < 0.02, `${perRequest.toFixed(4)} ms a request`);
    // clients past the cap share one count, so a flood of new addresses is still limited
    assert.ok(limiter.take('one-more', now + 1000) > 0);
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
});
