import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { mountVueDemo } from '../../demo/frameworks/vue-app.js';

const text = (element: Element | null | undefined) => element?.shadowRoot?.textContent ?? '';

describe('the Vue 3 demo', () => {
  it("passes a feed object as a property and hears the widgets' events", async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const app = mountVueDemo(container, '/test/fixtures/feed.json');
    try {
      await waitUntil(
        () => text(container.querySelector('coalition-victory-tracker')).includes('Newer win'),
        'no victories',
        { timeout: 4000 },
      );
      const list = container.querySelector('coalition-event-list')!;
      await waitUntil(() => text(list).includes('Sooner clinic'), 'no events');
      expect(list.shadowRoot!.querySelectorAll('article')).to.have.length(2);
      // Vue sets theme as a property; the widget reflects it, as its styles read the attribute
      expect(list.getAttribute('theme')).to.equal('auto');
      expect(getComputedStyle(list.shadowRoot!.querySelector('[part="base"]')!).colorScheme).to.equal('light dark');
      const speakers = container.querySelector('coalition-speaker-list')!;
      await waitUntil(() => text(speakers).includes('Ana Flores'), 'no speakers');
      expect(speakers.getAttribute('layout')).to.equal('list');
      const tracker = container.querySelector('coalition-victory-tracker')!;
      Object.defineProperty(navigator, 'share', { configurable: true, value: async () => undefined });
      try {
        tracker.shadowRoot!.querySelector<HTMLButtonElement>('[part="share-button"]')!.click();
        await waitUntil(
          () => container.querySelector('[role="status"]')!.textContent === 'Shared: newer',
          'Vue did not hear the share',
        );
      } finally {
        delete (navigator as { share?: unknown }).share;
      }
      await expect(container).to.be.accessible();
    } finally {
      app.unmount();
    }
  });
});
