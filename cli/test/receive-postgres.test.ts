// Two real receiver processes on one real PostgreSQL (started by the test), under load from 50
// clients, while one receiver is killed with SIGKILL and the database restarts.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { startPostgres, type Postgres } from './postgres.js';
import { post, startReceiver, startReceiverWith, submission, type Receiver } from './receiver.js';
import { cliArgs, run } from './run.js';

const CLIENTS = 50;
const OPEN = ['--per-minute', '1000000', '--total-kb-per-minute', '1000000'];

let server: Postgres;
before(async () => {
  server = await startPostgres();
});
after(() => server.remove());

/** A chat webhook that counts the posts it gets for each submission (named in its message). */
async function webhook(delay = 0): Promise<{ url: string; posts: Map<string, number>; server: Server }> {
  const posts = new Map<string, number>();
  const hook = createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    const id = /id (\S+)/.exec((JSON.parse(body) as { text: string }).text)![1]!;
    posts.set(id, (posts.get(id) ?? 0) + 1);
    if (delay) await sleep(delay);
    response.end('ok');
  }).listen(0, '127.0.0.1');
  await once(hook, 'listening');
  return { url: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`, posts, server: hook };
}

/** Resolves once `done()` holds, checking every 100 ms, or rejects after `ms`. */
async function until(done: () => boolean, ms: number, what: string): Promise<void> {
  for (const end = Date.now() + ms; !done(); await sleep(100)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

/** Every submission in the database, by `export --format json`. */
async function exported(db: string): Promise<{ id: string }[]> {
  const { code, stdout, stderr } = await run('export', '--db', db, '--format', 'json');
  assert.equal(code, 0, stderr);
  return JSON.parse(stdout) as { id: string }[];
}

describe('receivers sharing one PostgreSQL', () => {
  it('store every acknowledged submission once through a SIGKILL of one receiver and a database restart', async () => {
    const db = await server.database();
    const hook = await webhook();
    const receivers: (Receiver | undefined)[] = await Promise.all([
      startReceiver(db, ...OPEN, '--notify', hook.url),
      startReceiver(db, ...OPEN, '--notify', hook.url),
    ]);
    const statuses = new Map<number, number>();
    let refusedConnections = 0;
    let missingRetryAfter = 0;
    const acknowledged = new Set<string>();
    /** Sends until a 2xx, as the form does, going to the other receiver while one is down (as a proxy would). */
    async function deliver(body: object & { id: string }, prefer: number): Promise<void> {
      let last = '';
      for (let attempt = 0; attempt < 400; attempt++) {
        const target = receivers[prefer] ?? receivers[1 - prefer];
        if (!target) {
          await sleep(50);
          continue;
        }
        let response: Response;
        try {
          response = await post(target.url, body);
          await response.arrayBuffer();
        } catch (error) {
          last = String((error as Error).cause ?? error);
          refusedConnections++;
          await sleep(50);
          continue;
        }
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        last = String(response.status);
        if (response.status === 503) {
          if (!response.headers.get('retry-after')) missingRetryAfter++;
          await sleep(100);
          continue;
        }
        if (response.ok) return void acknowledged.add(body.id);
        throw new Error(`answered ${response.status}`);
      }
      throw new Error(
        `${body.id} was never acknowledged (${last}):\n${receivers.map((each) => each?.output().slice(-2000)).join('\n--\n')}`,
      );
    }

    try {
      const total = 1000;
      const sends = Array.from({ length: total }, () => {
        const each = submission();
        return { ...each, message: `${each.message}, id ${each.id}` };
      });
      let next = 0;
      const load = Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          for (let i = next++; i < total; i = next++) {
            // a quarter sent to both receivers at once (two tabs, or a retry racing the first send)
            await (i % 4 === 0
              ? Promise.all([deliver(sends[i]!, 0), deliver(sends[i]!, 1)])
              : deliver(sends[i]!, i % 2));
          }
        }),
      );
      const trouble = (async () => {
        await until(() => acknowledged.size >= total / 4, 60_000, 'a quarter of the load');
        const killed = receivers[1]!;
        receivers[1] = undefined;
        killed.process.kill('SIGKILL');
        await once(killed.process, 'exit');
        receivers[1] = await startReceiver(db, ...OPEN, '--notify', hook.url);
        await until(() => acknowledged.size >= total / 2, 60_000, 'half of the load');
        await server.restart();
      })();
      await Promise.all([load, trouble]);

      assert.equal(acknowledged.size, total);
      const ids = (await exported(db)).map((row) => row.id);
      assert.equal(ids.length, total, 'one row per submission');
      assert.deepEqual(new Set(ids), new Set(sends.map((each) => each.id)));
      // nothing 5xx but the documented 503, always with its Retry-After; no 409 for a same resend
      assert.deepEqual(
        [...statuses.keys()].filter((status) => ![200, 201, 503].includes(status)),
        [],
        JSON.stringify([...statuses]),
      );
      assert.ok(statuses.get(503), 'the restart was under load: some sends were answered 503');
      assert.equal(missingRetryAfter, 0);
      // never two 201s for one id; one can be fewer: a send committed just before its receiver or
      // connection died got no answer, and its resend was a duplicate
      assert.ok(statuses.get(201)! <= total, 'at most one 201 per submission');
      // each submission is told to the chat; only a post in flight when its receiver or the database
      // went down (delivered, not yet recorded) can go out twice
      await until(() => hook.posts.size === total, 60_000, 'every notification');
      const twice = [...hook.posts.values()].filter((count) => count > 1).length;
      assert.ok(twice <= 3, `${twice} notifications posted twice`);
      console.log(
        `answers: ${JSON.stringify([...statuses])}, refused connections: ${refusedConnections}, posted twice: ${twice}`,
      );
    } finally {
      await Promise.all(receivers.map((receiver) => receiver?.stop('SIGKILL')));
      hook.server.close();
    }
  });

  it('posts each notification once in all from two receivers, taking the database from DATABASE_URL', async () => {
    const db = await server.database();
    const hook = await webhook(20);
    const receivers = await Promise.all([
      startReceiverWith({ DATABASE_URL: db }, undefined, ...OPEN, '--notify', hook.url),
      startReceiverWith({ DATABASE_URL: db }, undefined, ...OPEN, '--notify', hook.url),
    ]);
    try {
      assert.doesNotMatch(receivers[0]!.output(), /SQLite|feedback\.db/);
      const ids: string[] = [];
      await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          const each = submission();
          ids.push(each.id);
          assert.equal((await post(receivers[i % 2]!.url, { ...each, message: `id ${each.id}` })).status, 201);
        }),
      );
      await until(() => hook.posts.size === 100, 30_000, 'every notification');
      await sleep(300);
      assert.deepEqual(new Set(hook.posts.values()), new Set([1]));
      const { stdout } = await new Promise<{ stdout: string }>((resolve, reject) =>
        execFile(
          process.execPath,
          [...cliArgs, 'export', '--format', 'json'],
          { env: { ...process.env, DATABASE_URL: db } },
          (error, out) => (error ? reject(error) : resolve({ stdout: out })),
        ),
      );
      assert.deepEqual(new Set((JSON.parse(stdout) as { id: string }[]).map((row) => row.id)), new Set(ids));
    } finally {
      await Promise.all(receivers.map((receiver) => receiver.stop()));
      hook.server.close();
    }
  });

  it('refuses with a 400 what PostgreSQL cannot hold or count (NUL, half a surrogate pair in a question id)', async () => {
    const db = await server.database();
    const receiver = await startReceiver(db);
    try {
      const nul = await post(receiver.url, submission({ message: 'a\u0000b' }));
      assert.equal(nul.status, 400);
      assert.deepEqual(await nul.json(), { error: 'a field holds a NUL character' });
      assert.equal((await post(receiver.url, submission({ answers: { more: ['Yes', '\u0000'] } }))).status, 400);
      const key = await post(receiver.url, submission({ answers: { 'q\ud800': 'Yes' } }));
      assert.equal(key.status, 400);
      assert.deepEqual(await key.json(), { error: 'answers: a question id that is not text' });
      // a whole pair, and half of one in an answer, are text like any other
      const kept = submission({ answers: { 'q🚌': 'Yes' }, message: 'x\ud800' });
      assert.equal((await post(receiver.url, kept)).status, 201);
      const csv = await run('export', '--db', db);
      assert.equal(csv.code, 0, csv.stderr);
      assert.match(csv.stdout, /"q🚌"/);
    } finally {
      await receiver.stop();
    }
  });

  it('answers 503 with Retry-After while the database is down, and recovers by itself when it is back', async () => {
    const db = await server.database();
    const receiver = await startReceiver(db);
    try {
      const first = submission();
      assert.equal((await post(receiver.url, first)).status, 201);
      await server.stop();
      const during = submission();
      const refused = await post(receiver.url, during, {
        'content-type': 'application/json',
        origin: 'https://partner.example',
      });
      assert.equal(refused.status, 503);
      assert.equal(refused.headers.get('retry-after'), '5');
      assert.equal(refused.headers.get('access-control-expose-headers'), 'Retry-After');
      assert.deepEqual(await refused.json(), { error: 'cannot store it just now; try again' });
      const down = await run('export', '--db', db);
      assert.equal(down.code, 1);
      assert.match(down.stderr, /cannot be used as the feedback database/);
      await server.start();
      // the form's retry, after the wait, is stored; the resend of the first is still a duplicate
      assert.equal((await post(receiver.url, during)).status, 201);
      assert.equal((await post(receiver.url, first)).status, 200);
      assert.deepEqual(
        (await exported(db)).map((row) => row.id),
        [first.id, during.id],
      );
      assert.match(receiver.output(), /the database cannot be reached/);
    } finally {
      await server.start().catch(() => undefined);
      assert.equal(await receiver.stop(), 0);
    }
  });
});
