// The browser suite in each engine, one after another (two cores: three at once would starve the
// timing-sensitive tests), then one line per engine. `ENGINE=webkit` or `ENGINE=firefox,webkit`
// runs fewer; extra arguments go to web-test-runner (a file glob, say).
import { spawn } from 'node:child_process';
import { engines } from './server/engines.js';

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
    child.stdout.on('data', (data) => {
      output += data;
      process.stdout.write(data);
    });
    child.on('close', resolve);
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
