// `npm run bench` (after the build): `coalition-widgets publish` of a feed of 200 victories (half
// of them in English and Spanish, so 500 cards) and 500 upcoming events (a fifth bilingual).
// Prints the seconds, the files and the site's size. The ceiling is 30 s on this machine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'bench-publish-'));
const pad = (n) => String(n).padStart(2, '0');
const victories = Array.from({ length: 200 }, (_, i) => ({
  id: `win-${i + 1}`,
  title:
    i % 2
      ? `Win ${i + 1}: the neighborhood's library stays open`
      : {
          en: `Win ${i + 1}: rent stabilization passed`,
          es: `Victoria ${i + 1}: aprobada la estabilización de rentas`,
        },
  date: `2026-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`,
  summary: 'Residents testified at three council meetings.',
  metric: { value: 1000 + i * 17, unit: { en: 'households protected', es: 'hogares protegidos' } },
}));
const events = Array.from({ length: 500 }, (_, i) => ({
  id: `event-${i + 1}`,
  title: i % 5 ? `Meeting ${i + 1}` : { en: `Tenant clinic ${i + 1}`, es: `Clínica ${i + 1}` },
  start: `2027-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}T${pad(9 + (i % 10))}:00`,
  location: { name: `Community Center ${i % 7}`, address: `${100 + i} Main St, Austin, TX` },
  rsvp: `https://bench.example/rsvp/${i + 1}`,
  description: 'Bring your questions; childcare on site.',
}));
const feed = join(dir, 'feed.json');
writeFileSync(
  feed,
  JSON.stringify({
    version: 1,
    coalition: { name: 'Bench Coalition', timezone: 'America/Chicago', accent: '#6a2bd9' },
    victories,
    events,
  }),
);

function sizeOf(folder) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(folder, { recursive: true })) {
    const stats = statSync(join(folder, name));
    if (stats.isFile()) {
      bytes += stats.size;
      files++;
    }
  }
  return { bytes, files };
}

const out = join(dir, 'site');
const load = loadavg()[0];
const started = performance.now();
execFileSync(
  process.execPath,
  ['cli/bin/coalition-widgets.js', 'publish', '--feed', feed, '--site-url', 'https://bench.example', '--out', out],
  { env: { ...process.env, COALITION_WIDGETS_NOW: '2027-01-01T00:00:00Z' }, stdio: ['ignore', 'ignore', 'pipe'] },
);
const seconds = (performance.now() - started) / 1000;
const { bytes, files } = sizeOf(out);
console.log('\nPublish: 200 victories (100 bilingual: 500 cards) and 500 upcoming events (100 bilingual: 600 flyers)');
console.log(
  `  seconds (one run)       ${seconds.toFixed(1)}   (ceiling 30; load average ${load.toFixed(2)} at the start)`,
);
console.log(`  files                   ${files}`);
console.log(`  site size               ${(bytes / 1024 / 1024).toFixed(1)} MB`);
