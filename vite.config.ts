import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import MagicString from 'magic-string';
import { defineConfig, type Plugin } from 'vite';

/** The file beside the one file that holds the event list's later part (scripts/build-later.mjs writes it). */
const LATER_FILE = 'coalition-widgets-later.js';

// The one file is a classic script, not a module: it fetches its later part by address, the file
// beside it. document.currentScript is read while the one file runs (it is null later, and in a
// module script, where a relative import() resolves against the running script all the same).
// Only the one file (input src/all.ts): files per widget inline the later part, one request.
const laterBesideScript = (): Plugin => {
  let oneFile = false;
  return {
    name: 'later-beside-script',
    enforce: 'pre',
    options(options) {
      oneFile = options.input === 'src/all.ts';
    },
    transform(code, id) {
      if (!id.endsWith('/src/event-list/load-later.ts')) return undefined;
      // files per widget inline it with a static import: no dynamic import, nor the preload
      // wrapper Vite puts around one
      const [replacements, prelude] = oneFile
        ? [
            [
              ["import('./later.js')", 'import(laterFile)'],
              ['event-list/later.js', '${laterFile}'],
            ],
            `const script = document.currentScript as HTMLScriptElement | null;
const laterFile = script?.src ? new URL('${LATER_FILE}', script.src) : './${LATER_FILE}';
`,
          ]
        : [[["import('./later.js')", 'Promise.resolve(inlined)']], "import * as inlined from './later.js';\n"];
      const edited = new MagicString(code);
      for (const [from, to] of replacements) {
        const at = code.indexOf(from!);
        if (at < 0) throw new Error(`${id}: no ${from}`);
        edited.overwrite(at, at + from!.length, to!);
      }
      edited.prepend(prelude);
      return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
    },
  };
};

// The script-tag bundle: one self-contained ES module that registers every element, fully
// minified (library mode would keep whitespace and comments for tree-shaking, which a script tag
// never does). The html`` and css`` templates are minified too (HTML whitespace, CSS through
// Lightning CSS). npm users get tsc's per-module output beside it (see tsconfig.build.json).
export default defineConfig({
  // only our own sources: Storybook reuses this config, and its own modules hold css`` fragments
  plugins: [minifyLiterals({ include: ['src/**/*.ts'], failOnError: true }), laterBesideScript()],
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
