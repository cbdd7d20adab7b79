import { Failure, type Command } from './command.js';
import { build } from './commands/build.js';
import { exportCommand } from './commands/export.js';
import { ics } from './commands/ics.js';
import { receive } from './commands/receive.js';
import { validate } from './commands/validate.js';

/** Every command, by the name typed after `coalition-widgets`. */
const commands: Record<string, Command> = { validate, build, ics, receive, export: exportCommand };

const usage = `usage: coalition-widgets <command> [options]

commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run 'coalition-widgets <command> --help' for a command's options.`;

/**
 * Runs the command line with `args` (what follows `coalition-widgets`) and resolves to its exit
 * code: 0 when it did its job, 1 when it could not, 2 on a usage error.
 */
export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h') {
    (name ? console.log : console.error)(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`coalition-widgets: no command "${name}"\n\n${usage}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`usage: coalition-widgets ${name} ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    // a file, URL or row that could not be read: one line naming it
    if (!(error instanceof Failure)) throw error;
    console.error(error.message);
    return 1;
  }
}
