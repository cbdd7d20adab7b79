// `npm run bench` (after `npm run build`): how long the main thread cannot answer a tap while the
// widgets load and render, as on a mid-range phone (Lighthouse's mobile profile: CPU slowed 4x,
// 390 px wide). Three pages, median of BENCH_RUNS loads each; total blocking time is the sum over
// long tasks of their time beyond 50 ms. Then a CPU profile of the four-widget page, top functions
// by self time, so the next person sees where the time goes. No thresholds here.
import { readFileSync } from 'node:fs';
import { launchChromium, serve } from '../scripts/local-chromium.mjs';
import { makeFeed } from './events.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const THROTTLE = 4;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const pages = {
  script: { label: 'the script, no widget', body: '' },
  four: {
    label: 'four widgets in one <coalition-feed>, 200 events, limit="20"',
    body: `<coalition-feed src="/bench/blocking/feed.json?events=200">
      <coalition-victory-tracker></coalition-victory-tracker>
      <coalition-event-list limit="20"></coalition-event-list>
      <coalition-speaker-card speaker="chas-moore"></coalition-speaker-card>
      <coalition-feedback-form></coalition-feedback-form>
    </coalition-feed>`,
  },
  many: {
    label: 'one event list, 10,000 events',
    body: '<coalition-event-list src="/bench/blocking/feed.json?events=10000"></coalition-event-list>',
  },
};

const demo = JSON.parse(readFileSync('demo/feed.json', 'utf8'));
const feeds = new Map();

/** The demo feed's coalition, victories, speakers and form, with `events` generated events. */
function feedText(count) {
  if (!feeds.has(count)) feeds.set(count, JSON.stringify({ ...demo, events: makeFeed(count).events }));
  return feeds.get(count);
}

/** Serves the three pages at /bench/blocking/<page>.html and their feeds. */
async function blockingPages(context, next) {
  const match = /^\/bench\/blocking\/(\w+)\.html$/.exec(context.path);
  if (match && pages[match[1]]) {
    context.type = 'html';
    context.body = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Blocking benchmark</title>
    <script src="/dist/coalition-widgets.js"></script>
    <style>body { margin: 0; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; }</style>
  </head>
  <body>
    <h1>A partner's page</h1>
    <p>Some introduction above the widgets.</p>
    ${pages[match[1]].body}
    <p>Content below the widgets.</p>
  </body>
</html>`;
    return;
  }
  if (context.path === '/bench/blocking/feed.json') {
    context.type = 'json';
    context.body = feedText(Number(context.query.events));
    return;
  }
  return next();
}

/** Records every long task from the first script on, in window.longTasks. */
const recordLongTasks = () => {
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
};

/** True once every widget on the page shows more than its loading placeholder. */
const rendered = () =>
  [...document.querySelectorAll('body *')]
    .filter((el) => el.localName.startsWith('coalition-') && el.localName !== 'coalition-feed')
    .every((el) => el.shadowRoot?.querySelector('[part="base"]') && !el.shadowRoot.querySelector('[part="loading"]'));

/** Loads a page with the CPU slowed; resolves once it is rendered and then 2 s passed with no long task. */
async function load(browser, port, name, profile = false) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.evaluateOnNewDocument(recordLongTasks);
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const started = Date.now();
  await page.goto(`http://127.0.0.1:${port}/bench/blocking/${name}.html`);
  await page.waitForFunction(rendered, { polling: 100, timeout: 120_000 });
  const renderedMs = Date.now() - started;
  let seen = -1;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const count = await page.evaluate(() => window.longTasks.length);
    if (count === seen) break;
    seen = count;
  }
  const tasks = await page.evaluate(() => window.longTasks);
  const result = {
    tbt: tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    longest: Math.max(0, ...tasks),
    tasks: tasks.length,
    renderedMs,
  };
  if (profile) result.profile = (await cdp.send('Profiler.stop')).profile;
  await page.close();
  return result;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A source map's mappings as, per generated line, [column, source, line, column, name?] segments. */
function decodeMappings(mappings) {
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    return line
      .split(',')
      .filter(Boolean)
      .map((segment) => {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = BASE64.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = shift = 0;
          }
        }
        return values.map((delta, i) => (state[i] += delta));
      });
  });
}

/** Names a bundle position by its source: `src/event-list/event-time.ts:38 formatTimeRange`. */
function sourceNamer(file) {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = decodeMappings(map.mappings);
  return (line, column) => {
    const segments = lines[line] ?? [];
    let found;
    for (const segment of segments) if (segment[0] <= column) found = segment;
    if (!found || found.length < 4) return undefined;
    const source = map.sources[found[1]].replace(/^(\.\.\/)+/, '');
    return `${source}:${found[2] + 1}${found.length > 4 ? ` ${map.names[found[4]]}` : ''}`;
  };
}

/** The functions that spent the most time themselves (not in their callees), in ms of throttled time. */
function topSelfTime(profile, count = 15) {
  const nameOf = sourceNamer('dist/coalition-widgets.js');
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber, columnNumber } = byNode.get(id).callFrame;
    const name = url.endsWith('/dist/coalition-widgets.js')
      ? (nameOf(lineNumber, columnNumber) ?? `${functionName} (bundle ${lineNumber + 1}:${columnNumber + 1})`)
      : url
        ? `${functionName || '(anonymous)'} ${url.replace(/^https?:\/\/[^/]+/, '')}:${lineNumber + 1}`
        : functionName;
    self.set(name, (self.get(name) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  self.delete('(idle)');
  const busy = [...self.values()].reduce((a, b) => a + b, 0);
  return { busy, rows: [...self].sort((a, b) => b[1] - a[1]).slice(0, count) };
}

const { server, port } = await serve('.', { middleware: [blockingPages] });
const browser = await launchChromium();
try {
  console.log(`\nMain thread while the widgets render: CPU slowed ${THROTTLE}x, 390 px wide, median of ${RUNS} loads`);
  console.log(
    `  ${'page'.padEnd(62)} ${'blocking'.padStart(9)} ${'longest task'.padStart(13)} ${'long tasks'.padStart(11)} ${'rendered'.padStart(9)}`,
  );
  for (const [name, { label }] of Object.entries(pages)) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await load(browser, port, name));
    const ms = (key) => `${median(runs.map((r) => r[key])).toFixed(0)} ms`;
    console.log(
      `  ${label.padEnd(62)} ${ms('tbt').padStart(9)} ${ms('longest').padStart(13)} ${String(median(runs.map((r) => r.tasks))).padStart(11)} ${ms('renderedMs').padStart(9)}`,
    );
  }

  const profiled = process.env.BENCH_PROFILE ?? 'four';
  const { profile } = await load(browser, port, profiled, true);
  const { busy, rows } = topSelfTime(profile);
  console.log(
    `\nCPU profile of one load of ${pages[profiled].label} (CPU slowed ${THROTTLE}x): ${busy.toFixed(0)} ms busy; top functions by self time`,
  );
  console.log("  ((program) is the browser's own work: parsing, style, layout, paint)");
  for (const [name, ms] of rows) console.log(`  ${`${ms.toFixed(1)} ms`.padStart(10)}  ${name}`);
} finally {
  await browser.close();
  await server.stop();
}
