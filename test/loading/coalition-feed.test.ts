import { ContextConsumer } from '@lit/context';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '../../src/all.js';
import type { CoalitionFeed } from '../../src/core/coalition-feed.js';
import { feedContext } from '../../src/loading/feed-context.js';
import type { FeedSnapshot } from '../../src/loading/feed-state.js';
import type { CoalitionEventList } from '../../src/event-list/event-list.js';
import type { CoalitionVictoryTracker } from '../../src/victory-tracker/victory-tracker.js';
import { minimalFeed, serverStats, uniqueKey } from '../fixtures/feeds.js';

const shownText = (element: Element): string => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const loaded = (element: Element, text: string) =>
  waitUntil(() => shownText(element).includes(text), `never showed "${text}"`, { timeout: 3000 });

/** Puts its children in a slot of its shadow root, as a partner's layout component might. */
class SlotFrame extends LitElement {
  override render() {
    return litHtml`<section><slot></slot></section>`;
  }
}
customElements.define('test-slot-frame', SlotFrame);

/** Renders a widget inside its own shadow root. */
class ShadowHost extends LitElement {
  override render() {
    return litHtml`<coalition-victory-tracker></coalition-victory-tracker>`;
  }
}
customElements.define('test-shadow-host', ShadowHost);

/** Another library's element that consumes the feed with @lit/context, as the protocol allows. */
class LitConsumer extends LitElement {
  readonly seen: FeedSnapshot[] = [];
  readonly consumer = new ContextConsumer(this, {
    context: feedContext,
    subscribe: true,
    callback: (snapshot) => this.seen.push(snapshot),
  });
}
customElements.define('test-lit-consumer', LitConsumer);

