// Shared by the test runner and the demo server: TypeScript through esbuild, and what a bundler
// would define for the frameworks' development builds (the React demo is bundled by esbuild
// first, see scripts/build-framework-demos.mjs, since React ships CommonJS only).
import { esbuildPlugin } from '@web/dev-server-esbuild';

export const plugins = [esbuildPlugin({ ts: true, tsx: true, tsconfig: './tsconfig.json', target: 'es2022' })];

export const processShim = `<script>
  window.process = { env: { NODE_ENV: 'development' } };
  Object.assign(window, { __VUE_OPTIONS_API__: true, __VUE_PROD_DEVTOOLS__: false, __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false });
</script>`;
