// `npm run bench` (after the build): the feedback receiver under load, on loopback only.
// 50 concurrent clients send 1,000 submissions, a quarter of them twice at the same time; prints
// requests per second and latency, and checks that exactly 1,000 rows were stored with no 5xx.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLIENTS = 50;
const SUBMISSIONS = 1000;
const cli = 'cli/bin/coalition-widgets.js';
const db = join(mkdtempSync(join(tmpdir(), 'bench-receive-')), 'feedback.db');

const receiver = spawn(process.execPath, [cli, 'receive', '--db', db, '--port', '0', '--per-minute', '1000000'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
const url = await new Promise((resolve) =>
  receiver.stdout.on('data', (chunk) => {
    output += chunk;
    const match = /listening on (http:\/\/[\d.]+:\d+\/feedback)/.exec(output);
    if (match) resolve(match[1]);
  }),
);

const submissions = Array.from({ length: SUBMISSIONS }, (_, i) => ({
  id: `bench-${i}`,
  submittedAt: new Date().toISOString(),
  page: 'https://partner.example/',
  lang: 'en',
  answers: { more: i % 2 ? 'Yes' : 'No' },
  message: `Feedback number ${i}: the bus stop on our street needs a shelter and a bench.`,
}));
// a quarter sent twice, both copies in flight together (a double click, or two tabs)
const sends = submissions.flatMap((each, i) => (i % 4 === 0 ? [each, each] : [each]));
const latencies = [];
const statuses = new Map();
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    while (next < sends.length) {
      const body = JSON.stringify(sends[next++]);
      const before = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await response.arrayBuffer();
      latencies.push(performance.now() - before);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
receiver.kill('SIGTERM');
await once(receiver, 'exit');

const rows = JSON.parse(execFileSync(process.execPath, [cli, 'export', '--db', db, '--format', 'json'])).length;
latencies.sort((a, b) => a - b);
const at = (share) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))].toFixed(1);
console.log(
  `\nFeedback receiver: ${sends.length} requests (${SUBMISSIONS} submissions, a quarter sent twice) from ${CLIENTS} clients`,
);
console.log(`  requests per second   ${(sends.length / seconds).toFixed(0)}`);
console.log(`  latency p50 / p99     ${at(0.5)} ms / ${at(0.99)} ms`);
console.log(`  answers               ${[...statuses].map(([status, count]) => `${count}× ${status}`).join(', ')}`);
console.log(`  rows stored           ${rows} (expected ${SUBMISSIONS})`);
if (rows !== SUBMISSIONS || [...statuses.keys()].some((status) => status >= 500)) process.exitCode = 1;
