import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * One subcommand of `coalition-widgets`. It resolves when it did its job (or to 1 when its verdict
 * is "no", as `validate` on a feed with problems); it throws a `UsageError` or a `Failure`, which
 * `main()` alone prints and turns into exit 2 or 1.
 */
export type Run = (args: string[]) => Promise<number | undefined>;

/** A command's words for `--help` and usage errors, and the module that runs it, loaded only then. */
export interface Command {
  /** One line for the list of commands. */
  summary: string;
  /** Its arguments and options. */
  usage: string;
  /** Imports the command's module (and so its dependencies, SQLite among them) only when it runs. */
  load(): Promise<{ run: Run }>;
}

/** The arguments are not what the command takes: printed with its usage, then exit 2. */
export class UsageError extends Error {}

/** Why a command could not do its job, in one line naming the file, URL or row: printed, then exit 1. */
export class Failure extends Error {}

/** `parseArgs`, with what it refuses (an unknown option, a missing value) as a `UsageError`. */
export function parseOptions<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A whole number within bounds, from an option's text; a usage error otherwise. */
export function wholeNumber(text: string, name: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`--${name}: not a whole number from ${min} to ${max}`);
  }
  return value;
}

const englishPlural = new Intl.PluralRules('en');

/** `1 event`, `3 events`: a count and its noun, by `Intl.PluralRules` as the widgets count. */
export function count(n: number, one: string, other: string): string {
  return `${n.toLocaleString('en')} ${englishPlural.select(n) === 'one' ? one : other}`;
}
