// Opens every story of the built Storybook in Chromium: each must render without an error and pass axe.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium, serve } from '../../scripts/local-chromium.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const only = process.env.STORIES; // a part of the story id, to run a few
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && (!only || entry.id.includes(only)),
);

const { server, port } = await serve('storybook-static');
const browser = await launchChromium();

let failed = 0;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  for (const story of stories) {
    const errors = [];
    const onError = (error) => errors.push(error.message);
    page.on('pageerror', onError);
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story`);
    // Storybook marks the body when a story has rendered (and its play function has run) or failed
    await page.waitForFunction(
      () =>
        document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay'),
      { timeout: 20_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const renderError = await page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay')
        ? document.querySelector('#error-message')?.textContent
        : null,
    );
    // a story must show something: text or a visible box somewhere in its root, shadow roots included
    const blank = await page.evaluate(() => {
      const elements = [];
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          elements.push(element);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document.querySelector('#storybook-root'));
      const text = elements.some((element) =>
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim()),
      );
      const box = elements.some((element) => {
        const { width, height } = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return width > 0 && height > 0 && style.visibility !== 'hidden' && style.display !== 'contents';
      });
      return !text && !box;
    });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // the widgets' own checks; the story frame itself is Storybook's
      const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
      return result.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    });
    page.off('pageerror', onError);
    const problems = [
      ...(renderError ? [`render error: ${renderError}`] : []),
      ...(blank ? ['blank: the story shows no text and no visible box'] : []),
      ...errors.map((e) => `page error: ${e}`),
      ...violations,
    ];
    if (problems.length) failed += 1;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${story.title} / ${story.name}`);
    for (const problem of problems) console.log(`       ${problem}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`${stories.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
