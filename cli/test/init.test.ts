// `coalition-widgets init`: a coalition's site repository from an empty folder. The workflow it
// writes is read as YAML, and its build step is run as GitHub's runner runs it (bash, the
// repository variables as environment), with `npx` standing for the pinned package.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { cliArgs, run, runAt } from './run.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
// the command line run from another folder still finds its TypeScript settings
const TSX_TSCONFIG_PATH = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const folder = () => mkdtempSync(join(tmpdir(), 'init-'));
const WRITTEN = [
  '.github/workflows/publish.yml',
  'README.md',
  'feed-base.json',
  'sheets/events.csv',
  'sheets/speakers.csv',
  'sheets/victories.csv',
];

/** Every file under `dir`, relative to it, sorted. */
function filesIn(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesIn(dir, join(prefix, entry.name)) : [join(prefix, entry.name)]))
    .sort();
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
  permissions: Record<string, string>;
  jobs: { publish: { steps: Step[]; environment: { name: string } } };
}

describe('coalition-widgets init', () => {
  let site: string;
  before(async () => {
    site = join(folder(), 'coalition-site');
    const { code, stderr } = await run('init', site);
    assert.equal(code, 0, stderr);
  });

  it('writes the base feed, the three sheet templates, the workflow and the README, and says what is next', () => {
    assert.deepEqual(filesIn(site), WRITTEN);
    for (const sheet of ['victories', 'events', 'speakers']) {
      assert.equal(
        readFileSync(join(site, `sheets/${sheet}.csv`), 'utf8'),
        readFileSync(new URL(`../../templates/${sheet}.csv`, import.meta.url), 'utf8'),
      );
    }
  });

  it('makes a base feed that builds with the sheet templates, every column understood', async () => {
    const sheets = ['victories', 'events', 'speakers'].flatMap((name) => [
      `--${name}`,
      join(site, `sheets/${name}.csv`),
    ]);
    const { code, stdout, stderr } = await runAt(
      '2027-01-01T00:00:00Z',
      'build',
      '--base',
      join(site, 'feed-base.json'),
      '--strict',
      ...sheets,
    );
    assert.equal(code, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.equal(feed.coalition.timezone, 'America/Chicago');
    assert.deepEqual([feed.victories.length, feed.events.length, feed.speakers.length], [2, 2, 2]);
  });

  it('writes a README whose steps are in plain words, from "Use this template" to a partner’s page', () => {
    const text = readFileSync(join(site, 'README.md'), 'utf8');
    const steps = [
      'Use this template',
      'File → Share → Publish to web',
      'Public address in iCal format',
      'Settings → Secrets and variables → Actions',
      '`CALENDAR_URL`',
      '`VICTORIES_CSV`',
      '`SPEAKERS_CSV`',
      'set **Source** to **GitHub Actions**',
      '**Run workflow**',
      '/builder/',
      'Custom HTML',
    ];
    let at = 0;
    for (const step of steps) {
      const found = text.indexOf(step, at);
      assert.ok(found >= 0, `README names ${step} after what comes before it`);
      at = found;
    }
    assert.match(text, new RegExp(`coalition-widgets-cli ${version.replace(/\./g, '\\.')}`));
    assert.doesNotMatch(text, /localhost|127\.0\.0\.1/);
  });

  it('never overwrites: when any of its files exists it names it, exits 1 and writes nothing', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'README.md'), 'our own notes');
    const { code, stderr } = await run('init', dir);
    assert.equal(code, 1);
    assert.equal(
      stderr.trim(),
      `init: ${join(dir, 'README.md')} exists: nothing written (init never overwrites a file)`,
    );
    assert.deepEqual(filesIn(dir), ['README.md']);
    assert.equal(readFileSync(join(dir, 'README.md'), 'utf8'), 'our own notes');
    // run again where it already wrote: every file named, nothing changed
    const again = await run('init', site);
    assert.equal(again.code, 1);
    for (const name of WRITTEN) assert.ok(again.stderr.includes(join(site, name)), name);
  });

  it('writes into the current folder by default, and explains its usage', async () => {
    const dir = folder();
    const code = await new Promise<number>((resolve) =>
      execFile(
        process.execPath,
        [...cliArgs, 'init'],
        { cwd: dir, env: { ...process.env, TSX_TSCONFIG_PATH } },
        (error) => resolve(error ? Number(error.code) : 0),
      ),
    );
    assert.equal(code, 0);
    assert.deepEqual(filesIn(dir), WRITTEN);
    assert.equal((await run('init', 'a', 'b')).code, 2);
    assert.equal((await run('init', '--help')).code, 0);
  });
});

