// `npm start` on a busy port says which port and how to choose another, in one line, not a stack trace.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';

describe('npm start', () => {
  it('names the busy port and PORT, without a stack trace', async () => {
    const other = createServer().listen(0, '127.0.0.1');
    await once(other, 'listening');
    const { port } = other.address();
    try {
      const result = await new Promise((resolve) => {
        execFile(
          process.execPath,
          ['node_modules/@web/dev-server/dist/bin.js', '--config', 'web-dev-server.config.js'],
          { env: { ...process.env, PORT: String(port) }, timeout: 30_000 },
          (error, stdout, stderr) => resolve({ code: error?.code, stdout, stderr }),
        );
      });
      assert.equal(result.code, 1);
      assert.match(result.stderr, new RegExp(`port ${port} is busy.*PORT=`));
      assert.doesNotMatch(result.stderr + result.stdout, /EADDRINUSE|\n\s+at /);
    } finally {
      other.close();
    }
  });
});
