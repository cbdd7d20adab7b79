// Screenshots of the demo page in the three engines at 1280 and 390 px wide, its top and its
// events, for docs/browser-support.md: `npm run build && node scripts/screenshots.mjs` writes
// docs/images/demo-<engine>-<width>[-events].png.
import { writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { firefoxOptions, startWebKitDriver } from '../test/server/engines.js';
import { launchChromium, serve } from './local-chromium.mjs';

const sizes = [
  [1280, 1000],
  [390, 844],
];
const { server, port } = await serve(process.cwd());
const url = `http://127.0.0.1:${port}/demo/`;
const places = [
  ['', ''],
  ['-events', '#events'],
];
// numbers count up once in view; WebKit under Xvfb runs animation frames slowly, so wait it out
const settle = () => new Promise((resolve) => setTimeout(resolve, 6000));

for (const [engine, launch] of [
  ['chromium', launchChromium],
  ['firefox', () => puppeteer.launch(firefoxOptions)],
]) {
  const browser = await launch();
  const page = await browser.newPage();
  for (const [width, height] of sizes) {
    await page.setViewport({ width, height });
    for (const [suffix, hash] of places) {
      await page.goto('about:blank');
      await page.goto(url + hash);
      await settle();
      await writeFile(`docs/images/demo-${engine}-${width}${suffix}.png`, await page.screenshot());
    }
  }
  await browser.close();
}

const webkit = await remote(await startWebKitDriver());
for (const [width, height] of sizes) {
  // MiniBrowser's window keeps a minimum size of its own (447 px wide here)
  await webkit.setWindowSize(width, height);
  for (const [suffix, hash] of places) {
    await webkit.navigateTo('about:blank');
    await webkit.navigateTo(url + hash);
    await settle();
    const png = Buffer.from(await webkit.takeScreenshot(), 'base64');
    await writeFile(`docs/images/demo-webkit-${width}${suffix}.png`, png);
  }
}
await webkit.deleteSession();
await server.stop();
process.exit(0);
