// `npm run bench`: script sizes and event-list render figures, measured in real Chromium.
// Run after `npm run build` (the npm script does). Prints one table; no thresholds here.
import { existsSync, readFileSync } from 'node:fs';
import { launchChromium, serve } from '../scripts/local-chromium.mjs';
import { budgetedScripts, bytesByFeature, onDemand } from '../scripts/bundle-sizes.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(browser, port, impl, count) {
  const results = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`http://127.0.0.1:${port}/bench/event-list.html?impl=${impl}&n=${count}`);
    await page.waitForFunction(() => window.benchResult, { timeout: 120_000 });
    results.push(await page.evaluate(() => window.benchResult));
    await page.close();
  }
  return {
    renderMs: median(results.map((r) => r.renderMs)),
    longestTaskMs: median(results.map((r) => r.longestTaskMs)),
    nodes: results[0].nodes,
  };
}

if (!existsSync('dist/coalition-widgets.js')) throw new Error('run `npm run build` first');

console.log('\nScript tags: what a page downloads (gzipped, level 9), against the budgets in package.json');
for (const { file, budget, files, bytes } of await budgetedScripts())
  console.log(
    `  ${file.padEnd(62)} ${`${files} file${files > 1 ? 's' : ''}`.padStart(8)} ${kb(bytes).padStart(10)} / ${kb(budget)}`,
  );
console.log('What the one file loads on demand, from beside itself (gzipped)');
for (const { file, bytes } of onDemand()) console.log(`  ${file.padEnd(62)} ${kb(bytes).padStart(19)}`);
const { total, shares, leftOut, provider } = await bytesByFeature();
console.log(
  `\nThe one file by feature (gzipped; estimated from each feature's share of the minified bytes), ${kb(total)} in all`,
);
for (const [name, bytes] of shares) if (bytes) console.log(`  ${name.padEnd(62)} ${kb(bytes).padStart(10)}`);
console.log('Exact: <coalition-feed> alone (Lit, the feed, the widget base) and what leaving each widget out saves');
console.log(`  ${'<coalition-feed> alone'.padEnd(62)} ${kb(provider).padStart(10)}`);
for (const [widget, bytes] of leftOut)
  console.log(`  ${`without the ${widget}`.padEnd(62)} ${`−${kb(bytes)}`.padStart(10)}`);

/** Serves the demo feed after a delay at /bench/slow/feed.json, so the loading state shows first. */
async function slowFeed(context, next) {
  if (context.path !== '/bench/slow/feed.json') return next();
  await new Promise((resolve) => setTimeout(resolve, 800));
  context.type = 'json';
  context.body = readFileSync('demo/feed.json', 'utf8');
}

async function layoutShift(browser, port, width, height) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(`http://127.0.0.1:${port}/bench/cls.html`);
  await page.waitForFunction(
    () => document.querySelector('coalition-event-list')?.shadowRoot?.querySelector('article'),
    { timeout: 20_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const shift = await page.evaluate(() => window.shift);
  await page.close();
  return shift;
}

const { server, port } = await serve('.', { middleware: [slowFeed], nodeResolve: true });
const browser = await launchChromium();
try {
  console.log(`\nEvent list: time from render call to the next paint, median of ${RUNS} runs`);
  console.log(
    `  ${'implementation'.padEnd(62)} ${'events'.padStart(7)} ${'render'.padStart(10)} ${'longest task'.padStart(13)} ${'DOM nodes'.padStart(10)}`,
  );
  const table = {};
  for (const count of [1000, 10000]) {
    for (const impl of ['dom', 'widget', 'widget-all', 'fullcalendar']) {
      if (impl === 'widget-all' && count > 1000) continue;
      const result = await measure(browser, port, impl, count);
      table[`${impl}@${count}`] = result;
      const label = {
        dom: 'hand-written DOM loop, every event',
        widget: '<coalition-event-list>, first window (what is painted first)',
        'widget-all': '<coalition-event-list limit=N>, every event at once',
        fullcalendar: 'FullCalendar list view, every event',
      }[impl];
      console.log(
        `  ${label.padEnd(62)} ${String(count).padStart(7)} ${`${result.renderMs.toFixed(1)} ms`.padStart(10)} ${`${result.longestTaskMs.toFixed(0)} ms`.padStart(13)} ${String(result.nodes).padStart(10)}`,
      );
    }
  }
  const ratio = (a, b) => (table[a].renderMs / table[b].renderMs).toFixed(2);
  console.log('\nRatios (lower is faster)');
  console.log(`  first paint, 1,000 events:   widget / DOM loop = ${ratio('widget@1000', 'dom@1000')}  (budget: 3)`);
  console.log(`  every event, 1,000 events:   widget / DOM loop = ${ratio('widget-all@1000', 'dom@1000')}`);
  console.log(
    `  first paint, 1,000 events:   widget / FullCalendar = ${ratio('widget@1000', 'fullcalendar@1000')}  (budget: below 1)`,
  );
  console.log(
    `  first paint, 10,000 events:  widget / FullCalendar = ${ratio('widget@10000', 'fullcalendar@10000')}; longest task ${table['widget@10000'].longestTaskMs.toFixed(0)} ms`,
  );

  console.log('\nLayout shift (CLS) while an 800 ms feed loads, content below the widgets (target: under 0.02)');
  for (const [name, width, height] of [
    ['desktop 1280×800', 1280, 800],
    ['phone 390×844', 390, 844],
  ]) {
    console.log(`  ${name.padEnd(20)} ${(await layoutShift(browser, port, width, height)).toFixed(4)}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
