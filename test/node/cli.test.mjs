// The command-line validator, run as a coalition's web person would run it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const cli = new URL('../../bin/coalition-widgets.js', import.meta.url).pathname;

function run(...args) {
  return new Promise((resolve) => {
    execFile('node', [cli, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

function file(content) {
  const path = join(mkdtempSync(join(tmpdir(), 'feed-')), 'feed.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('coalition-widgets validate', () => {
  it('passes the demo feed', async () => {
    const { code, stdout } = await run('validate', 'demo/feed.json');
    assert.equal(code, 0);
    assert.match(stdout, /demo\/feed\.json: valid; 4 victories, 5 events, 4 speakers, 1 questions shown/);
  });

  it('prints every problem with its path and exits 1', async () => {
    const path = file({
      version: 1,
      coalition: { name: 'X' },
      events: [
        { id: 'a', title: 'A', start: 'tomorrow' },
        { id: 'b', title: 'B', start: '2026-12-05T18:30:00Z', rsvp: 'javascript:alert(1)' },
      ],
    });
    const { code, stdout } = await run('validate', path);
    assert.equal(code, 1);
    assert.match(stdout, /events\[0\]\.start: not a date-time with an offset .*; entry left out/);
    assert.match(stdout, /events\[1\]\.rsvp: not an https:, http: or mailto: link; value ignored/);
    assert.match(stdout, /2 problem\(s\); 0 victories, 1 events/);
  });

  it('says when a document is not JSON, or not a feed', async () => {
    const notJson = await run('validate', file('{"version": 1,'));
    assert.equal(notJson.code, 1);
    assert.match(notJson.stderr, /not JSON/);
    const notFeed = await run('validate', file({ hello: 'world' }));
    assert.equal(notFeed.code, 1);
    assert.match(notFeed.stdout, /not a coalition feed/);
    assert.match(notFeed.stdout, /version: required/);
  });

  it('reads a feed from a URL', async () => {
    const server = createServer((request, response) => {
      response.writeHead(request.url === '/feed.json' ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ version: 1, coalition: { name: 'Served' } }));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    try {
      const good = await run('validate', `http://127.0.0.1:${port}/feed.json`);
      assert.equal(good.code, 0);
      const missing = await run('validate', `http://127.0.0.1:${port}/missing.json`);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /answered 404/);
    } finally {
      server.close();
    }
  });

  it('explains its usage', async () => {
    const { code, stderr } = await run('check');
    assert.equal(code, 2);
    assert.match(stderr, /usage: coalition-widgets validate/);
  });
});
