// `coalition-widgets validate`, run as a coalition's web person would run it.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run } from './run.js';

function file(content: string | object): string {
  const path = join(mkdtempSync(join(tmpdir(), 'feed-')), 'feed.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('coalition-widgets validate', () => {
  it('passes the demo feed', async () => {
    const { code, stdout } = await run('validate', 'demo/feed.json');
    assert.equal(code, 0);
    assert.match(stdout, /demo\/feed\.json: valid; 4 victories, 5 events, 4 speakers, 1 question shown/);
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
    assert.match(stdout, /events\[0\]\.start: not a date-time .*; entry left out/);
    assert.match(stdout, /events\[1\]\.rsvp: not an https:, http: or mailto: link; value ignored/);
    assert.match(stdout, /2 problems; 0 victories, 1 event, 0 speakers, 0 questions shown/);
  });

  it('accepts relative URLs in a local file, to be resolved where the feed is published', async () => {
    const path = file({
      version: 1,
      coalition: { name: 'X', logo: 'img/logo.png' },
      feedback: { endpoint: '/feedback' },
    });
    const { code, stdout } = await run('validate', path);
    assert.equal(code, 0, stdout);
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

  it('says when a file is missing, exit 1', async () => {
    const { code, stderr } = await run('validate', 'no/such/feed.json');
    assert.equal(code, 1);
    assert.equal(stderr.trim(), 'no/such/feed.json: no such file');
  });

  describe('from a URL', () => {
    let server: Server;
    let origin: string;
    before(async () => {
      server = createServer((request, response) => {
        const found = request.url === '/org/feed.json';
        response.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
        // relative URLs resolve against the feed's own address: /org/img/x.png is fine, javascript: is not
        response.end(
          JSON.stringify({
            version: 1,
            coalition: { name: 'Served', logo: 'img/x.png' },
            speakers: [{ id: 'a', name: 'A', links: [{ label: 'x', url: 'javascript:alert(1)' }] }],
          }),
        );
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => server.close());

    it('reads the feed and resolves its relative URLs against it', async () => {
      const { code, stdout } = await run('validate', `${origin}/org/feed.json`);
      assert.equal(code, 1);
      assert.match(stdout, /speakers\[0\]\.links\[0\]\.url: not an https:, http: or mailto: link/);
      assert.doesNotMatch(stdout, /logo/);
    });

    it('says what the server answered, exit 1', async () => {
      const missing = await run('validate', `${origin}/missing.json`);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /missing\.json: answered 404/);
    });
  });

  it('explains its usage: --help exits 0, wrong usage 2', async () => {
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /validate +check a feed/);
    const commandHelp = await run('validate', '--help');
    assert.equal(commandHelp.code, 0);
    assert.match(commandHelp.stdout, /usage: coalition-widgets validate <feed\.json/);
    assert.equal((await run()).code, 2);
    const unknown = await run('check');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no command "check"/);
    assert.equal((await run('validate')).code, 2);
  });
});
