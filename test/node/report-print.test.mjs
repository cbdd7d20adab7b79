// `coalition-widgets report` printed to PDF by Chromium, as an organizer prints it, and the PDF
// read back through poppler (pdftotext, pdftoppm): the figures are in it and the bars are drawn.
// REPORT_PICTURE=docs/images/report.png keeps page 1 as the picture the docs show.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../scripts/local-chromium.mjs';
import { FeedbackStore } from '../../cli/src/receive/store.ts';
import { runAt } from '../../cli/test/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'report-print-'));
const db = join(dir, 'feedback.db');
const out = join(dir, 'report.html');

/** Forty submissions over four weeks, with every kind of answer the fixture feed asks for. */
function seed() {
  const store = new FeedbackStore(db);
  const start = Date.parse('2026-03-02T17:00:00Z');
  const ideas = ['Shade at the stops', 'Later buses on Fridays', 'A crosswalk by the school'];
  for (let i = 0; i < 40; i++) {
    store.add({
      id: `print-${i}`,
      receivedAt: new Date(start + i * 16 * 3_600_000).toISOString(),
      answers: {
        more: i % 5 === 0 ? 'No' : 'Yes',
        session: String([5, 4, 4, 3, 5, 4, 2, 5][i % 8]),
        topics: [['Bus shelters'], ['Sidewalks', 'Night service'], ['Bus shelters', 'Sidewalks']][i % 3],
        ...(i % 4 === 0 && { idea: ideas[(i / 4) % 3] }),
      },
      message: i % 3 === 0 ? `Message ${i}: the route 7 bus was full again this week.` : '',
      name: null,
      email: null,
      topic: i % 2 ? 'Clinic session' : 'Transit summit',
      page: null,
      userAgent: null,
    });
  }
  store.close();
}

/** The page's pixels from a binary PPM (P6) as pdftoppm writes it. */
function pixels(ppm) {
  const [, width, height, max] = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.toString('latin1', 0, 32));
  const header = ppm.indexOf(`${max}`, ppm.indexOf(`${height}`)) + max.length + 1;
  return { width: Number(width), height: Number(height), data: ppm.subarray(header) };
}

describe('report, printed', () => {
  let browser;
  before(async () => {
    seed();
    const feed = 'cli/test/fixtures/report-feed.json';
    const made = await runAt('2026-04-01T12:00:00Z', 'report', '--db', db, '--feed', feed, '--out', out);
    assert.equal(made.code, 0, made.stderr);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints to PDF with its figures, and its bars drawn without "background graphics"; it asks for nothing', async () => {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(out).href);
    assert.deepEqual(requests, [pathToFileURL(out).href]);
    // as the print dialog defaults: no background graphics (the bars ask to be printed anyway)
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));

    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.match(text, /What residents said: Eastside Transit\s+Coalition/);
    assert.match(text, /Would you like to hear more from these speakers\?\s+40 answered/);
    assert.match(text, /Yes\s+32\s+80%/);
    assert.match(text, /mean 4\.0 of 5 from 40 ratings/);
    assert.match(text, /Message 39: the route 7 bus was full again this\s+week\./);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
    assert.ok(pages >= 2 && pages <= 6, `${pages} pages`);

    execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
    const { width, height, data } = pixels(readFileSync(join(dir, 'page-1.ppm')));
    let bar = 0;
    for (let at = 0; at < width * height * 3; at += 3) {
      // the bars' blue, #2f5f98
      if (Math.abs(data[at] - 47) < 24 && Math.abs(data[at + 1] - 95) < 24 && Math.abs(data[at + 2] - 152) < 24) bar++;
    }
    assert.ok(bar > 500, `${bar} pixels of bar on page 1`);
    if (process.env.REPORT_PICTURE) copyFileSync(join(dir, 'page-1.png'), process.env.REPORT_PICTURE);
  });
});
