import { browsers } from './test/server/engines.js';
import { testPages } from './test/server/pages.js';
import { publishedSite } from './test/server/published-site.js';
import { receiverPlugin } from './test/server/receiver-plugin.js';
import { testApi } from './test/server/test-api.js';
import { plugins, processShim } from './web-plugins.js';

// a feed the test asked the test API to fail (status=, fail=, body=, hang=): that the widget says
// so on the console is what the test expects, not news for the person reading the run
const askedToFail = /^coalition-widgets: could not show \S*\/api\/feed\?\S*\b(status|fail|body|hang)=/;

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // one page at a time: a page in a background tab gets no animation frames, and fixtures wait for them
  concurrency: 1,
  plugins: [...plugins, receiverPlugin()],
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head>${processShim}</head><body><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [testApi, testPages, publishedSite],
  browsers: await browsers(),
  testFramework: { config: { timeout: 10_000 } },
  filterBrowserLogs: ({ args }) => {
    const first = String(args[0]);
    return !first.startsWith('Lit is in dev mode') && !askedToFail.test(first);
  },
};
