// Runs the command line from its TypeScript sources, as a user runs the built one: a process, its
// exit code and its output.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
/** Node's arguments that run the command line from its sources, from any working directory. */
export const cliArgs = ['--import', import.meta.resolve('tsx'), entry];

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(...args: string[]): Promise<Run> {
  return runAt(undefined, ...args);
}

/** Runs it as if it were `now` (an ISO date-time), so calendars and windows give the same result any day. */
export function runAt(now: string | undefined, ...args: string[]): Promise<Run> {
  const env = { ...process.env, ...(now && { COALITION_WIDGETS_NOW: now }) };
  return new Promise((resolve) => {
    execFile(process.execPath, [...cliArgs, ...args], { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}
