// `npm run bench` (after the build): `coalition-widgets build` from a calendar of 200 weekly series
// over 12 months plus a 2,000-row events sheet. Prints the seconds and the events written.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'bench-build-'));
const file = (name, content) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
const pad = (n) => String(n).padStart(2, '0');

const series = Array.from({ length: 200 }, (_, i) =>
  [
    'BEGIN:VEVENT',
    `UID:series-${i}@bench.example`,
    'DTSTAMP:20270101T000000Z',
    `DTSTART;TZID=America/Chicago:202701${pad(1 + (i % 28))}T${pad(8 + (i % 12))}3000`,
    `DTEND;TZID=America/Chicago:202701${pad(1 + (i % 28))}T${pad(9 + (i % 12))}3000`,
    'RRULE:FREQ=WEEKLY',
    `SUMMARY:Weekly meeting ${i + 1}`,
    `LOCATION:Community Center ${i % 7}\\, Austin`,
    'CATEGORIES:organizing',
    'END:VEVENT',
  ].join('\r\n'),
);
const calendar = file(
  'calendar.ics',
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//EN', ...series, 'END:VCALENDAR', ''].join('\r\n'),
);
const rows = Array.from(
  { length: 2000 },
  (_, i) =>
    `Sheet event ${i + 1},2027-${pad(1 + (i % 12))}-${pad(1 + (i % 28))} ${pad(9 + (i % 10))}:00,,"Neighborhood ${i % 9}","housing, transit"`,
);
const sheet = file('events.csv', ['title,start,end,neighborhood,tags', ...rows, ''].join('\n'));
const base = file(
  'base.json',
  JSON.stringify({ version: 1, coalition: { name: 'Bench', timezone: 'America/Chicago' } }),
);
const out = join(dir, 'feed.json');

const runs = [];
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  execFileSync(
    process.execPath,
    [
      'cli/bin/coalition-widgets.js',
      'build',
      '--base',
      base,
      '--calendar',
      calendar,
      '--events',
      sheet,
      '--months',
      '12',
      '--out',
      out,
    ],
    { env: { ...process.env, COALITION_WIDGETS_NOW: '2027-01-01T00:00:00Z' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  runs.push((performance.now() - started) / 1000);
}
const events = JSON.parse(readFileSync(out, 'utf8')).events.length;
runs.sort((a, b) => a - b);
console.log('\nBuild: a calendar of 200 weekly series over 12 months, plus a 2,000-row events sheet');
console.log(`  seconds (median of 3)   ${runs[1].toFixed(2)}`);
console.log(`  events written          ${events}`);
