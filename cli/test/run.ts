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
  return new Promise((resolve) => {
    execFile(process.execPath, [...cliArgs, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}
