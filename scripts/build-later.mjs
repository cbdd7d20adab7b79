// `npm run build` (after `vite build`): the one file's later part, dist/coalition-widgets-later.js,
// an ES module the one file fetches beside itself with import() when a page first needs it
// (vite.config.ts). Minified like the one file; nothing in it registers or runs on its own.
import { build } from 'vite';

await build({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  build: {
    rolldownOptions: {
      input: { later: 'src/event-list/later.ts' },
      preserveEntrySignatures: 'strict',
      output: { format: 'es', entryFileNames: 'coalition-widgets-later.js' },
    },
  },
});
