// The manifest describes the public API from the JSDoc where it is declared; CI checks it is current.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/react.ts', 'src/feed/json-schema.ts'],
  litelement: true,
  outdir: '.',
};
