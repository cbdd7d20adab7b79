import { expect, waitUntil } from '@open-wc/testing';
import { openFrame } from '../fixtures/frames.js';

/** Opens the published site's index.html in a frame, as a visitor would. */
async function openSite(): Promise<Document> {
  const frame = await openFrame('/published/index.html', { title: 'published site', width: '1000px', height: '900px' });
  return frame.contentDocument!;
}

const shadowText = (element: Element | null) => element?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('the published site', () => {
  // the test server publishes the site on its first request for it: draw the cards once, here
  before(async function () {
    this.timeout(120_000);
    expect((await fetch('/published/index.html')).status).to.equal(200);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("shows the coalition's victories and events with the widgets from its own js/", async () => {
    const site = await openSite();
    const tracker = site.querySelector('coalition-victory-tracker');
    const events = site.querySelector('coalition-event-list');
    await waitUntil(() => shadowText(tracker).includes('Route 7 bus service restored'), 'no victories shown', {
      timeout: 8000,
    });
    await waitUntil(() => shadowText(events).includes('Tenant rights clinic'), 'no events shown', { timeout: 8000 });
    expect(site.querySelector('h1')!.textContent).to.equal('Austin Justice Coalition');
    const scripts = [...site.querySelectorAll('script[src]')].map((script) => (script as HTMLScriptElement).src);
    expect(scripts).to.deep.equal([`${location.origin}/published/js/coalition-widgets.js`]);
    const loaded = (site.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.initiatorType === 'script')
      .map((entry) => new URL(entry.name).pathname);
    // the one file, and at idle time perhaps the event list's later part from beside it
    expect(loaded[0]).to.equal('/published/js/coalition-widgets.js');
    for (const later of loaded.slice(1)) expect(later).to.equal('/published/js/coalition-widgets-later.js');
  });

  it("hands out the embed code with the files and feed at the site's own address", async () => {
    const site = await openSite();
    const codes = [...site.querySelectorAll('pre code')].map((code) => code.textContent);
    expect(codes).to.deep.equal([
      '<script src="http://localhost/published/js/embed/victory-tracker.js"></script>\n<coalition-victory-tracker src="http://localhost/published/feed.json"></coalition-victory-tracker>',
      '<script src="http://localhost/published/js/embed/event-list.js"></script>\n<coalition-event-list src="http://localhost/published/feed.json"></coalition-event-list>',
    ]);
    const builder = site.querySelector<HTMLAnchorElement>('a[href="builder/"]')!;
    expect(builder.textContent).to.equal('embed builder');
    const answer = await fetch(new URL('builder/index.html', site.baseURI));
    expect(answer.status).to.equal(200);
    expect(await answer.text()).to.contain('<script src="../js/coalition-widgets.js"></script>');
  });

  it('passes axe, run inside the page', async () => {
    const site = await openSite();
    await waitUntil(
      () => shadowText(site.querySelector('coalition-event-list')).includes('Tenant rights clinic'),
      'no events',
      { timeout: 8000 },
    );
    // axe checks the document it is loaded into, so it is loaded into the site's page
    const script = site.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    site.head.append(script);
    await ready;
    const axe = (site.defaultView as unknown as { axe: typeof import('axe-core') }).axe;
    const { violations } = await axe.run(site, { resultTypes: ['violations'] });
    expect(
      violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`),
    ).to.deep.equal([]);
  });
});
