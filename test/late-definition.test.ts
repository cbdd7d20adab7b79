import { expect, waitUntil } from '@open-wc/testing';
import { minimalFeed } from './fixtures/feeds.js';

describe('definition order', () => {
  it('finds a <coalition-feed> that is defined after the widgets inside it', async () => {
    const provider = document.createElement('coalition-feed') as HTMLElement & { feed?: object };
    provider.innerHTML = '<coalition-victory-tracker></coalition-victory-tracker>';
    document.body.append(provider);
    await import('../src/victory-tracker.js');
    const tracker = provider.querySelector('coalition-victory-tracker')!;
    (provider as { feed?: object }).feed = {
      ...minimalFeed,
      victories: [{ id: 'a', title: 'Late win', date: '2024-01-01' }],
    };
    await import('../src/feed.js');
    await waitUntil(() => tracker.shadowRoot?.textContent?.includes('Late win'), 'the widget never found its provider');
    expect(tracker.shadowRoot!.querySelector('[part="error"]')).to.be.null;
    provider.remove();
  });
});
