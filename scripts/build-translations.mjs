// `npm run build` (after tsc): each language in src/translations/ as one self-contained script,
// dist/translations/<code>.js, that registers itself with whichever copy of the widgets the page
// loads (the registry is global), so partners add a language with one more script tag.
// It replaces tsc's output of the same name, which would need the rest of dist/ beside it.
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

await build({
  // English and Spanish are in every bundle already (their parts, in en/ and es/, by widget)
  entryPoints: readdirSync('src/translations')
    .filter((file) => file.endsWith('.ts') && !['en.ts', 'es.ts'].includes(file))
    .map((file) => `src/translations/${file}`),
  outdir: 'dist/translations',
  bundle: true,
  minify: true,
  // the map beside each file, without a sourceMappingURL comment: bytes every reader of the language downloads
  sourcemap: 'external',
  // no import or export: the same file works as a module or a classic script
  format: 'iife',
  target: 'es2022',
  charset: 'utf8',
  // without the project's tsconfig, whose strict mode would add a "use strict" prologue: bytes
  // these files cannot spare, and nothing in them behaves differently without it
  tsconfigRaw: {},
  logLevel: 'warning',
});
