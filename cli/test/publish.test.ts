// `coalition-widgets publish`, checked as a person would check the site it writes: the cards read
// by OCR, the flyers printed by Chromium and their QR codes scanned, the share pages' tags read by
// a browser, the Atom files by an XML parser, and the folder compared across runs.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import puppeteer, { type Browser } from 'puppeteer-core';
import { readFeed } from 'coalition-widgets/feed-format.js';
import { runAt } from './run.js';

const NOW = '2027-01-10T12:00:00Z';
const SITE = 'https://eastside.example.org/site';
const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'publish-'));
const site = join(scratch, 'site');
const file = (path: string) => join(site, path);
const text = (path: string) => readFileSync(file(path), 'utf8');
const sh = promisify(execFile);
/** Publishes the fixture feed (or what `input` names) for the site into `out`, as of NOW. */
const publish = (out: string, ...input: string[]) =>
  runAt(
    NOW,
    'publish',
    ...(input.length ? input : ['--feed', fixture('publish-feed.json')]),
    '--site-url',
    SITE,
    '--out',
    out,
  );

/** Every file under a folder, by its path inside it, with its bytes. */
function tree(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(folder, path), readFileSync(path));
    }
  };
  walk(folder);
  return files;
}

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/** What tesseract reads on a picture, on one line. */
async function ocr(path: string): Promise<string> {
  const { stdout } = await sh('tesseract', [path, '-', '--psm', '3'], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
  });
  return stdout.replace(/\s+/g, ' ');
}

