// Test-runner commands that run a real `coalition-widgets receive` process (from the command
// line's TypeScript sources) for browser tests: start-receiver, stop-receiver, receiver-export,
// and receiver-report (`coalition-widgets report` on what that receiver stored).
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = ['--import', import.meta.resolve('tsx'), fileURLToPath(new URL('../../cli/src/cli.ts', import.meta.url))];
const env = { ...process.env, TSX_TSCONFIG_PATH: fileURLToPath(new URL('../../cli/tsconfig.json', import.meta.url)) };
const receivers = new Map();

async function start({ name, origin, port = 0, perMinute = 30 }) {
  const db = receivers.get(name)?.db ?? join(mkdtempSync(join(tmpdir(), 'receive-')), 'feedback.db');
  const args = ['receive', '--db', db, '--port', String(port), '--origin', origin, '--per-minute', String(perMinute)];
  const child = spawn(process.execPath, [...cli, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // what the receiver says on stderr is news, except the refused origins a test provokes on purpose
  child.stderr.on('data', (chunk) => {
    const news = String(chunk)
      .split('\n')
      .filter((line) => line && !line.startsWith('receive: refused a post from origin '));
    if (news.length) process.stderr.write(`${news.join('\n')}\n`);
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`receive exited: ${output}`)));
  });
  receivers.set(name, { db, child, url });
  return url;
}

async function stop({ name }) {
  const { child } = receivers.get(name);
  if (child.exitCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  return true;
}

function exportRows({ name }) {
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [...cli, 'export', '--db', receivers.get(name).db, '--format', 'json'],
      { env },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))),
    ),
  );
}

/** The HTML `report` writes for a receiver's database; `feed` is a path from the repository's root. */
function report({ name, feed, args = [] }) {
  const feedArgs = feed ? ['--feed', fileURLToPath(new URL(`../../${feed}`, import.meta.url))] : [];
  return new Promise((resolve, reject) =>
    execFile(
      process.execPath,
      [...cli, 'report', '--db', receivers.get(name).db, ...feedArgs, ...args],
      { env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  );
}

const commands = {
  'start-receiver': start,
  'stop-receiver': stop,
  'receiver-export': exportRows,
  'receiver-report': report,
};

export function receiverPlugin() {
  return {
    name: 'coalition-receiver',
    executeCommand({ command, payload }) {
      return commands[command]?.(payload);
    },
    async serverStop() {
      for (const { child } of receivers.values()) if (child.exitCode === null) child.kill('SIGTERM');
    },
  };
}
