// The manifest describes the public API from the JSDoc where it is declared; CI checks it is current.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/react.ts', 'src/feed/json-schema.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      name: 'stable-module-order',
      // the file system lists files in no fixed order; sort so every checkout writes the same manifest
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