let browser: Browser;
before(async () => {
  // the site's address given with its trailing slash, as people copy it
  const result = await runAt(
    NOW,
    'publish',
    '--feed',
    fixture('publish-feed.json'),
    '--site-url',
    `${SITE}/`,
    '--out',
    site,
  );
  assert.equal(result.code, 0, result.stderr);
  browser = await puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
after(async () => browser?.close());

describe('publish', () => {
  it('writes the whole site, and says what it wrote and what it left out', async () => {
    const files = [...tree(site).keys()];
    for (const path of [
      'feed.json',
      'events.ics',
      'victories.atom',
      'events.atom',
      'index.html',
      'wins/rent-stabilization/index.html',
      'wins/rent-stabilization/card.png',
      'wins/rent-stabilization/card.es.png',
      'wins/rent-stabilization/square.png',
      'wins/bus-route-7/card.png',
      'events/tenant-clinic/flyer.html',
      'events/tenant-clinic/flyer.es.html',
      'events/budget-call/flyer.html',
      'events/block-walk/flyer.html',
      'js/coalition-widgets.js',
      'js/embed/victory-tracker.js',
      'js/embed/event-list.js',
      'js/translations/vi.js',
      'builder/index.html',
      'builder/builder.js',
      'builder/demo-feed.json',
    ]) {
      assert.ok(files.includes(path), `${path} is missing`);
    }
    // a past event and a cancelled one get no flyer; English and Spanish are in the one file already
    assert.deepEqual(files.filter((path) => path.startsWith('events/')).sort(), [
      'events/block-walk/flyer.html',
      'events/budget-call/flyer.html',
      'events/tenant-clinic/flyer.es.html',
      'events/tenant-clinic/flyer.html',
    ]);
    assert.ok(!files.includes('js/translations/en.js'));
    assert.ok(!files.includes('wins/bus-route-7/card.es.png'), 'a plain-text victory has one language');
  });

  it('prints a victory whose id cannot name a folder as a warning, and publishes the rest', async () => {
    const result = await publish(join(scratch, 'again'));
    assert.equal(result.code, 0);
    assert.match(result.stderr, /publish-feed\.json: victory "no page": .*cannot name its share page/);
    assert.match(
      result.stderr,
      /publish: wrote .*again for https:\/\/eastside\.example\.org\/site\/: 2 share pages with 5 cards, 3 flyers, 4 upcoming events/,
    );
  });

  it("sets the feed's calendar and each victory's share page, and the feed stays valid", () => {
    const json = JSON.parse(text('feed.json'));
    assert.equal(json.coalition.calendar, `${SITE}/events.ics`);
    assert.deepEqual(
      json.victories.map((victory: { id: string; share?: string }) => [victory.id, victory.share]),
      [
        ['rent-stabilization', `${SITE}/wins/rent-stabilization/`],
        ['bus-route-7', `${SITE}/wins/bus-route-7/`],
        ['no page', undefined],
      ],
    );
    const reading = readFeed(text('feed.json'), `${SITE}/feed.json`);
    assert.equal(reading.status, 'loaded');
    assert.deepEqual(reading.status === 'loaded' && reading.problems, []);
  });

  it('writes every upcoming event into events.ics, cancelled ones as cancelled', () => {
    const calendar = new ICAL.Component(ICAL.parse(text('events.ics')));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    assert.deepEqual(
      events.map((event) => event.uid).sort(),
      ['block-walk', 'budget-call', 'cancelled-forum', 'tenant-clinic'].map((id) => `${id}@eastside.example.org`),
    );
    const clinic = events.find((event) => event.uid.startsWith('tenant-clinic@'))!;
    assert.equal(clinic.startDate.toJSDate().toISOString(), '2027-01-16T16:00:00.000Z');
    const forum = calendar
      .getAllSubcomponents('vevent')
      .find((vevent) => vevent.getFirstPropertyValue('uid') === 'cancelled-forum@eastside.example.org')!;
    assert.equal(forum.getFirstPropertyValue('status'), 'CANCELLED');
  });

  it('writes Atom feeds (RFC 4287) with an entry per win and per upcoming event', () => {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => ['entry', 'link'].includes(name),
    });
    const wins = parser.parse(text('victories.atom')).feed;
    assert.equal(wins.xmlns, 'http://www.w3.org/2005/Atom');
    assert.equal(wins.title, 'Eastside Tenants & Neighbors: victories');
    assert.equal(wins.updated, '2026-09-18T00:00:00Z');
    assert.deepEqual(
      wins.entry.map((entry: { title: string; link: { rel: string; href: string }[]; updated: string }) => [
        entry.title,
        entry.link.find((link) => link.rel === 'alternate')!.href,
        entry.updated,
      ]),
      [
        ['Rent stabilization ordinance passed', `${SITE}/wins/rent-stabilization/`, '2026-09-18T00:00:00Z'],
        ['Bus route 7 <restored> & "extended"', `${SITE}/wins/bus-route-7/`, '2025-03-14T00:00:00Z'],
        // no page and no story: the site's home
        ['A victory whose id has a space', `${SITE}/`, '2024-01-02T00:00:00Z'],
      ],
    );
    // the story link, relative in the feed, made absolute against the published feed
    assert.equal(
      wins.entry[1].link.find((link: { rel: string }) => link.rel === 'related').href,
      'https://eastside.example.org/news/route-7',
    );
    const events = parser.parse(text('events.atom')).feed;
    assert.deepEqual(
      events.entry.map((entry: { title: string; link: { href: string }[] }) => [entry.title, entry.link[0]!.href]),
      [
        ['Tenant rights clinic', 'https://eastside.example.org/rsvp/tenant-clinic?from=flyer'],
        ['Budget call', 'https://meet.example.org/budget'],
        ['Block walk', `${SITE}/events/block-walk/flyer.html`],
        ['Forum (cancelled)', `${SITE}/`],
      ],
    );
    assert.match(events.entry[0].summary.replace(/\s+/g, ' '), /Saturday, January 16, 2027, 10:00 AM – 12:00 PM CST/);
  });

  it('gives each win a share page whose tags a browser reads, naming a card of the stated size', async () => {
    const page = await browser.newPage();
    try {
      for (const id of ['rent-stabilization', 'bus-route-7']) {
        await page.setContent(text(`wins/${id}/index.html`));
        const tags = await page.$$eval('meta[property], meta[name]', (metas) =>
          Object.fromEntries(
            metas.map((meta) => [
              meta.getAttribute('property') ?? meta.getAttribute('name'),
              meta.getAttribute('content'),
            ]),
          ),
        );
        const canonical = await page.$eval('link[rel="canonical"]', (link) => link.getAttribute('href'));
        assert.equal(canonical, `${SITE}/wins/${id}/`);
        assert.equal(tags['og:url'], canonical);
        assert.equal(tags['twitter:card'], 'summary_large_image');
        assert.equal(tags['og:image'], `${SITE}/wins/${id}/card.png`);
        const card = readFileSync(file(tags['og:image']!.slice(SITE.length + 1)));
        assert.deepEqual(pngSize(card), {
          width: Number(tags['og:image:width']),
          height: Number(tags['og:image:height']),
        });
        assert.deepEqual(pngSize(card), { width: 1200, height: 630 });
        if (id === 'bus-route-7') {
          // feed text stays text: the title's < & " are characters, not markup
          assert.equal(tags['og:title'], 'Bus route 7 <restored> & "extended"');
          assert.equal(await page.$eval('h1', (h1) => h1.textContent), 'Bus route 7 <restored> & "extended"');
        } else {
          assert.equal(tags['og:title'], 'Rent stabilization ordinance passed');
          assert.equal(tags['og:description'], '4,350 households protected — Three years of testimony.');
        }
      }
      assert.deepEqual(pngSize(readFileSync(file('wins/rent-stabilization/square.png'))), {
        width: 1080,
        height: 1080,
      });
    } finally {
      await page.close();
    }
  });

  it('draws cards whose headline, metric and coalition OCR reads, in each language', async () => {
    const english = await ocr(file('wins/rent-stabilization/card.png'));
    assert.match(english, /Rent stabilization ordinance passed/);
    assert.match(english, /4,350 households protected/);
    assert.match(english, /Eastside Tenants & Neighbors/);
    assert.match(await ocr(file('wins/rent-stabilization/square.png')), /Rent stabilization ordinance passed/);
    const spanish = await ocr(file('wins/rent-stabilization/card.es.png'));
    assert.match(spanish, /Aprobada la ordenanza/);
    assert.match(spanish, /hogares protegidos/);
  });

  it('prints each flyer on one page of Letter and of A4, with a QR code that scans to the RSVP', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    try {
      const flyer = `file://${file('events/tenant-clinic/flyer.html')}`;
      await page.goto(flyer);
      assert.deepEqual(requests, [flyer], 'the flyer requests nothing');
      const words = await page.$eval('main', (main) => main.innerText.replace(/\s+/g, ' '));
      for (const expected of [
        'Tenant rights clinic',
        'Saturday, January 16, 2027, 10:00 AM – 12:00 PM CST',
        'Montopolis Recreation Center',
        '1200 Montopolis Dr, Austin, TX',
        'Hosted by Montopolis Neighbors',
        'Wheelchair accessible',
        'Childcare',
        'Vietnamese interpretation; ramp at the side door',
        'Bring your lease and your questions.',
        'Scan to RSVP',
      ]) {
        assert.ok(words.includes(expected), `"${expected}" is not on the flyer: ${words}`);
      }
      for (const format of ['Letter', 'A4'] as const) {
        const pdf = join(scratch, `flyer-${format}.pdf`);
        writeFileSync(pdf, await page.pdf({ format, printBackground: true }));
        const { stdout } = await sh('pdfinfo', [pdf]);
        assert.match(stdout, /^Pages:\s+1$/m, `${format}: ${stdout}`);
      }
      await page.setViewport({ width: 900, height: 1200, deviceScaleFactor: 2 });
      const shot = join(scratch, 'qr.png');
      await (await page.$('svg.qr'))!.screenshot({ path: shot });
      const { stdout } = await sh('zbarimg', ['--quiet', '--raw', shot]);
      assert.equal(stdout.trim(), 'https://eastside.example.org/rsvp/tenant-clinic?from=flyer');

      await page.goto(`file://${file('events/tenant-clinic/flyer.es.html')}`);
      const spanish = await page.$eval('main', (main) => main.innerText.replace(/\s+/g, ' '));
      assert.match(spanish, /Clínica de derechos de inquilinos/);
      assert.match(spanish, /sábado, 16 de enero de 2027/);
      assert.match(spanish, /Escanee para confirmar/);
      assert.equal(await page.$eval('html', (html) => html.lang), 'es');

      // no RSVP: the online link; neither: the coalition's site
      for (const [id, target] of [
        ['budget-call', 'https://meet.example.org/budget'],
        ['block-walk', `${SITE}/`],
      ]) {
        await page.goto(`file://${file(`events/${id}/flyer.html`)}`);
        await (await page.$('svg.qr'))!.screenshot({ path: shot });
        assert.equal((await sh('zbarimg', ['--quiet', '--raw', shot])).stdout.trim(), target);
      }
    } finally {
      await page.close();
    }
  });

  it('points the builder at the js/ folder of the site', () => {
    const builder = text('builder/index.html');
    assert.match(builder, new RegExp(`<meta name="coalition-widgets-script-address" content="${SITE}/js/" />`));
    assert.match(builder, /<script src="\.\.\/js\/coalition-widgets\.js"><\/script>/);
    const index = text('index.html');
    assert.match(index, /<script src="js\/coalition-widgets\.js"><\/script>/);
    assert.ok(index.includes(`&lt;script src=&quot;${SITE}/js/embed/victory-tracker.js&quot;&gt;&lt;/script&gt;`));
  });

  it('writes the same bytes for the same input', async () => {
    const second = join(scratch, 'second');
    const result = await publish(second);
    assert.equal(result.code, 0, result.stderr);
    const [a, b] = [tree(site), tree(second)];
    assert.deepEqual([...b.keys()], [...a.keys()]);
    for (const [path, bytes] of a) assert.ok(bytes.equals(b.get(path)!), `${path} differs between runs`);
  });

  it('leaves the earlier site as it was when a run fails, and nothing beside it', async () => {
    const before = tree(site);
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{ "version": 1, "coalition": ');
    for (const args of [
      ['--feed', broken],
      ['--feed', join(scratch, 'missing.json')],
      ['--feed', fixture('publish-feed.json'), '--victories', fixture('victories.csv')],
    ]) {
      const result = await publish(site, ...args);
      assert.notEqual(result.code, 0, result.stderr);
      const after = tree(site);
      assert.deepEqual([...after.keys()], [...before.keys()]);
      for (const [path, bytes] of before) assert.ok(bytes.equals(after.get(path)!), `${path} changed`);
    }
    assert.deepEqual(
      readdirSync(scratch).filter((name) => name.startsWith('.')),
      [],
    );
    const broke = await publish(site, '--feed', broken);
    assert.equal(broke.code, 1);
    assert.match(broke.stderr, /broken\.json: not JSON/);
  });

  it('builds the feed from the sources build takes', async () => {
    const out = join(scratch, 'from-sheets');
    const result = await publish(out, '--base', fixture('base.json'), '--victories', fixture('victories.csv'));
    assert.equal(result.code, 0, result.stderr);
    const feed = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8'));
    assert.ok(feed.victories.length > 1);
    for (const victory of feed.victories) {
      assert.equal(victory.share, `${SITE}/wins/${victory.id}/`);
      assert.ok(statSync(join(out, 'wins', victory.id, 'card.png')).size > 0);
    }
  });

  it('asks for --site-url and --out, and one kind of input', async () => {
    for (const args of [
      ['--feed', fixture('publish-feed.json'), '--out', join(scratch, 'x')],
      ['--feed', fixture('publish-feed.json'), '--site-url', 'ftp://example.org', '--out', join(scratch, 'x')],
      ['--feed', fixture('publish-feed.json'), '--site-url', SITE],
      ['--site-url', SITE, '--out', join(scratch, 'x')],
    ]) {
      const result = await runAt(NOW, 'publish', ...args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, /usage: coalition-widgets publish/);
    }
  });
});
