// `npm run build` (after tsc): each language in src/translations/ as one self-contained module,
// dist/translations/<code>.js, that registers itself with whichever copy of the widgets the page
// loads (the registry is global), so partners add a language with one more <script type="module">.
// It replaces tsc's output of the same name, which would need the rest of dist/ beside it.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  // English and Spanish are in every bundle already
  entryPoints: readdirSync('src/translations')
    .filter((file) => !['en.ts', 'es.ts'].includes(file))
    .map((file) => `src/translations/${file}`),
  outdir: 'dist/translations',
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: 'es2022',
  charset: 'utf8',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
