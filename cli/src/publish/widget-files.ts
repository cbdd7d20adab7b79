import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Failure } from '../command.js';
import { escapeMarkup } from './markup.js';

/** A file of the site: its path inside the site and its bytes. */
export interface SiteFile {
  path: string;
  content: string | Buffer;
}

/** The built widget package's `dist/`, beside the command line's own copy of the package. */
const distFolder = (): string =>
  join(dirname(createRequire(import.meta.url).resolve('coalition-widgets/package.json')), 'dist');

/**
 * The embed builder: the command line's own copy (its build puts one in its dist/, since the
 * widget package's tarball leaves the builder out), else the widget package's, in this repository.
 */
function builderFolder(dist: string): string {
  const own = fileURLToPath(new URL('../builder/', import.meta.url));
  return existsSync(join(own, 'index.html')) ? own : join(dist, 'builder');
}

async function read(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch {
    throw new Failure(`${path}: missing (the widget package is not built: run npm run build)`);
  }
}

// English and Spanish are inside every script already: their dist/translations/ modules are
// parts of the npm package, not files a page loads (scripts/build-translations.mjs)
const inEveryScript = new Set(['en.js', 'es.js']);

/** The scripts a page loads directly in a folder, sorted, so two runs list them alike. */
async function scripts(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.js') && !inEveryScript.has(name)).sort();
}

/**
 * `builder/index.html` for the site: it names its default script address in a meta tag (which
 * the builder reads) and loads the one file from `../js/`, where the site keeps it.
 */
export function siteBuilderPage(page: string, scriptAddress: string): string {
  const meta = `<meta name="coalition-widgets-script-address" content="${escapeMarkup(scriptAddress)}" />`;
  const withMeta = page.replace(/<meta charset="utf-8" \/>/, (charset) => `${charset}\n    ${meta}`);
  const moved = withMeta.replace('src="../coalition-widgets.js"', 'src="../js/coalition-widgets.js"');
  if (moved === page || !moved.includes(meta) || moved.includes('"../coalition-widgets.js"')) {
    throw new Failure('dist/builder/index.html: not the page publish knows how to move (no charset meta or script)');
  }
  return moved;
}

/**
 * The widgets as partners load them, from the coalition's own address: `js/` holds the one
 * file and its later part, each widget's file (`js/embed/`) and each language's (`js/translations/`); `builder/`
 * is the embed builder, set to hand out `<site>/js/`.
 */
export async function widgetFiles(siteRoot: string): Promise<SiteFile[]> {
  const dist = distFolder();
  const files: SiteFile[] = [
    { path: 'js/coalition-widgets.js', content: await read(join(dist, 'coalition-widgets.js')) },
    // what the one file loads on demand, from beside itself
    { path: 'js/coalition-widgets-later.js', content: await read(join(dist, 'coalition-widgets-later.js')) },
  ];
  for (const folder of ['embed', 'translations']) {
    const names = await scripts(join(dist, folder));
    if (!names.length)
      throw new Failure(`${join(dist, folder)}: no scripts (the widget package is not built: run npm run build)`);
    for (const name of names)
      files.push({ path: `js/${folder}/${name}`, content: await read(join(dist, folder, name)) });
  }
  const builder = builderFolder(dist);
  const page = (await read(join(builder, 'index.html'))).toString('utf8');
  files.push({ path: 'builder/index.html', content: siteBuilderPage(page, `${siteRoot}/js/`) });
  // the builder's script, and the demo feed its first step offers
  for (const name of ['builder.js', 'demo-feed.json']) {
    files.push({ path: `builder/${name}`, content: await read(join(builder, name)) });
  }
  return files;
}