describe('the workflow init writes (.github/workflows/publish.yml)', () => {
  let site: string;
  let workflow: Workflow;
  let steps: Step[];
  before(async () => {
    site = join(folder(), 'site');
    await run('init', site);
    workflow = parse(readFileSync(join(site, '.github/workflows/publish.yml'), 'utf8')) as Workflow;
    steps = workflow.jobs.publish.steps;
  });

  it('runs every hour and on demand, with the rights GitHub Pages deployment needs', () => {
    assert.deepEqual(workflow.on.schedule, [{ cron: '17 * * * *' }]);
    assert.ok('workflow_dispatch' in workflow.on);
    assert.deepEqual(workflow.permissions, { contents: 'read', pages: 'write', 'id-token': 'write' });
    assert.equal(workflow.jobs.publish.environment.name, 'github-pages');
  });

  it('runs publish from the pinned version into site/, and deploys site/ with the official Pages actions', () => {
    const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    assert.deepEqual(uses, [
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'actions/configure-pages@v5',
      'actions/upload-pages-artifact@v3',
      'actions/deploy-pages@v4',
    ]);
    const publish = steps.find((step) => step.run?.includes(' publish '))!;
    assert.equal(
      publish.run,
      `npx --yes -p coalition-widgets-cli@${version} coalition-widgets publish --feed feed.json --site-url "$SITE_URL/" --out site`,
    );
    assert.equal(publish.env!['SITE_URL'], '${{ steps.pages.outputs.base_url }}');
    assert.deepEqual(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))!.with, {
      path: 'site',
    });
    for (const step of steps.filter((each) => each.run?.includes('npx'))) {
      assert.doesNotMatch(step.run!, /coalition-widgets-cli(?!@\d+\.\d+\.\d+ )/, 'every npx names the version');
    }
  });

  describe('its feed steps, run as the runner runs them', () => {
    let server: Server;
    let google: string;
    /** What the loopback server answers: published sheets, a public calendar, and the site online now. */
    const served = new Map<string, [string, string]>();
    before(async () => {
      server = createServer((request, response) => {
        const file = served.get(new URL(request.url!, 'http://x').pathname);
        if (!file) return response.writeHead(404).end('not found');
        response.writeHead(200, { 'content-type': file[0] }).end(file[1]);
      });
      server.listen(0, '127.0.0.1');
      await once(server, 'listening');
      google = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const sheet of ['victories', 'speakers']) {
        served.set(`/spreadsheets/d/e/${sheet}/pub`, [
          'text/csv',
          readFileSync(join(site, `sheets/${sheet}.csv`), 'utf8'),
        ]);
      }
    });
    after(() => server.close());

    /**
     * Runs the named step's script in `dir` under bash, with the repository variables and the
     * Pages address as its environment, and an `npx` that runs this command line when asked for
     * the pinned package.
     */
    function runStep(name: string, dir: string, variables: Record<string, string>) {
      const step = steps.find((each) => each.name === name)!;
      const bin = join(dir, '.bin');
      mkdirSync(bin, { recursive: true });
      writeFileSync(
        join(bin, 'npx'),
        `#!/bin/sh\n[ "$1 $2 $3 $4" = "--yes -p coalition-widgets-cli@${version} coalition-widgets" ] || exit 99\n` +
          `shift 4\nexec "${process.execPath}" ${cliArgs.map((arg) => `"${arg}"`).join(' ')} "$@"\n`,
      );
      chmodSync(join(bin, 'npx'), 0o755);
      const env = {
        ...process.env,
        PATH: `${bin}:${process.env['PATH']}`,
        TSX_TSCONFIG_PATH,
        COALITION_WIDGETS_NOW: '2027-01-01T00:00:00Z',
        // the repository variables the step names (unset ones are empty, as on GitHub), and the Pages address
        ...Object.fromEntries(Object.keys(step.env ?? {}).map((key) => [key, variables[key] ?? ''])),
        SITE_URL: `${google}/site`,
      };
      return new Promise<{ code: number; stderr: string }>((resolve) =>
        execFile('bash', ['-e', '-c', step.run!], { cwd: dir, env }, (error, _stdout, stderr) =>
          resolve({ code: error ? Number(error.code) : 0, stderr }),
        ),
      );
    }

    const variables = () => ({
      VICTORIES_CSV: `${google}/spreadsheets/d/e/victories/pub?output=csv`,
      SPEAKERS_CSV: `${google}/spreadsheets/d/e/speakers/pub?output=csv`,
    });

    it('builds feed.json from the sheets named by the repository variables, the empty ones left out', async () => {
      const fetched = await runStep('Fetch the feed that is online now', site, variables());
      assert.equal(fetched.code, 0, fetched.stderr);
      assert.equal(existsSync(join(site, 'feed.json')), false, 'no site online yet: nothing fetched');
      const built = await runStep('Build the feed from the calendar and the sheets', site, variables());
      assert.equal(built.code, 0, built.stderr);
      const feed = JSON.parse(readFileSync(join(site, 'feed.json'), 'utf8'));
      assert.deepEqual([feed.victories.length, feed.events.length, feed.speakers.length], [2, 0, 2]);
    });

    it('stops, leaving the site as it was, when a list that is online now comes back empty', async () => {
      const online = readFileSync(join(site, 'feed.json'), 'utf8');
      served.set('/site/feed.json', ['application/json', online]);
      served.set('/spreadsheets/d/e/victories/pub', ['text/csv', 'Headline,date\nRenamed,2026-03-14\n']);
      const dir = folder();
      writeFileSync(join(dir, 'feed-base.json'), readFileSync(join(site, 'feed-base.json')));
      assert.equal((await runStep('Fetch the feed that is online now', dir, variables())).code, 0);
      assert.equal(readFileSync(join(dir, 'feed.json'), 'utf8'), online);
      const built = await runStep('Build the feed from the calendar and the sheets', dir, variables());
      assert.equal(built.code, 1);
      assert.match(built.stderr, /victories: feed\.json has 2 entries and this build made none/);
    });
  });
});
