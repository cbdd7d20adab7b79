import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { testPages } from './test/server/pages.js';
import { receiverPlugin } from './test/server/receiver-plugin.js';
import { testApi } from './test/server/test-api.js';
import { chromiumArgs } from './scripts/local-chromium.mjs';
import { plugins, processShim } from './web-plugins.js';

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // one page at a time: a page in a background tab gets no animation frames, and fixtures wait for them
  concurrency: 1,
  plugins: [...plugins, receiverPlugin()],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head>${processShim}</head><body><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [testApi, testPages],
  browsers: [
    chromeLauncher({
      launchOptions: {
        ...(executablePath && { executablePath }),
        args: [...chromiumArgs],
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};
