// A real `coalition-widgets receive` process for the tests, on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliArgs } from './run.js';

export interface Receiver {
  url: string;
  process: ChildProcess;
  output: () => string;
  /** Stops it as systemd would (SIGTERM) and resolves to its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** A fresh database file in a scratch folder. */
export const scratchDb = (): string => join(mkdtempSync(join(tmpdir(), 'receive-')), 'feedback.db');

/** Starts `receive --db db --port 0 …args` and resolves once it listens. */
export function startReceiver(db: string, ...args: string[]): Promise<Receiver> {
  return startReceiverWith({}, db, ...args);
}

/**
 * Starts `receive --db db --port 0 …args` with more environment variables, and resolves once it
 * listens; without `db`, the database is the environment's `DATABASE_URL`.
 */
export async function startReceiverWith(
  env: Record<string, string>,
  db: string | undefined,
  ...args: string[]
): Promise<Receiver> {
  const child = spawn(process.execPath, [...cliArgs, 'receive', ...(db ? ['--db', db] : []), '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`receive did not start:\n${output}`)), 15_000);
    child.stdout!.on('data', () => {
      const match = /listening on (http:\/\/[\d.]+:\d+)\/feedback/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', () => reject(new Error(`receive exited:\n${output}`)));
  });
  return {
    url,
    process: child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill(signal);
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}

let counter = 0;
/** A submission as the feedback form sends it, with a fresh id. */
export const submission = (extra: object = {}) => ({
  id: `test-${process.pid}-${Date.now()}-${counter++}`,
  submittedAt: new Date().toISOString(),
  page: 'https://partner.example/events',
  lang: 'en',
  answers: { more: 'Yes' },
  message: 'The bus stop needs a shelter',
  ...extra,
});

/** POSTs a body to the receiver. */
export function post(
  url: string,
  body: string | object,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<Response> {
  return fetch(`${url}/feedback`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
