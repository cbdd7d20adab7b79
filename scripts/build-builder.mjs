// `npm run build` (after the widget bundle): the embed builder, dist/builder/index.html and its
// module. It loads the widgets from ../coalition-widgets.js, as a partner page would; builder.js is
// plain DOM and the DOM-free feed format, so the page holds one copy of Lit (inside the one file).
// Beside them, demo-feed.json: the demo's feed, for a first try before a coalition has its own.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

mkdirSync('dist/builder', { recursive: true });
await build({
  entryPoints: ['builder/embed-builder.ts'],
  outfile: 'dist/builder/builder.js',
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
copyFileSync('builder/index.html', 'dist/builder/index.html');
// "Try the demo feed", wherever the builder folder is copied (publish copies it whole)
copyFileSync('demo/feed.json', 'dist/builder/demo-feed.json');