describe('<coalition-feed>', () => {
  it('gives every widget inside it the feed, with one request', async () => {
    const key = uniqueKey();
    const element = await fixture<CoalitionFeed>(html`
      <coalition-feed src="/api/feed?key=${key}">
        <coalition-victory-tracker></coalition-victory-tracker>
        <div><coalition-event-list></coalition-event-list></div>
        <coalition-speaker-card speaker="ana"></coalition-speaker-card>
        <coalition-feedback-form></coalition-feedback-form>
      </coalition-feed>
    `);
    const [victories, events, speaker, feedback] = element.querySelectorAll<HTMLElement>('*:not(div)');
    await loaded(victories!, 'Newer win');
    await loaded(events!, 'Sooner clinic');
    await loaded(speaker!, 'Ana Flores');
    await loaded(feedback!, 'What did you think?');
    expect((await serverStats(key)).requests).to.equal(1);
  });

  it('answers @lit/context consumers with every new state, until they leave', async () => {
    const element = await fixture<CoalitionFeed>(html`
      <coalition-feed .feed=${minimalFeed}><test-lit-consumer></test-lit-consumer></coalition-feed>
    `);
    const consumer = element.querySelector<LitConsumer>('test-lit-consumer')!;
    expect(consumer.seen.at(-1)!.state.status).to.equal('loaded');
    element.feed = { ...minimalFeed, victories: [{ id: 'v', title: 'Fresh win', date: '2024-01-01' }] };
    await waitUntil(() => consumer.seen.at(-1)!.state.feed?.victories[0]?.title === 'Fresh win');
    const count = consumer.seen.length;
    consumer.remove();
    element.feed = { ...minimalFeed };
    await element.updateComplete;
    expect(consumer.seen.length).to.equal(count);
  });

  it('reaches widgets through slots and shadow roots', async () => {
    const element = await fixture<CoalitionFeed>(html`
      <coalition-feed .feed=${{ ...minimalFeed, victories: [{ id: 'v', title: 'Slotted win', date: '2024-01-01' }] }}>
        <test-slot-frame><coalition-victory-tracker></coalition-victory-tracker></test-slot-frame>
        <test-shadow-host></test-shadow-host>
      </coalition-feed>
    `);
    const slotted = element.querySelector('coalition-victory-tracker')!;
    const shadowed = element.querySelector('test-shadow-host')!.shadowRoot!.querySelector('coalition-victory-tracker')!;
    await loaded(slotted, 'Slotted win');
    await loaded(shadowed, 'Slotted win');
  });

  it('shares one request between providers and widgets that name the same URL', async () => {
    const key = uniqueKey();
    const src = `/api/feed?key=${key}&delay=50`;
    const element = await fixture(html`
      <div>
        <coalition-feed src=${src}><coalition-victory-tracker></coalition-victory-tracker></coalition-feed>
        <coalition-feed src=${src}><coalition-event-list></coalition-event-list></coalition-feed>
        <coalition-speaker-card src=${src}></coalition-speaker-card>
      </div>
    `);
    await loaded(element.querySelector('coalition-victory-tracker')!, 'Newer win');
    await loaded(element.querySelector('coalition-speaker-card')!, 'Ana Flores');
    await loaded(element.querySelector('coalition-event-list')!, 'Later meeting');
    expect((await serverStats(key)).requests).to.equal(1);
  });

  it('reads an inline JSON feed, and follows edits to it', async () => {
    const element = await fixture<CoalitionFeed>(html`
      <coalition-feed>
        <script type="application/json">
          {
            "version": 1,
            "coalition": { "name": "Inline" },
            "victories": [{ "id": "a", "title": "Inline win", "date": "2024-01-01" }]
          }
        </script>
        <coalition-victory-tracker></coalition-victory-tracker>
      </coalition-feed>
    `);
    const tracker = element.querySelector('coalition-victory-tracker')!;
    await loaded(tracker, 'Inline win');
    element.querySelector('script')!.textContent = JSON.stringify({
      ...minimalFeed,
      victories: [{ id: 'b', title: 'Edited win', date: '2024-01-01' }],
    });
    await loaded(tracker, 'Edited win');
  });

  it('prefers the feed property over inline JSON and src', async () => {
    const key = uniqueKey();
    const element = await fixture<CoalitionFeed>(html`
      <coalition-feed
        src="/api/feed?key=${key}"
        .feed=${{ ...minimalFeed, victories: [{ id: 'p', title: 'Property win', date: '2024-01-01' }] }}
      >
        <coalition-victory-tracker></coalition-victory-tracker>
      </coalition-feed>
    `);
    await loaded(element.querySelector('coalition-victory-tracker')!, 'Property win');
    expect((await serverStats(key)).requests).to.equal(0);
  });

  it('announces coalition-feed-load with the feed, bubbling and composed', async () => {
    const element = document.createElement('coalition-feed');
    element.src = `/api/feed?key=${uniqueKey()}`;
    const heard = oneEvent(document.body, 'coalition-feed-load');
    document.body.append(element);
    const event = await heard;
    expect(event.detail.feed.coalition.name).to.equal('Test Coalition');
    expect(event.detail.src).to.equal(element.src);
    expect(event.bubbles && event.composed).to.be.true;
    element.remove();
  });

  it('announces coalition-feed-error and puts its widgets in the error state', async () => {
    const element = document.createElement('coalition-feed');
    element.src = `/api/feed?key=${uniqueKey()}&status=404`;
    element.innerHTML = '<coalition-event-list></coalition-event-list>';
    const heard = oneEvent(element, 'coalition-feed-error');
    document.body.append(element);
    expect((await heard).detail.error.kind).to.equal('http');
    const list = element.querySelector<CoalitionEventList>('coalition-event-list')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('could not be found (error 404)');
    element.remove();
  });

  it('cancels its request when removed before the feed arrives', async () => {
    const key = uniqueKey();
    const element = await fixture<CoalitionFeed>(
      html`<coalition-feed src=${`/api/feed?key=${key}&hang=1`}></coalition-feed>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    element.remove();
    await waitUntil(async () => (await serverStats(key)).aborted === 1, 'the request was not cancelled');
  });

  it('switches feed when src changes', async () => {
    const element = await fixture<CoalitionFeed>(html`
      <coalition-feed .feed=${minimalFeed}><coalition-victory-tracker></coalition-victory-tracker></coalition-feed>
    `);
    const tracker = element.querySelector<CoalitionVictoryTracker>('coalition-victory-tracker')!;
    await loaded(tracker, 'No victories');
    element.feed = undefined;
    element.src = `/api/feed?key=${uniqueKey()}`;
    await loaded(tracker, 'Newer win');
  });
});
