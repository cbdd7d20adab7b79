import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { minimalFeed } from '../fixtures/feeds.js';

const tags = [
  'coalition-feed',
  'coalition-victory-tracker',
  'coalition-event-list',
  'coalition-speaker-card',
  'coalition-feedback-form',
];

describe('registration', () => {
  it('defines every element from the script-tag bundle, and loading it twice throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    // two copies of the bundle, as two partner embeds on one page would load them
    const bundle = '/dist/coalition-widgets.js';
    await import(`${bundle}?embed=1`);
    await import(`${bundle}?embed=2`);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    for (const tag of tags) expect(customElements.get(tag), tag).to.exist;

    const feed = await fixture(
      html`<coalition-feed .feed=${{ ...minimalFeed, speakers: [{ id: 'x', name: 'Bundled Speaker' }] }}>
        <coalition-speaker-card speaker="x"></coalition-speaker-card>
      </coalition-feed>`,
    );
    const card = feed.querySelector('coalition-speaker-card')!;
    await waitUntil(() => card.shadowRoot?.textContent?.includes('Bundled Speaker'), 'the bundled card did not render');
  });

  it('registers a second time through the npm entries without error', async () => {
    await import('../../src/all.js');
    await import('../../src/event-list.js');
    for (const tag of tags) expect(customElements.get(tag), tag).to.exist;
  });
});
