import { Failure, UsageError, type Command } from './command.js';

/** Every command, by the name typed after `coalition-widgets`; each module is imported only when it runs. */
const commands: Record<string, Command> = {
  validate: {
    summary: 'check a feed and print every problem by its path',
    usage: '<feed.json | https://…/feed.json>',
    load: () => import('./commands/validate.js'),
  },
  build: {
    summary: 'make a feed from a base feed, calendars, Mobilize and spreadsheets (CSV)',
    usage:
      '--base feed.json [--calendar FILE|URL]… [--mobilize URL]… [--victories CSV] [--events CSV] [--speakers CSV] [--months 6] [--day-first] [--out FILE] [--allow-empty] [--strict]\n' +
      '  (--day-first: sheet dates written 14/3/2026; --allow-empty: a list may become empty in the --out feed)',
    load: () => import('./commands/build.js'),
  },
  ics: {
    summary: 'write an iCalendar (.ics) file of every upcoming event, to publish as coalition.calendar',
    usage: '<feed.json | https://…/feed.json> [--base-url https://…/feed.json] [--out FILE]',
    load: () => import('./commands/ics.js'),
  },
  publish: {
    summary: "write a coalition's whole site: feed, calendar, Atom, share pages with picture cards, flyers, widgets",
    usage: '(--feed FILE|URL | --base feed.json [the sources build takes]) --site-url https://… --out DIR',
    load: () => import('./commands/publish.js'),
  },
  init: {
    summary: "start a coalition's site repository: base feed, sheet templates, hourly GitHub Pages workflow, README",
    usage: '[DIR]  (default: this folder; never overwrites a file)',
    load: () => import('./commands/init.js'),
  },
  receive: {
    summary: 'receive feedback from the widgets and store it in SQLite or PostgreSQL',
    usage:
      '--db FILE|postgres://… [--port 8787] [--host 127.0.0.1] [--origin URL]… [--per-minute 30] [--total-kb-per-minute 2048] ' +
      '[--trust-proxy ADDR]… [--notify URL] [--notify-contact]\n' +
      '  (the webhook address may come from COALITION_WIDGETS_NOTIFY instead of --notify, to keep it out of ps,\n' +
      '  and the database from DATABASE_URL instead of --db)',
    load: () => import('./commands/receive.js'),
  },
  export: {
    summary: 'print every stored submission, oldest first, as CSV or JSON',
    usage: '--db FILE|postgres://… [--format csv|json]  (or DATABASE_URL instead of --db)',
    load: () => import('./commands/export.js'),
  },
  report: {
    summary: 'write what residents said as one HTML page: charts per question, messages newest first',
    usage:
      '--db FILE [--feed FILE|URL] [--since DATE] [--topic TEXT] [--public | --contact] [--out FILE]\n' +
      '  (--public: counts only, for a public page; --contact: with names and emails)',
    load: () => import('./commands/report.js'),
  },
};

const usage = `usage: coalition-widgets <command> [options]

commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run 'coalition-widgets <command> --help' for a command's options.`;

/**
 * Runs the command line with `args` (what follows `coalition-widgets`) and resolves to its exit
 * code: 0 when it did its job, 1 when it could not, 2 on a usage error. The only place that
 * prints a command's error and chooses the code.
 */
export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h') {
    (name ? console.log : console.error)(usage);
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    console.error(`coalition-widgets: no command "${name}"\n\n${usage}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`usage: coalition-widgets ${name} ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    const { run } = await command.load();
    return (await run(rest)) ?? 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${name}: ${error.message}\nusage: coalition-widgets ${name} ${command.usage}`);
      return 2;
    }
    // a file, URL, database or row that could not be read: one line naming it
    if (error instanceof Failure) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
