import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defineConfig } from 'vite';

// The script-tag bundle: one self-contained ES module that registers every element, fully
// minified (library mode would keep whitespace and comments for tree-shaking, which a script tag
// never does). The html`` and css`` templates are minified too (HTML whitespace, CSS through
// Lightning CSS). npm users get tsc's per-module output beside it (see tsconfig.build.json).
export default defineConfig({
  // only our own sources: Storybook reuses this config, and its own modules hold css`` fragments
  plugins: [minifyLiterals({ include: ['src/**/*.ts'], failOnError: true })],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    modulePreload: false,
    rolldownOptions: {
      input: 'src/all.ts',
      // nothing to export: an IIFE runs the same as a module or as a classic, parser-blocking script
      preserveEntrySignatures: false,
      output: { format: 'iife', entryFileNames: 'coalition-widgets.js' },
    },
  },
});
