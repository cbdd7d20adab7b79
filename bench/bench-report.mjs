// `npm run bench` (after the build): `coalition-widgets report` on 10,000 and on 100,000 stored
// submissions, each with a message, four answers and a text answer. Prints the seconds and the
// peak memory of each run; fails when 100,000 take more than 10 s, or when the report's memory
// grows with the rows.
// Memory is compared with a reference run in the same conditions: `export --format json` reads the
// same rows through the same store. Reading rows alone raises the peak RSS from 10,000 to about
// 100,000 rows (SQLite and V8 warming up, then a plateau), and by default V8 also grows its young
// generation while garbage is made quickly, whatever is kept. So the check is on the `small heap`
// runs (V8 held to a 1 MB young generation and 16 MB of old space, both commands): the report's
// peak RSS above export's must not grow by more than 4 MB from 10,000 to 100,000 rows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { FeedbackStore } from '../cli/dist/receive/store.js';

const cli = 'cli/bin/coalition-widgets.js';
const feed = 'cli/test/fixtures/report-feed.json';
const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
// printed by the report's process as it exits: its peak resident memory, and the heap V8 holds then and uses then
const probe = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => { const { heapTotal, heapUsed } = process.memoryUsage(); process.stderr.write(`MEMORY ${process.resourceUsage().maxRSS * 1024} ${heapTotal} ${heapUsed}\\n`); });",
)}`;

/** A database of `rows` submissions over a year, written in one transaction (the receiver commits each). */
function seed(rows) {
  const db = join(dir, `feedback-${rows}.db`);
  new FeedbackStore(db).close();
  const database = new Database(db);
  const insert = database.prepare(
    `INSERT INTO submissions (id, received_at, answers, message, name, email, topic, page, user_agent)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'https://partner.example/events', 'Mozilla/5.0')`,
  );
  const start = Date.parse('2026-01-05T12:00:00Z');
  database.transaction(() => {
    for (let i = 0; i < rows; i++) {
      const answers = {
        more: ['Yes', 'No', 'Yes', 'Maybe'][i % 4],
        session: String((i % 5) + 1),
        topics: [['Bus shelters'], ['Sidewalks', 'Night service']][i % 2],
        idea: `Idea ${i}: a crosswalk by the school on our street`,
      };
      insert.run(
        `bench-${i}`,
        new Date(start + Math.floor((i * 365 * 86_400_000) / rows)).toISOString(),
        JSON.stringify(answers),
        `Feedback number ${i}: the bus stop on our street needs a shelter and a bench, and the 7 runs late.`,
        i % 10 ? null : `Resident ${i}`,
        i % 10 ? null : `resident${i}@example.org`,
        ['Transit summit', 'Clinic session', 'Housing forum'][i % 3],
      );
    }
  })();
  database.close();
  return db;
}

const SMALL_HEAP = ['--max-semi-space-size=1', '--max-old-space-size=16'];

/** Runs `report` (or, for the reference, `export`) on `db` with Node's options `node`, and measures it. */
function measure(db, node, ...options) {
  const out = join(dir, 'report.html');
  const command =
    options[0] === 'export'
      ? ['export', '--db', db, '--format', 'json']
      : ['report', '--db', db, '--feed', feed, '--out', out, ...options];
  const started = performance.now();
  const { status, stderr } = spawnSync(process.execPath, [...node, '--import', probe, cli, ...command], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (status !== 0) throw new Error(`${command[0]} exited ${status}: ${stderr}`);
  const seconds = (performance.now() - started) / 1000;
  const [rss, heap, live] = /MEMORY (\d+) (\d+) (\d+)/
    .exec(stderr)
    .slice(1)
    .map((bytes) => Number(bytes) / 2 ** 20);
  return { seconds, rss, heap, live, out: command[0] === 'report' ? statSync(out).size / 2 ** 20 : 0 };
}

const results = [];
for (const rows of [10_000, 100_000]) {
  const db = seed(rows);
  results.push({ rows, mode: 'organizers', ...measure(db, []) });
  results.push({ rows, mode: '--public', ...measure(db, [], '--public') });
  results.push({ rows, mode: 'small heap', ...measure(db, SMALL_HEAP) });
  results.push({ rows, mode: 'export, small heap', ...measure(db, SMALL_HEAP, 'export') });
}
rmSync(dir, { recursive: true, force: true });

console.log(`\nReport: one pass over the stored submissions (load average ${loadavg()[0].toFixed(2)} at the end)`);
const mb = (value, digits = 0) => `${value.toFixed(digits)} MB`;
console.log('     rows   run                  seconds   peak RSS   heap held   heap live at exit     page');
for (const { rows, mode, seconds, rss, heap, live, out } of results) {
  console.log(
    `  ${rows.toLocaleString('en').padStart(7)}   ${mode.padEnd(19)} ${seconds.toFixed(2).padStart(8)} ${mb(rss).padStart(10)} ${mb(heap).padStart(11)} ${mb(live, 1).padStart(19)} ${mb(out, 1).padStart(8)}`,
  );
}
const at = (rows, mode) => results.find((each) => each.rows === rows && each.mode === mode);
for (const mode of ['organizers', '--public']) {
  const ratio = (key) => (at(100_000, mode)[key] / at(10_000, mode)[key]).toFixed(2);
  console.log(`  ${mode}, 100,000 rows against 10,000: peak RSS ×${ratio('rss')}, live heap ×${ratio('live')}`);
}
if (results.some((each) => each.rows === 100_000 && each.seconds > 10)) {
  console.log('  100,000 submissions took more than 10 s');
  process.exitCode = 1;
}
const above = (rows) => at(rows, 'small heap').rss - at(rows, 'export, small heap').rss;
console.log(
  `  small heap: report's peak RSS above export's, on the same rows: ${mb(above(10_000), 1)} at 10,000, ${mb(above(100_000), 1)} at 100,000`,
);
if (above(100_000) - above(10_000) > 4) {
  console.log('  the report keeps more with more rows');
  process.exitCode = 1;
}
