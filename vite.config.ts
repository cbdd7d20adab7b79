import { defineConfig } from 'vite';

// The script-tag bundle: one self-contained, minified ES module that registers every element.
// npm users get tsc's per-module output beside it (see tsconfig.build.json).
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/all.ts',
      formats: ['es'],
      fileName: () => 'coalition-widgets.js',
    },
  },
});
