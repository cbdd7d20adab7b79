// Bundles the React demo (React ships CommonJS only) into demo/frameworks/build/, where the demo
// page and its test load it. Not part of the library: nothing here is published.
import { build } from 'esbuild';

await build({
  entryPoints: ['demo/frameworks/react-app.tsx'],
  outfile: 'demo/frameworks/build/react-app.js',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"development"' },
  logLevel: 'warning',
});
