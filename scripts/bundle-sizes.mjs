// What the script tags cost, for `npm run check-size` and the bench: each budgeted file with the
// chunks it imports (what one <script> tag downloads), and the one file's bytes by feature.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { transform } from 'esbuild';
import { build } from 'vite';

export const gzipped = (code) => gzipSync(code, { level: 9 }).length;

/** `file` and every file it imports statically, directly or not. */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const [imports] = parse(readFileSync(file, 'utf8'));
  for (const { n: name, d: dynamic } of imports) {
    if (dynamic === -1 && name?.startsWith('.')) withImports(relative('.', join(dirname(file), name)), seen);
  }
  return seen;
}

/** Each file of package.json's "sizeBudget": its budget, and the files and gzipped bytes a page loading it downloads. */
export async function budgetedScripts() {
  await init;
  const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));
  return Object.entries(sizeBudget).map(([file, budget]) => {
    const files = withImports(file);
    const bytes = [...files].reduce((sum, each) => sum + gzipped(readFileSync(each)), 0);
    return { file, budget, files: files.size, bytes };
  });
}

/** What the one file loads on demand, from beside itself (not counted in its budget): each file and its gzipped bytes. */
export const onDemand = () =>
  ['dist/coalition-widgets-later.js'].map((file) => ({ file, bytes: gzipped(readFileSync(file)) }));

const ENTRY = 'coalition-widgets-entries:';
/** A bundle of entries given by name after the prefix, `+`-separated (`feed+event-list`). */
const entries = {
  name: 'entries',
  resolveId: (id) => (id.startsWith(ENTRY) ? `\0${id}` : undefined),
  load: (id) =>
    id.startsWith(`\0${ENTRY}`)
      ? id
          .slice(ENTRY.length + 1)
          .split('+')
          .map((name) => `import ${JSON.stringify(resolve(`src/${name}.ts`))};`)
          .join('\n')
      : undefined,
};

/** The one file's code built from `names` only, and its modules' lengths before minifying. */
async function bundle(names) {
  const output = await build({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    plugins: [entries],
    build: { write: false, sourcemap: false, rolldownOptions: { input: `${ENTRY}${names.join('+')}` } },
  });
  const [chunk] = (Array.isArray(output) ? output[0] : output).output;
  return chunk;
}

// what each module of the one file is for, first match wins
const features = [
  ['Lit and @lit/context', /node_modules\//],
  ['UI strings, English and Spanish', /src\/core\/strings\.ts/],
  [
    'the feed: shapes, validation, reading',
    /src\/feed\/(shape|schema|rules|validate-feed|read-feed|resolve-text|feed-error|local-time)\.ts/,
  ],
  ['the feed: loading, sharing, <coalition-feed>', /src\/(feed\/|core\/(feed-controller|coalition-feed)\.ts|feed\.ts)/],
  ['widget base, localization, formatting, styles', /src\/core\//],
  ['event list: calendar links and .ics', /src\/event-list\/calendar\.ts/],
  ['event list: schema.org JSON-LD', /src\/event-list\/json-ld\.ts/],
  ['event list: the rest', /src\/event-list/],
  ['victory tracker: count-up', /src\/victory-tracker\/count-up\.ts/],
  ['victory tracker: the rest', /src\/victory-tracker/],
  ['speaker card', /src\/speaker-card/],
  ['speaker list', /src\/speaker-list/],
  ['feedback form: outbox', /src\/feedback-form\/outbox\.ts/],
  ['feedback form: the rest', /src\/feedback-form/],
  ['registration entries', /./],
];

/**
 * The one file's gzipped bytes by feature, two ways: an estimate for every feature (its modules'
 * code as Rolldown rendered it into the bundle, minified alone by esbuild: that share of the
 * minified bytes, applied to the gzipped total), and, exact, what leaving each widget out of the
 * build saves; `provider` is the exact size of <coalition-feed> alone (Lit, the feed, the base).
 */
export async function bytesByFeature() {
  const widgets = ['victory-tracker', 'event-list', 'speaker-card', 'speaker-list', 'feedback-form'];
  const all = await bundle(['feed', ...widgets]);
  const total = gzipped(all.code);
  const lengths = new Map(features.map(([name]) => [name, 0]));
  let minified = 0;
  // a module left out entirely (an entry that only imports) renders no code
  for (const [id, { code }] of Object.entries(all.modules)) {
    const [name] = features.find(([, pattern]) => pattern.test(id.replaceAll('\\', '/')));
    const { length } = (await transform(code ?? '', { minify: true, target: 'es2022' })).code;
    lengths.set(name, lengths.get(name) + length);
    minified += length;
  }
  const shares = [...lengths].map(([name, length]) => [name, Math.round((total * length) / minified)]);
  const leftOut = [];
  for (const widget of widgets) {
    const without = await bundle(['feed', ...widgets.filter((each) => each !== widget)]);
    leftOut.push([widget, total - gzipped(without.code)]);
  }
  const provider = gzipped((await bundle(['feed'])).code);
  return { total, shares, leftOut, provider };
}
