// .github/workflows/release.yml, read as YAML: on a version tag it publishes both packages with
// provenance, and its step that gathers the release's files runs here as the runner runs it
// (bash, in a folder holding the built dist/ and cli/), giving the three zips the release attaches.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8'));
const steps = workflow.jobs.release.steps;
const step = (name) => steps.find((each) => each.name === name);

describe('the release workflow', () => {
  it('runs on a version tag, with the rights provenance and a release need', () => {
    assert.deepEqual(workflow.on, { push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    assert.deepEqual(workflow.permissions, { contents: 'write', 'id-token': 'write' });
  });

  it('publishes the widgets, then the command line, both with provenance', () => {
    const publish = step('Publish the widgets, then the command line that depends on them');
    assert.deepEqual(publish.run.trim().split('\n'), [
      'npm publish --provenance --access public --ignore-scripts',
      'npm publish --provenance --access public --ignore-scripts -w cli',
    ]);
    assert.equal(publish.env.NODE_AUTH_TOKEN, '${{ secrets.NPM_TOKEN }}');
    // after the build, which the published files come from
    assert.ok(steps.findIndex((each) => each.run === 'npm run build') < steps.indexOf(publish));
  });

  it('gathers dist/ zipped, the WordPress zip and the site template init writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'release-'));
    // a copy of dist/, whose step zips it from inside (`cd dist`, `../release`), and the command line
    cpSync('dist', join(dir, 'dist'), { recursive: true });
    symlinkSync(resolve('cli'), join(dir, 'cli'));
    execFileSync('bash', ['-e', '-c', step("The release's files").run], {
      cwd: dir,
      env: { ...process.env, GITHUB_REF_NAME: 'v9.8.7' },
    });
    assert.deepEqual(readdirSync(join(dir, 'release')).sort(), [
      'coalition-widgets-dist-v9.8.7.zip',
      'coalition-widgets-wordpress-v9.8.7.zip',
      'site-template-v9.8.7.zip',
    ]);
    const list = (zip) => execFileSync('unzip', ['-Z1', join(dir, 'release', zip)], { encoding: 'utf8' }).split('\n');
    const dist = list('coalition-widgets-dist-v9.8.7.zip');
    for (const file of ['coalition-widgets.js', 'embed/event-list.js', 'translations/vi.js', 'builder/index.html']) {
      assert.ok(dist.includes(file), file);
    }
    assert.ok(!dist.some((file) => file.startsWith('wordpress/')), 'the WordPress plugin is its own zip');
    assert.ok(list('coalition-widgets-wordpress-v9.8.7.zip').includes('coalition-widgets/coalition-widgets.php'));
    const template = list('site-template-v9.8.7.zip');
    for (const file of ['README.md', 'feed-base.json', 'sheets/victories.csv', '.github/workflows/publish.yml']) {
      assert.ok(template.includes(file), file);
    }
  });

  it('stops when the tag is not the version both packages name', () => {
    const check = step('The tag is the version both packages name').run;
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const run = (tag) => {
      try {
        execFileSync('bash', ['-e', '-c', check], { env: { ...process.env, GITHUB_REF_NAME: tag }, stdio: 'pipe' });
        return 0;
      } catch (error) {
        return error.status;
      }
    };
    assert.equal(run(`v${version}`), 0);
    assert.equal(run('v99.0.0'), 1);
  });
});
