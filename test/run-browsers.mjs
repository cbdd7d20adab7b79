// The browser suite in each engine, one after another (two cores: three at once would starve the
// timing-sensitive tests), then one line per engine. `ENGINE=webkit` or `ENGINE=firefox,webkit`
// runs fewer; extra arguments go to web-test-runner (a file glob, say).
import { spawn } from 'node:child_process';
import { engines } from './server/engines.js';

// The runner lists every request that answered 404. Those of the test API (api/…, which answers
// what a test asks of it) and the photo a test leaves missing on purpose are expected: only the
// others, news, are passed on.
const expected404 = /^\s+- (api\/|missing\.png)/;
// eslint-disable-next-line no-control-regex -- the runner colours its output with ANSI escapes
const plain = (line) => line.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');

/** Passes the runner's output on line by line, leaving out the expected 404s (and a list left empty). */
function withoutExpected404s(write) {
  let pending = '';
  let list; // the header and the unexpected entries of a 404 list being read
  const flushList = () => {
    if (list && list.length > 1) write(list.join('\n') + '\n');
    list = undefined;
  };
  const line = (text) => {
    if (plain(text).includes('404 network requests:')) {
      flushList();
      list = [text];
    } else if (list && /^\s+- /.test(plain(text))) {
      if (!expected404.test(plain(text))) list.push(text);
    } else {
      flushList();
      write(text + '\n');
    }
  };
  return {
    data(chunk) {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const each of lines) line(each);
    },
    end() {
      flushList();
      if (pending) write(pending);
    },
  };
}

const chosen = process.env.ENGINE ? process.env.ENGINE.split(',') : engines;
const results = [];

for (const engine of chosen) {
  console.log(`\n--- ${engine}`);
  const started = Date.now();
  let output = '';
  const code = await new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner', ...process.argv.slice(2)], {
      env: { ...process.env, ENGINE: engine },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const shown = withoutExpected404s((text) => process.stdout.write(text));
    child.stdout.on('data', (data) => {
      output += data;
      shown.data(String(data));
    });
    child.on('close', (code) => {
      shown.end();
      resolve(code);
    });
  });
  // the runner's last progress line: "22/22 test files | 190 passed, 0 failed, 3 skipped"
  const counts = [...output.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].at(-1);
  const [passed = '?', failed = '?', skipped = '0'] = counts?.slice(1) ?? [];
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({
    engine,
    code,
    seconds,
    line: `${engine}: ${passed} passed, ${failed} failed, ${skipped ?? 0} skipped`,
  });
}

console.log(
  `\n--- browser suite by engine (${results.map(({ engine, seconds }) => `${engine} ${seconds} s`).join(', ')})`,
);
for (const { line } of results) console.log(line);
process.exitCode = results.some(({ code }) => code !== 0) ? 1 : 0;
