// Fails when the script-tag bundle grows past its budget (gzip level 9), set in package.json "sizeBudget".
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const { sizeBudget } = JSON.parse(readFileSync('package.json', 'utf8'));
let over = false;
for (const [file, budget] of Object.entries(sizeBudget)) {
  const size = gzipSync(readFileSync(file), { level: 9 }).length;
  const verdict = size <= budget ? 'within' : 'OVER';
  over ||= size > budget;
  console.log(
    `${file}: ${(size / 1024).toFixed(2)} KB gzipped, ${verdict} its budget of ${(budget / 1024).toFixed(2)} KB`,
  );
}
process.exit(over ? 1 : 0);
