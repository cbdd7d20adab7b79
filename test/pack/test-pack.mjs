// `npm run test:pack`: both packages as a user gets them. Packs the widgets and the command line
// (each `prepack` builds), checks what the widget tarball holds, installs the two tarballs into an
// empty project with `npm install`, runs the command line there, and loads elements from the
// installed package in headless Chromium. Install scripts are skipped, so better-sqlite3 has no
// native binding: validate, build and ics must run without it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serve } from '../../scripts/local-chromium.mjs';

const root = mkdtempSync(join(tmpdir(), 'coalition-widgets-pack-'));
const project = join(root, 'project');
let failed = false;
const check = (ok, what) => {
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

/** `npm pack`'s report, after whatever its prepack build printed. */
const pack = (args) => {
  const out = run('npm', ['pack', '--json', '--pack-destination', root, ...args]);
  return JSON.parse(out.slice(out.lastIndexOf('\n[\n') + 1))[0];
};

try {
  const started = Date.now();
  const widgets = pack([]);
  const cli = pack(['-w', 'cli']);
  console.log(`packed ${widgets.filename} (${widgets.size} bytes) and ${cli.filename} (${cli.size} bytes)`);
  const files = widgets.files.map((file) => file.path);
  check(
    !files.some((file) => /^dist\/(wordpress|builder)\//.test(file)),
    'the widget tarball holds the library only: no dist/wordpress, no dist/builder',
  );
  for (const needed of ['LICENSE', 'dist/coalition-widgets.js', 'dist/embed/event-list.js', 'custom-elements.json'])
    check(files.includes(needed), `the widget tarball holds ${needed}`);
  check(
    cli.files.some((file) => file.path === 'LICENSE') && cli.files.some((file) => file.path === 'dist/cli.js'),
    'the command-line tarball holds LICENSE and its built dist/',
  );
  check(
    ['victories', 'events', 'speakers'].every((sheet) =>
      cli.files.some((file) => file.path === `templates/${sheet}.csv`),
    ),
    'the command-line tarball holds the sheet templates init writes',
  );

  rmSync(project, { recursive: true, force: true });
  cpSync('demo/feed.json', join(project, 'feed.json'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pack-test', private: true }));
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--ignore-scripts',
      join(root, widgets.filename),
      join(root, cli.filename),
    ],
    { cwd: project },
  );
  console.log(`installed both tarballs into an empty project (${((Date.now() - started) / 1000).toFixed(1)} s so far)`);
  const installed = JSON.parse(readFileSync(join(project, 'node_modules/coalition-widgets-cli/package.json'), 'utf8'));
  check(
    !Object.values(installed.dependencies).some((spec) => /^(file|link|workspace):/.test(spec)),
    `the command line depends on the widgets by version (${installed.dependencies['coalition-widgets']})`,
  );
  for (const map of [
    'dist/coalition-widgets.js.map',
    'dist/embed/speaker-card.js.map',
    'dist/format/validate-feed.js.map',
  ]) {
    const { sources, sourcesContent = [] } = JSON.parse(
      readFileSync(join(project, 'node_modules/coalition-widgets', map), 'utf8'),
    );
    check(
      sourcesContent.length === sources.length && sourcesContent.every((text) => typeof text === 'string'),
      `${map} carries the text of its ${sources.length} sources`,
    );
  }

  const bin = join(project, 'node_modules/.bin/coalition-widgets');
  const cliRun = (args) => {
    try {
      return { code: 0, out: run(bin, args, { cwd: project }) };
    } catch (error) {
      return { code: error.status, out: `${error.stdout}${error.stderr}` };
    }
  };
  const help = cliRun(['--help']);
  check(help.code === 0 && help.out.includes('validate'), 'coalition-widgets --help lists the commands');
  const validate = cliRun(['validate', 'feed.json']);
  check(
    validate.code === 0,
    `coalition-widgets validate feed.json exits 0 without better-sqlite3 (${validate.out.trim()})`,
  );
  const ics = cliRun(['ics', 'feed.json']);
  check(
    ics.code === 0 && ics.out.startsWith('BEGIN:VCALENDAR') && ics.out.includes('BEGIN:VEVENT'),
    'coalition-widgets ics feed.json writes a calendar',
  );
  const build = cliRun(['build', '--base', 'feed.json', '--out', 'built.json']);
  check(build.code === 0, 'coalition-widgets build --base feed.json exits 0');
  // publish from the installed packages alone: the fonts, satori and resvg, the widget files and
  // the builder (which the command line carries, as the widget tarball leaves it out)
  const publish = cliRun([
    'publish',
    '--feed',
    'feed.json',
    '--site-url',
    'https://coalition.example',
    '--out',
    'site',
  ]);
  check(
    publish.code === 0 &&
      ['builder/index.html', 'js/coalition-widgets.js', 'wins/example-route-7/card.png'].every((path) =>
        existsSync(join(project, 'site', path)),
      ),
    'coalition-widgets publish writes the site with its cards, js/ and builder/',
  );
  const init = cliRun(['init', 'repo']);
  check(
    init.code === 0 &&
      readFileSync(join(project, 'repo/sheets/events.csv'), 'utf8') === readFileSync('templates/events.csv', 'utf8') &&
      readFileSync(join(project, 'repo/.github/workflows/publish.yml'), 'utf8').includes(
        `coalition-widgets-cli@${installed.version} coalition-widgets publish`,
      ),
    `coalition-widgets init repo writes the templates and a workflow pinned to ${installed.version}`,
  );

  // the script-tag file from the package, and an npm entry resolved as a bundler or dev server would
  const feed = readFileSync('demo/feed.json', 'utf8').replace(/</g, '\\u003c');
  writeFileSync(
    join(project, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="/node_modules/coalition-widgets/dist/embed/victory-tracker.js"></script>
<script type="module">import 'coalition-widgets/speaker-card.js';</script></head><body>
<coalition-feed><script type="application/json">${feed}</script>
<coalition-victory-tracker></coalition-victory-tracker><coalition-speaker-card speaker="chas-moore"></coalition-speaker-card>
</coalition-feed></body></html>`,
  );
  const { server, port } = await serve(project, { nodeResolve: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`http://127.0.0.1:${port}/index.html`, { waitUntil: 'load' });
    const texts = await page
      .waitForFunction(
        () => {
          const text = (tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '';
          const both = [text('coalition-victory-tracker'), text('coalition-speaker-card')];
          return /victories since/.test(both[0]) && both[1].includes('Chas Moore') && both;
        },
        { timeout: 10_000 },
      )
      .then(
        (handle) => handle.jsonValue(),
        () => undefined,
      );
    check(!!texts, 'in Chromium, the installed embed file and npm entry render the victory tracker and a speaker card');
    check(errors.length === 0, `no page error (${errors.join('; ') || 'none'})`);
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(`pack-and-install test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
if (failed) {
  console.error('some checks failed');
  process.exitCode = 1;
}
