// Fails when a script a page loads grows past its budget (gzip level 9), set in package.json
// "sizeBudget": the one file, and each widget's file together with any chunk it imports (what a
// page with that one <script> tag downloads in all). Prints one row per budget, then what the one
// file loads on demand.
import { budgetedScripts, onDemand } from './bundle-sizes.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let over = false;
console.log(`${'script tag'.padEnd(34)} ${'files'.padStart(5)} ${'gzipped'.padStart(10)} ${'budget'.padStart(10)}`);
for (const { file, budget, files, bytes } of await budgetedScripts()) {
  over ||= bytes > budget;
  console.log(
    `${file.padEnd(34)} ${String(files).padStart(5)} ${kb(bytes).padStart(10)} ${kb(budget).padStart(10)}  ${bytes <= budget ? 'within' : 'OVER'}`,
  );
}
for (const { file, bytes } of onDemand())
  console.log(`${file.padEnd(34)} ${'later'.padStart(5)} ${kb(bytes).padStart(10)}  what loads on demand`);
process.exit(over ? 1 : 0);
