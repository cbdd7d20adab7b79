/** One subcommand of `coalition-widgets`. */
export interface Command {
  /** One line for the list of commands. */
  summary: string;
  /** Its arguments and options, for `--help` and usage errors. */
  usage: string;
  /** Runs it and resolves to its exit code (0 done, 1 could not, 2 usage error). */
  run(args: string[]): Promise<number>;
}

/** A whole number within bounds, from an option's text; a usage error otherwise. */
export function wholeNumber(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`--${name}: not a whole number from ${min} to ${max}`);
  }
  return value;
}

/** Why a command could not do its job, in one line naming the file, URL or row: printed, then exit 1. */
export class Failure extends Error {}
