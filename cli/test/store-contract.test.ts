// One contract, two stores: every test here runs against the SQLite file and against a real
// PostgreSQL (started by the test), through the Store interface alone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { PostgresStore } from '../src/receive/postgres-store.js';
import type { Store } from '../src/receive/store-contract.js';
import { FeedbackStore } from '../src/receive/store.js';
import type { StoredSubmission } from '../src/receive/submission.js';
import { startPostgres, type Postgres } from './postgres.js';
import { scratchDb } from './receiver.js';

interface Kind {
  name: string;
  /** A new, empty database, and how to open a handle on it (each handle as a receiver process holds one). */
  fresh(): Promise<() => Promise<Store>>;
  /** Whether several receivers may share it, each posting its own share of the notifications. */
  shared: boolean;
}

let server: Postgres;
const kinds: Kind[] = [
  {
    name: 'SQLite',
    async fresh() {
      const file = scratchDb();
      return async () => new FeedbackStore(file);
    },
    shared: false,
  },
  {
    name: 'PostgreSQL',
    async fresh() {
      const url = await server.database();
      return () => PostgresStore.open(url, { create: true });
    },
    shared: true,
  },
];

before(async () => {
  server = await startPostgres();
});
after(() => server.remove());

const submission = (id: string, extra: Partial<StoredSubmission> = {}): StoredSubmission => ({
  id,
  receivedAt: '2026-12-03T10:00:00.000Z',
  answers: { more: 'Yes' },
  message: 'The bus stop needs a shelter',
  name: null,
  email: null,
  topic: null,
  page: 'https://partner.example/',
  userAgent: 'test',
  ...extra,
});

const all = async (store: Store): Promise<StoredSubmission[]> => {
  const submissions: StoredSubmission[] = [];
  for await (const each of store.each()) submissions.push(each);
  return submissions;
};

/** Runs `body` with `count` handles on one fresh database, closing them after. */
async function withStores(kind: Kind, count: number, body: (...stores: Store[]) => Promise<void>): Promise<void> {
  const open = await kind.fresh();
  const stores = await Promise.all(Array.from({ length: count }, open));
  try {
    await body(...stores);
  } finally {
    await Promise.all(stores.map((store) => store.close()));
  }
}

for (const kind of kinds) {
  describe(`the ${kind.name} store keeps the contract`, () => {
    it('stores an id once: a same resend is a duplicate, a changed one a conflict, and the first is kept', () =>
      withStores(kind, 1, async (store) => {
        const first = submission('one', { answers: { more: 'Sí', topics: ['a', 'b'] }, name: 'Ana', topic: 'Bus' });
        assert.equal(await store.add(first), 'stored');
        // a later arrival from another browser is still the same submission
        assert.equal(
          await store.add({ ...first, receivedAt: '2026-12-03T11:00:00.000Z', userAgent: 'x' }),
          'duplicate',
        );
        assert.equal(await store.add({ ...first, message: 'changed' }), 'conflict');
        assert.equal(await store.add({ ...first, answers: { more: 'No', topics: ['a', 'b'] } }), 'conflict');
        assert.equal(await store.add({ ...first, name: null }), 'conflict');
        assert.deepEqual(await all(store), [first]);
      }));

    it('gives back every submission oldest first, text as it was sent, past one page of rows', () =>
      withStores(kind, 1, async (store) => {
        const sent = Array.from({ length: 1205 }, (_, i) =>
          submission(`s-${i}`, { message: `${i}: “quotes”, émoji 🚌, 'apostrophes' and \\ backslashes` }),
        );
        for (const each of sent) await store.add(each);
        assert.deepEqual(await all(store), sent);
      }));

    it('names the most used answer keys, ties going to the first used', () =>
      withStores(kind, 1, async (store) => {
        await store.add(submission('a', { answers: { late: 'x', early: 'y' } }));
        await store.add(submission('b', { answers: { common: 'x', early: 'z' } }));
        await store.add(submission('c', { answers: { common: 'x', __proto__: 'p' } }));
        assert.deepEqual(await store.mostUsedKeys(3), ['early', 'common', 'late']);
        assert.deepEqual(await store.mostUsedKeys(1), ['early']);
      }));

    it('queues a notification with a new submission only, and records what became of each post', () =>
      withStores(kind, 1, async (store) => {
        await store.add(submission('quiet'));
        await store.add(submission('first'), true);
        await store.add(submission('second'), true);
        // a resend queues nothing more
        assert.equal(await store.add(submission('first'), true), 'duplicate');
        const posted: string[] = [];
        const post = (outcome: 'delivered' | 'retry' | { refused: number }) => async (each: StoredSubmission) => {
          posted.push(each.id);
          return outcome;
        };
        assert.equal(await store.notifyNext(post('retry')), 'retry');
        assert.deepEqual(await store.notifyNext(post({ refused: 400 })), { refused: 400 });
        assert.equal(await store.notifyNext(post('delivered')), 'delivered');
        assert.equal(await store.notifyNext(post('delivered')), undefined);
        // a retry stays due, first in line; a refused one is set aside, not posted again
        assert.deepEqual(posted, ['first', 'first', 'second']);
      }));

    it('stores an id once when handles on one database add it at the same moment', () =>
      withStores(kind, 2, async (one, two) => {
        const sends = Array.from({ length: 40 }, (_, i) => (i % 2 ? one : two).add(submission(`same-${i % 4}`), true));
        const added = await Promise.all(sends);
        assert.equal(added.filter((each) => each === 'stored').length, 4);
        assert.equal(added.filter((each) => each === 'duplicate').length, 36);
        assert.deepEqual((await all(one)).map((each) => each.id).sort(), ['same-0', 'same-1', 'same-2', 'same-3']);
      }));

    if (kind.shared) {
      it('lets receivers sharing it post each notification once in all, a slow post held by one alone', () =>
        withStores(kind, 3, async (...stores) => {
          for (let i = 0; i < 30; i++) await stores[0]!.add(submission(`n-${i}`), true);
          const posts = new Map<string, number>();
          const post = async (each: StoredSubmission) => {
            posts.set(each.id, (posts.get(each.id) ?? 0) + 1);
            await sleep(10);
            return 'delivered' as const;
          };
          const drain = async (store: Store) => {
            while ((await store.notifyNext(post)) !== undefined);
          };
          await Promise.all(stores.map(drain));
          assert.equal(posts.size, 30);
          assert.deepEqual(new Set(posts.values()), new Set([1]));
        }));
    }
  });
}
