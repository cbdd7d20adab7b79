import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { uniqueKey } from '../fixtures/feeds.js';

const TAGS = ['coalition-victory-tracker', 'coalition-event-list', 'coalition-speaker-card', 'coalition-feedback-form'];

/** Opens a partner-like page (served with its own headers) in a frame, once every widget shows its feed. */
async function open(url: string): Promise<Window & { problems?: string[] }> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  // tall enough that nothing is off screen (content-visibility skips what is)
  frame.height = '4000';
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow!;
  await waitUntil(
    () =>
      TAGS.every((tag) => {
        const root = view.document.querySelector(tag)?.shadowRoot;
        return root?.querySelector('[part="base"]') && !root.querySelector('[part="loading"]');
      }),
    `every widget renders on ${url}`,
    { timeout: 5000 },
  );
  return view;
}

/** Every element inside every widget's shadow root. */
const insides = (view: Window, tag: string): Element[] => [
  ...view.document.querySelector(tag)!.shadowRoot!.querySelectorAll('*'),
];

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('on a strict partner page', () => {
  for (const policy of ['csp', 'tt']) {
    const name = policy === 'csp' ? "script-src 'self'; style-src 'self'" : 'Trusted Types';
    it(`every widget renders with no violation under ${name}`, async () => {
      const view = await open(`/pages/strict.html?policy=${policy}&key=${uniqueKey()}`);
      // the events' JSON-LD is written through the coalition-widgets policy, at idle time, by the later file
      const selector = 'coalition-event-list > script[type="application/ld+json"]';
      await waitUntil(() => view.document.querySelector(selector), 'no JSON-LD', { timeout: 5000 });
      const jsonLd = view.document.querySelector(selector);
      expect(JSON.parse(jsonLd!.textContent!)[0].name).to.equal('Sooner clinic');
      for (const tag of TAGS) {
        expect(view.document.querySelector(tag)!.shadowRoot!.textContent!.trim(), tag).not.to.equal('');
        expect(
          insides(view, tag).filter((element) => element.hasAttribute('style')),
          `${tag}: elements with a style attribute`,
        ).to.be.empty;
      }
      await aTimeout(100);
      expect(view.problems).to.deep.equal([]);
    });
  }
});

describe('the one file in a folder of its own', () => {
  const events = (view: Window) => view.document.querySelector('coalition-event-list')!.shadowRoot!;
  const clinic = (view: Window) => events(view).querySelector<HTMLElement>('article')!;
  const openEventList = async (folder: string) => {
    const frame = document.createElement('iframe');
    frame.src = `/pages/later.html?folder=${folder}&key=${uniqueKey()}`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const view = frame.contentWindow as Window & { problems: string[]; logged: string[] };
    await waitUntil(() => events(view).querySelector('article'), 'the events render', { timeout: 5000 });
    return view;
  };

  it('opens the calendar links and downloads the .ics from the later file beside it', async () => {
    const view = await openEventList('own');
    const button = clinic(view).querySelector<HTMLButtonElement>('[part="calendar-button"]')!;
    button.click();
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'the calendar choices open');
    const google = new URL(clinic(view).querySelector<HTMLAnchorElement>('[part="google-link"]')!.href);
    expect(google.host).to.equal('calendar.google.com');
    expect(google.searchParams.get('text')).to.equal('Sooner clinic');
    const requested = view.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(requested).to.include('/pages/own/coalition-widgets-later.js');
    const downloads: string[] = [];
    // the browser would save the file; record which file it would save instead
    (view as unknown as typeof globalThis).HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    clinic(view).querySelector<HTMLButtonElement>('[part="ics-button"]')!.click();
    await waitUntil(() => downloads.length, 'no .ics saved');
    expect(downloads[0]).to.match(/\.ics$/);
    expect(view.problems).to.deep.equal([]);
  });

  it('says in plain words that the calendar choices could not load, and names the file in the console', async () => {
    const view = await openEventList('lonely');
    const button = clinic(view).querySelector<HTMLButtonElement>('[part="calendar-button"]')!;
    button.click();
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'the calendar choices open', {
      timeout: 5000,
    });
    const links = clinic(view).querySelector('[part="calendar-links"]')!;
    expect(links.textContent!.trim()).to.equal(
      'The calendar choices could not load. Check your connection and try again.',
    );
    expect(clinic(view).querySelector('[part="google-link"]')).to.be.null;
    expect(view.logged.join('\n')).to.contain('/pages/lonely/coalition-widgets-later.js');
    expect(view.problems).to.deep.equal([]);
  });
});

describe('under an aggressive page theme', () => {
  /** Each inner element's box, relative to its widget's outer box, rounded to the pixel. */
  const boxes = (view: Window, tag: string): string[] => {
    // a hidden element (the closed calendar links) has no box: its place would be the page's corner
    const elements = insides(view, tag).filter((element) => element.getClientRects().length);
    const origin = view.document
      .querySelector(tag)!
      .shadowRoot!.querySelector('[part="base"]')!
      .getBoundingClientRect();
    return elements.map((element) => {
      const box = element.getBoundingClientRect();
      const where = [box.left - origin.left, box.top - origin.top, box.width, box.height].map(Math.round).join(',');
      return `${element.localName}.${element.getAttribute('part') ?? element.className}: ${where}`;
    });
  };

  /** Every widget's boxes on a page, each page measured alone at the top of a tall window. */
  async function measure(url: string): Promise<Record<string, string[]>> {
    const view = await open(url);
    // numbers count up on first view: measure once they have settled
    await aTimeout(1500);
    const measured = Object.fromEntries(TAGS.map((tag) => [tag, boxes(view, tag)]));
    view.frameElement!.remove();
    return measured;
  }

  it('changes no box inside any widget', async () => {
    const clean = await measure('/pages/theme.html');
    const hostile = await measure('/pages/theme.html?hostile=1');
    for (const tag of TAGS) {
      const expected = clean[tag]!;
      const actual = hostile[tag]!;
      expect(expected.length, tag).to.be.greaterThan(5);
      // the first few differences, rather than a diff of hundreds of lines
      const moved = actual.filter((box, i) => box !== expected[i]).slice(0, 5);
      expect(moved, `${tag}: moved ${moved} (clean: ${expected.filter((box, i) => box !== actual[i]).slice(0, 5)})`).to
        .be.empty;
    }
  });
});
