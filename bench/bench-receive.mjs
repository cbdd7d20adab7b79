// `npm run bench` (after the build): the feedback receiver under load, on loopback only, each
// beside its reference measured in the same run (`node:http` and the same store with no checks,
// bench/receive-reference.mjs). 50 concurrent clients send 1,000 submissions, a quarter of them
// twice at the same time (to both receivers when there are two); prints requests per second and
// latency, and checks that exactly 1,000 rows were stored with no 5xx. With PostgreSQL 15 or
// later installed, also two receivers on one PostgreSQL (a scratch cluster the bench starts).
// RECEIVE_PROFILE=DIR writes the receivers' CPU profiles (node --cpu-prof) there.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPostgres } from '../cli/test/postgres.ts';

const CLIENTS = 50;
const SUBMISSIONS = 1000;
const cli = 'cli/bin/coalition-widgets.js';
const profile = process.env.RECEIVE_PROFILE;

/** Starts a server process (`node …args`) and resolves to its address and a way to stop it. */
async function start(args) {
  const child = spawn(process.execPath, [...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []), ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    child.on('exit', () => reject(new Error(`${args.join(' ')} exited:\n${output}`)));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[\d.]+:\d+\/feedback)/.exec(output);
      if (match) resolve(match[1]);
    });
  });
  return { url, stop: () => (child.kill('SIGTERM'), once(child, 'exit')) };
}

const receiver = (db) =>
  start([cli, 'receive', '--db', db, '--port', '0', '--per-minute', '1000000', '--total-kb-per-minute', '1000000']);
const reference = (db) => start(['bench/receive-reference.mjs', db]);

/** The load, spread over `urls`; the twice-sent quarter goes to two of them at once. */
async function load(urls, run) {
  const submissions = Array.from({ length: SUBMISSIONS }, (_, i) => ({
    id: `bench-${run}-${i}`,
    submittedAt: new Date().toISOString(),
    page: 'https://partner.example/',
    lang: 'en',
    answers: { more: i % 2 ? 'Yes' : 'No' },
    message: `Feedback number ${i}: the bus stop on our street needs a shelter and a bench.`,
  }));
  // a quarter sent twice, both copies in flight together (a double click, or two tabs)
  const sends = submissions.flatMap((each, i) => (i % 4 === 0 ? [[each, 0, 1]] : [[each, i % urls.length]]));
  const latencies = [];
  const statuses = new Map();
  let next = 0;
  const send = async (each, target) => {
    const before = performance.now();
    const response = await fetch(urls[target % urls.length], {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(each),
    });
    await response.arrayBuffer();
    latencies.push(performance.now() - before);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < sends.length) {
        const [each, ...targets] = sends[next++];
        await Promise.all(targets.map((target) => send(each, target)));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (share) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))];
  return { rate: latencies.length / seconds, p50: at(0.5), p99: at(0.99), statuses };
}

/** Runs the load on `count` servers of one kind on a fresh database, and checks what was stored. */
async function measure(kind, db, count, run) {
  const servers = [];
  for (let i = 0; i < count; i++) servers.push(await kind(db));
  const result = await load(
    servers.map((server) => server.url),
    run,
  );
  await Promise.all(servers.map((server) => server.stop()));
  const rows = JSON.parse(execFileSync(process.execPath, [cli, 'export', '--db', db, '--format', 'json'])).length;
  if (rows !== SUBMISSIONS || [...result.statuses.keys()].some((status) => status >= 500)) process.exitCode = 1;
  return { ...result, rows };
}

const scratch = () => join(mkdtempSync(join(tmpdir(), 'bench-receive-')), 'feedback.db');
const rows = [];
let runs = 0;
const ROUNDS = Number(process.env.BENCH_RUNS ?? 3);
/** The run whose rate is the median of `runs`. */
const median = (runs) => [...runs].sort((a, b) => a.rate - b.rate)[Math.floor(runs.length / 2)];
/** A round unmeasured to warm the disk and the database, then rounds of reference and receiver in turn. */
const compare = async (title, count, database) => {
  await measure(reference, await database(), count, runs++);
  const base = [];
  const ours = [];
  for (let round = 0; round < ROUNDS; round++) {
    base.push(await measure(reference, await database(), count, runs++));
    ours.push(await measure(receiver, await database(), count, runs++));
  }
  rows.push({ title, base: median(base), ours: median(ours) });
};

await compare('SQLite, one receiver', 1, scratch);
let postgres;
try {
  postgres = await startPostgres();
} catch (error) {
  console.log(`\n(PostgreSQL left out: ${error.message})`);
}
if (postgres) {
  try {
    await compare('PostgreSQL, two receivers', 2, () => postgres.database());
  } finally {
    await postgres.remove();
  }
}

console.log(
  `\nFeedback receiver (median of ${ROUNDS} rounds): ${SUBMISSIONS * 1.25} requests (${SUBMISSIONS} submissions, a quarter sent twice at once) from ${CLIENTS} clients; load ${readFileSync('/proc/loadavg', 'utf8').trim()}`,
);
const ms = (value) => `${value.toFixed(1)} ms`;
for (const { title, base, ours } of rows) {
  console.log(`  ${title}`);
  console.log(
    `    requests per second   ${ours.rate.toFixed(0)} (reference ${base.rate.toFixed(0)}: ${((ours.rate / base.rate) * 100).toFixed(0)}%)`,
  );
  console.log(
    `    latency p50 / p99     ${ms(ours.p50)} / ${ms(ours.p99)} (reference ${ms(base.p50)} / ${ms(base.p99)})`,
  );
  console.log(
    `    answers               ${[...ours.statuses].map(([status, count]) => `${count}× ${status}`).join(', ')}`,
  );
  console.log(`    rows stored           ${ours.rows} (expected ${SUBMISSIONS}; reference ${base.rows})`);
}
