// The small pure parts publish is made of: the markup escaper every page and Atom file goes
// through, and the contrast rule the cards and flyers pick their text colour by.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atomFeed } from '../src/publish/atom.js';
import { cardColours, contrast } from '../src/publish/contrast.js';
import { escapeMarkup, Markup, markup } from '../src/publish/markup.js';
import { siteBuilderPage } from '../src/publish/widget-files.js';

const hostile = `<script>alert("x")</script> & 'quotes' \u0000\u0008\u001b\uFFFE lone \uD800 surrogate 😀 Đường`;

describe('markup', () => {
  it('escapes the five characters that mean markup and drops what XML cannot hold', () => {
    assert.equal(escapeMarkup(`a<b>&"c"'d'`), 'a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    assert.equal(
      escapeMarkup(hostile),
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos;  lone  surrogate 😀 Đường',
    );
    assert.equal(escapeMarkup('tab\tline\nreturn\r'), 'tab\tline\nreturn\r');
  });

  it('escapes every interpolated text and keeps markup it is given', () => {
    const inner = markup`<b>${'<i>'}</b>`;
    assert.equal(
      markup`<p title="${'"'}">${inner}${[inner, inner]}${undefined}${false}${3}</p>`.text,
      '<p title="&quot;"><b>&lt;i&gt;</b><b>&lt;i&gt;</b><b>&lt;i&gt;</b>3</p>',
    );
    assert.ok(markup`x` instanceof Markup);
  });

  it('writes Atom that an XML parser reads back to the same text, entry for entry', () => {
    const xml = atomFeed({
      id: 'https://site.example/victories.atom',
      title: hostile,
      self: 'https://site.example/victories.atom',
      home: 'https://site.example/',
      author: { name: 'A & B' },
      lang: 'en',
      entries: [
        {
          id: 'https://site.example/wins/a/',
          title: hostile,
          link: 'https://site.example/wins/a/?x=1&y=2',
          updated: '2026-01-02T00:00:00Z',
        },
        {
          id: 'https://site.example/wins/b/',
          title: 'B',
          link: 'https://site.example/wins/b/',
          updated: '2026-03-04T00:00:00Z',
          summary: 'Fine',
        },
      ],
    });
    assert.equal(XMLValidator.validate(xml), true);
    const feed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'entry',
    }).parse(xml).feed;
    const clean = ['\u0000', '\u0008', '\u001b', '\uFFFE', '\uD800'].reduce(
      (text, dropped) => text.replaceAll(dropped, ''),
      hostile,
    );
    assert.equal(feed.title, clean);
    assert.equal(feed.updated, '2026-03-04T00:00:00Z');
    assert.equal(feed.author.name, 'A & B');
    assert.deepEqual(
      feed.entry.map((entry: { title: string; link: { href: string } }) => [entry.title, entry.link.href]),
      [
        [clean, 'https://site.example/wins/a/?x=1&y=2'],
        ['B', 'https://site.example/wins/b/'],
      ],
    );
  });
});

describe('card colours', () => {
  it('computes WCAG contrast ratios', () => {
    assert.equal(contrast('#ffffff', '#000000'), 21);
    assert.equal(Math.round(contrast('#777777', '#ffffff') * 100) / 100, 4.48);
  });

  it('writes white on a dark accent and near-black on a light one, at least 4.5:1', () => {
    assert.deepEqual(cardColours('#5b2bd6'), { background: '#5b2bd6', text: '#ffffff' });
    assert.deepEqual(cardColours('#f4c542'), { background: '#f4c542', text: '#111111' });
    assert.deepEqual(cardColours('#fc0'), { background: '#ffcc00', text: '#111111' });
  });

  it('darkens an accent on which neither reads well, until white does', () => {
    const { background, text } = cardColours('#777777');
    assert.equal(text, '#ffffff');
    assert.notEqual(background, '#777777');
    assert.ok(contrast(background, text) >= 4.5);
    for (const accent of ['#808080', '#e0245e', '#1da1f2', '#00a86b', '#ff6600']) {
      const colours = cardColours(accent);
      assert.ok(contrast(colours.background, colours.text) >= 4.5, accent);
    }
  });
});

describe("the site's builder page", () => {
  const page = `<!doctype html>\n<html>\n  <head>\n    <meta charset="utf-8" />\n    <script src="../coalition-widgets.js"></script>\n  </head>\n</html>\n`;

  it("names the site's js/ folder in its meta tag and loads the one file from it", () => {
    const moved = siteBuilderPage(page, 'https://site.example/js/?a="b"');
    assert.match(
      moved,
      /<meta name="coalition-widgets-script-address" content="https:\/\/site\.example\/js\/\?a=&quot;b&quot;" \/>/,
    );
    assert.match(moved, /<script src="\.\.\/js\/coalition-widgets\.js"><\/script>/);
  });

  it('refuses a page it does not know how to move', () => {
    assert.throws(() => siteBuilderPage('<html></html>', 'https://site.example/js/'), /not the page publish knows/);
  });
});
