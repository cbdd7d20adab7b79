import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// the demo as its page loads it: bundled with React by scripts/build-framework-demos.mjs
type Demo = typeof import('../../demo/frameworks/react-app.js');
const bundle = '../../demo/frameworks/build/react-app.js';
import { captureConsole } from '../fixtures/console.js';
import { serverStats, uniqueKey } from '../fixtures/feeds.js';

const text = (element: Element | null | undefined) => element?.shadowRoot?.textContent ?? '';

describe('the React 19 demo', () => {
  it('renders every widget from one feed, and React hears their events', async () => {
    const key = uniqueKey();
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const { mountReactDemo } = (await import(bundle)) as Demo;
    const root = mountReactDemo(container, `/api/feed?key=${key}`);
    try {
      // the demo names a speaker the test feed does not have: the card says so, and the console too
      // the widgets sharing the feed render one per task, in page order: wait for the last, the speaker list
      const warnings = await captureConsole('warn', async () => {
        await waitUntil(
          () => text(container.querySelector('coalition-event-list')).includes('Sooner clinic'),
          'no events',
          {
            timeout: 4000,
          },
        );
        await waitUntil(
          () => text(container.querySelector('coalition-speaker-list')).includes('Ana Flores'),
          'no list',
        );
      });
      expect(warnings.join()).to.contain('no speaker with id "chas-moore"');
      expect(text(container.querySelector('coalition-victory-tracker'))).to.contain('Newer win');
      expect(text(container.querySelector('coalition-speaker-card'))).to.contain('We could not find the speaker');
      expect(text(container.querySelector('coalition-speaker-list'))).to.contain('Ana Flores');
      await waitUntil(
        () => container.querySelector('[role="status"]')!.textContent === 'News from Test Coalition',
        'onFeedLoad did not reach React',
      );
      expect((await serverStats(key)).requests).to.equal(1);
      // React sets theme as a property; the widget reflects it, as its styles read the attribute
      const tracker = container.querySelector('coalition-victory-tracker')!;
      expect(tracker.getAttribute('theme')).to.equal('auto');
      expect(getComputedStyle(tracker.shadowRoot!.querySelector('[part="base"]')!).colorScheme).to.equal('light dark');
      await expect(container).to.be.accessible();
    } finally {
      root.unmount();
    }
  });
});
