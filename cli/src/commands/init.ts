import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { count, Failure, parseOptions, UsageError } from '../command.js';
import { FEED_BASE, publishWorkflow, readme } from '../init/site-files.js';

/** The package's own folder: `templates/` and `package.json` are there, run from `dist/` or from the sources. */
const packageFolder = new URL('../../', import.meta.url);

/** The sheet templates, copied from the repository's `templates/` when the package is built. */
const SHEETS = ['victories', 'speakers', 'events'];

/**
 * `coalition-widgets init [DIR]`: a coalition's site repository, ready for "Use this template":
 * the base feed, the sheet templates, the workflow publishing to GitHub Pages and a README with
 * the steps. It never overwrites: when any of its files exists, it names them and writes nothing.
 */
export async function run(args: string[]): Promise<undefined> {
  const { positionals } = parseOptions({ args, options: {}, allowPositionals: true });
  if (positionals.length > 1) throw new UsageError('one folder at most');
  const folder = positionals[0] ?? '.';
  const { version } = JSON.parse(await readFile(new URL('package.json', packageFolder), 'utf8')) as { version: string };

  const files = new Map<string, string | Buffer>([
    ['feed-base.json', FEED_BASE],
    ...(await Promise.all(
      SHEETS.map(
        async (sheet) =>
          [`sheets/${sheet}.csv`, await readFile(new URL(`templates/${sheet}.csv`, packageFolder))] as const,
      ),
    )),
    ['.github/workflows/publish.yml', publishWorkflow(version)],
    ['README.md', readme(version)],
  ]);
  const existing: string[] = [];
  for (const name of files.keys()) {
    const path = join(folder, name);
    if (
      await stat(path).then(
        () => true,
        () => false,
      )
    )
      existing.push(path);
  }
  if (existing.length) {
    throw new Failure(
      `init: ${existing.join(', ')} ${existing.length === 1 ? 'exists' : 'exist'}: nothing written (init never overwrites a file)`,
    );
  }
  for (const [name, content] of files) {
    const path = join(folder, name);
    await mkdir(dirname(path), { recursive: true });
    // 'wx': a file made meanwhile is still never overwritten
    await writeFile(path, content, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      throw new Failure(`init: ${path}: cannot be written (${error.code ?? error.message})`);
    });
  }
  console.error(
    `init: wrote ${count(files.size, 'file', 'files')} in ${folder}: ${[...files.keys()].join(', ')}\n` +
      `init: next, follow the steps in ${join(folder, 'README.md')}`,
  );
}
