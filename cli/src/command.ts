/** One subcommand of `coalition-widgets`. */
export interface Command {
  /** One line for the list of commands. */
  summary: string;
  /** Its arguments and options, for `--help` and usage errors. */
  usage: string;
  /** Runs it and resolves to its exit code (0 done, 1 could not, 2 usage error). */
  run(args: string[]): Promise<number>;
}
