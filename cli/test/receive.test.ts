// `coalition-widgets receive` and `export`, run as processes against loopback only.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createReceiver } from '../src/receive/server.js';
import { FeedbackStore } from '../src/receive/store.js';
import { post, scratchDb, startReceiver, submission, type Receiver } from './receiver.js';
import { run } from './run.js';

const rows = (db: string): number => {
  const database = new Database(db, { readonly: true });
  try {
    return (database.prepare('SELECT count(*) AS n FROM submissions').get() as { n: number }).n;
  } finally {
    database.close();
  }
};

describe('coalition-widgets receive', () => {
  let db: string;
  let receiver: Receiver;
  before(async () => {
    db = scratchDb();
    receiver = await startReceiver(db, '--origin', 'https://partner.example', '--per-minute', '1000');
  });
  after(() => receiver.stop());

  it('stores a submission once: 201, then 200 with duplicate for the same id, 409 for the same id with other content', async () => {
    const sent = submission({ name: 'Ana', email: 'ana@example.org', topic: 'Bus routes' });
    const first = await post(receiver.url, sent);
    assert.equal(first.status, 201);
    const again = await post(receiver.url, sent);
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { duplicate: true });
    const changed = await post(receiver.url, { ...sent, message: 'changed' });
    assert.equal(changed.status, 409);
    assert.equal((await post(receiver.url, { ...sent, answers: { more: 'No' } })).status, 409);
    const { stdout } = await run('export', '--db', db, '--format', 'json');
    const stored = (JSON.parse(stdout) as { id: string }[]).filter((row) => row.id === sent.id);
    assert.equal(stored.length, 1);
    assert.deepEqual(Object.keys(stored[0]!).sort(), [
      'answers',
      'email',
      'id',
      'message',
      'name',
      'page',
      'receivedAt',
      'topic',
      'userAgent',
    ]);
    assert.equal((stored[0] as { message?: string }).message, 'The bus stop needs a shelter');
  });

  it('takes form-encoded bodies as the form sends them for form services', async () => {
    const body = new URLSearchParams({ id: 'form-1', message: 'Hola', topic: 'Clínica', more: 'Sí', topics: 'a, b' });
    const response = await post(receiver.url, body.toString(), {
      'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
    });
    assert.equal(response.status, 201);
    const { stdout } = await run('export', '--db', db, '--format', 'json');
    const stored = (JSON.parse(stdout) as { id: string; answers: object; topic: string }[]).find(
      (row) => row.id === 'form-1',
    )!;
    assert.deepEqual(stored.answers, { more: 'Sí', topics: 'a, b' });
    assert.equal(stored.topic, 'Clínica');
  });

  it('stores no IP address, nor anything but what a coalition needs', () => {
    const database = new Database(db, { readonly: true });
    const columns = (database.prepare('PRAGMA table_info(submissions)').all() as { name: string }[]).map((c) => c.name);
    database.close();
    assert.deepEqual(columns, [
      'id',
      'received_at',
      'answers',
      'message',
      'name',
      'email',
      'topic',
      'page',
      'user_agent',
    ]);
  });

  it('answers every bad request with its 4xx', async () => {
    const json = { 'content-type': 'application/json' };
    const cases: [string, Promise<Response>, number][] = [
      ['not JSON', post(receiver.url, '{"id": ', json), 400],
      ['no id', post(receiver.url, { message: 'hi' }), 400],
      ['answers of the wrong type', post(receiver.url, { id: 'x1', answers: { a: 5 } }), 400],
      ['a message that is not text', post(receiver.url, { id: 'x2', message: { $gt: '' } }), 400],
      ['over 64 KB', post(receiver.url, submission({ message: 'x'.repeat(100_000) })), 413],
      ['another content type', post(receiver.url, 'hello', { 'content-type': 'text/plain' }), 415],
      [
        'an origin not allowed',
        post(receiver.url, submission(), { 'content-type': 'application/json', origin: 'https://evil.example' }),
        403,
      ],
      ['another path', fetch(`${receiver.url}/admin`), 404],
      ['GET', fetch(`${receiver.url}/feedback`), 405],
    ];
    for (const [name, response, status] of cases) assert.equal((await response).status, status, name);
    assert.equal((await fetch(`${receiver.url}/health`)).status, 200);
  });

  it('answers preflight, and sends CORS headers with the answer', async () => {
    const preflight = (origin: string) =>
      fetch(`${receiver.url}/feedback`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://partner.example');
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://partner.example');
    assert.match(allowed.headers.get('access-control-allow-headers')!, /content-type/);
    // any origin may ask: one not allowed then reads its POST's 403
    const refused = await preflight('https://evil.example');
    assert.equal(refused.status, 204);
    assert.equal(refused.headers.get('access-control-allow-origin'), 'https://evil.example');
    const answer = await post(receiver.url, submission(), {
      'content-type': 'application/json',
      origin: 'https://partner.example',
    });
    assert.equal(answer.status, 201);
    assert.equal(answer.headers.get('access-control-allow-origin'), 'https://partner.example');
  });

  it('stores hostile text as text, and keeps answering', async () => {
    const nasty = submission({
      id: 'nasty-1',
      message: "'); DROP TABLE submissions; --",
      topic: 'line\r\nSet-Cookie: a=b',
      answers: { "q'; --": ['<script>alert(1)</script>'] },
    });
    assert.equal((await post(receiver.url, nasty)).status, 201);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    assert.equal((await post(receiver.url, deep.slice(0, 60_000))).status, 400);
    const huge = await fetch(`${receiver.url}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(10 * 1024 * 1024),
    }).catch(() => undefined);
    if (huge) assert.equal(huge.status, 413);
    // a header with a line break smuggled into it is refused by the HTTP parser itself
    const { port, hostname } = new URL(receiver.url);
    const raw = connect(Number(port), hostname);
    let answer = '';
    raw.on('data', (chunk) => (answer += chunk));
    raw.end('POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\rX-Injected: 1\r\n\r\n');
    await once(raw, 'close');
    assert.match(answer, /^HTTP\/1\.1 400/);
    assert.equal((await fetch(`${receiver.url}/health`)).status, 200);
    const { stdout } = await run('export', '--db', db, '--format', 'json');
    const stored = (JSON.parse(stdout) as { id: string; message: string }[]).find((row) => row.id === 'nasty-1')!;
    assert.equal(stored.message, "'); DROP TABLE submissions; --");
  });

  it('says when a client sends too often: 429 with Retry-After', async () => {
    const strict = await startReceiver(scratchDb(), '--per-minute', '3');
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(strict.url, submission())).status);
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      const limited = await post(strict.url, submission());
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
    } finally {
      await strict.stop();
    }
  });
});

describe('the receiver under load and faults', () => {
  it('stores 200 submissions from 50 clients exactly once, a quarter of them sent twice at once, with no 5xx', async () => {
    const db = scratchDb();
    const receiver = await startReceiver(db, '--per-minute', '100000');
    try {
      const all = Array.from({ length: 200 }, () => submission());
      const sends = all.flatMap((each, i) => (i % 4 === 0 ? [each, each] : [each]));
      const statuses: number[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          while (next < sends.length) statuses.push((await post(receiver.url, sends[next++]!)).status);
        }),
      );
      assert.equal(statuses.filter((status) => status >= 500).length, 0);
      assert.equal(statuses.filter((status) => status === 201).length, 200);
      assert.equal(rows(db), 200);
    } finally {
      await receiver.stop();
    }
  });

  it('keeps every submission it answered 2xx for when killed (kill -9) mid-run', async () => {
    const db = scratchDb();
    const receiver = await startReceiver(db, '--per-minute', '100000');
    const acknowledged: string[] = [];
    let killed = false;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (!killed) {
          const sent = submission();
          try {
            const response = await post(receiver.url, sent);
            if (response.ok) acknowledged.push(sent.id);
            if (acknowledged.length >= 150 && !killed) {
              killed = true;
              receiver.process.kill('SIGKILL');
            }
          } catch {
            return; // the connection died with the process
          }
        }
      }),
    );
    await receiver.stop();
    const restarted = await startReceiver(db);
    try {
      const { stdout } = await run('export', '--db', db, '--format', 'json');
      const stored = new Set((JSON.parse(stdout) as { id: string }[]).map((row) => row.id));
      assert.ok(acknowledged.length >= 150);
      assert.deepEqual(
        acknowledged.filter((id) => !stored.has(id)),
        [],
      );
    } finally {
      await restarted.stop();
    }
  });

  it('cuts off a client that holds a connection open without finishing (slow loris), answering others meanwhile', async () => {
    const store = new FeedbackStore(scratchDb());
    const server = createReceiver({ store, origins: [], perMinute: 100, timeouts: { headers: 1000, request: 2000 } });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const slow = connect(port, '127.0.0.1').resume();
      slow.write('POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n');
      const closed = once(slow, 'close');
      assert.equal((await fetch(`http://127.0.0.1:${port}/health`)).status, 200);
      const started = Date.now();
      await closed;
      assert.ok(Date.now() - started < 5000, 'the slow client was cut off');
    } finally {
      server.close();
      await store.close();
    }
  });

  it('finishes a request under way on SIGTERM, then closes the database and exits 0', async () => {
    const db = scratchDb();
    const receiver = await startReceiver(db);
    const { port, hostname } = new URL(receiver.url);
    const body = JSON.stringify(submission({ id: 'in-flight' }));
    const socket = connect(Number(port), hostname);
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.write(
      `POST /feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const exited = receiver.stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    socket.end(body.slice(10));
    assert.equal(await exited, 0);
    assert.match(answer, /^HTTP\/1\.1 201/);
    assert.equal(rows(db), 1);
  });
});

describe('receive --notify', () => {
  /** A chat webhook that fails its first `failures` posts, then accepts. */
  async function webhook(failures: number) {
    const received: string[] = [];
    let calls = 0;
    const server = createServer(async (request: IncomingMessage, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      calls += 1;
      if (calls <= failures) {
        response.writeHead(503).end();
        return;
      }
      received.push((JSON.parse(body) as { text: string }).text);
      response.writeHead(200).end('ok');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, server };
  }

  it('posts each new submission once, after a failing webhook recovers, without name or email', async () => {
    const hook = await webhook(2);
    const receiver = await startReceiver(scratchDb(), '--notify', hook.url);
    try {
      const one = submission({ message: 'First <!channel>', name: 'Ana Flores', email: 'ana@example.org' });
      assert.equal((await post(receiver.url, one)).status, 201);
      assert.equal((await post(receiver.url, one)).status, 200);
      assert.equal((await post(receiver.url, submission({ message: 'Second' }))).status, 201);
      const deadline = Date.now() + 15_000;
      while (hook.received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal(hook.received.length, 2);
      assert.match(hook.received[0]!, /First &lt;!channel&gt;/);
      assert.match(hook.received[1]!, /Second/);
      assert.doesNotMatch(hook.received.join('\n'), /Ana|ana@example/);
    } finally {
      await receiver.stop();
      hook.server.close();
    }
  });

  it('includes name and email with --notify-contact, and sends what was due after a restart', async () => {
    const db = scratchDb();
    const down = await startReceiver(db, '--notify', 'http://127.0.0.1:9/hook', '--notify-contact');
    assert.equal((await post(down.url, submission({ name: 'Ana Flores', email: 'ana@example.org' }))).status, 201);
    await down.stop();
    const hook = await webhook(0);
    const receiver = await startReceiver(db, '--notify', hook.url, '--notify-contact');
    try {
      const deadline = Date.now() + 10_000;
      while (!hook.received.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.equal(hook.received.length, 1);
      assert.match(hook.received[0]!, /From: Ana Flores &lt;ana@example.org&gt;/);
    } finally {
      await receiver.stop();
      hook.server.close();
    }
  });
});

describe('coalition-widgets export', () => {
  it('writes CSV that spreadsheets open as UTF-8, with formulas neutralised', async () => {
    const db = scratchDb();
    const store = new FeedbackStore(db);
    const base = { topic: null, page: null, email: null, userAgent: null, receivedAt: '2026-11-25T10:00:00.000Z' };
    await store.add({
      ...base,
      id: 'a',
      answers: { more: 'Sí' },
      message: '=HYPERLINK("http://evil")',
      name: '+1 555',
    });
    await store.add({
      ...base,
      id: 'b',
      answers: { topics: ['a', 'b'] },
      message: 'line one\nline "two"',
      name: '@ana',
    });
    await store.close();
    const { code, stdout } = await run('export', '--db', db);
    assert.equal(code, 0);
    assert.ok(
      stdout.startsWith(
        '\uFEFF"id","received","topic","page","message","name","email","user agent","more","topics","other answers"\r\n',
      ),
    );
    assert.match(
      stdout,
      /\r\n"a","2026-11-25T10:00:00.000Z","","","'=HYPERLINK\(""http:\/\/evil""\)","'\+1 555","","","Sí","",""\r\n/,
    );
    assert.match(stdout, /\r\n"b",.*,"line one\nline ""two""","'@ana","","","","a, b",""\r\n$/);
  });

  it('explains its usage, and says when the database is missing', async () => {
    assert.equal((await run('export', '--help')).code, 0);
    assert.equal((await run('receive', '--help')).code, 0);
    assert.equal((await run('export')).code, 2);
    assert.equal((await run('export', '--db', 'x.db', '--format', 'xml')).code, 2);
    assert.equal((await run('receive', '--port', '1')).code, 2);
    const missing = await run('export', '--db', '/nonexistent/feedback.db');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no such file/);
  });
});
