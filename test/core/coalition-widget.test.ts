import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { CoalitionWidget } from '../../src/core/coalition-widget.js';
import type { CoalitionVictoryTracker } from '../../src/victory-tracker/victory-tracker.js';
import { captureConsole } from '../fixtures/console.js';
import { colorSchemeCases } from '../fixtures/engine.js';
import { minimalFeed, serverStats, uniqueKey } from '../fixtures/feeds.js';

const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

describe('every widget', () => {
  describe('loading', () => {
    it('reserves its space and tells assistive technology it is busy', async () => {
      const element = await fixture<CoalitionVictoryTracker>(
        html`<coalition-victory-tracker src=${`/api/feed?key=${uniqueKey()}&delay=400`}></coalition-victory-tracker>`,
      );
      const placeholder = part(element, 'loading')!;
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(placeholder.textContent).to.contain('Loading');
      expect(element.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(element).to.be.accessible();
    });
  });

  describe('loaded', () => {
    it('loads its own src, announces it, and passes axe', async () => {
      const element = document.createElement('coalition-victory-tracker');
      element.src = `/api/feed?key=${uniqueKey()}`;
      const heard = oneEvent(element, 'coalition-feed-load');
      document.body.append(element);
      expect((await heard).detail.feed.coalition.name).to.equal('Test Coalition');
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.contain('Newer win');
      await expect(element).to.be.accessible();
      element.remove();
    });

    it('takes a feed object, which wins over src', async () => {
      const key = uniqueKey();
      const element = await fixture<CoalitionVictoryTracker>(
        html`<coalition-victory-tracker
          src="/api/feed?key=${key}"
          .feed=${{ ...minimalFeed, victories: [{ id: 'a', title: 'Object win', date: '2024-01-01' }] }}
        ></coalition-victory-tracker>`,
      );
      expect(element.shadowRoot!.textContent).to.contain('Object win');
      expect((await serverStats(key)).requests).to.equal(0);
    });

    it('shows feed text as text, never as markup', async () => {
      const title = '<img src=x onerror="window.hacked=1"><b>bold</b>';
      const element = await fixture<CoalitionVictoryTracker>(
        html`<coalition-victory-tracker
          .feed=${{ ...minimalFeed, victories: [{ id: 'a', title, date: '2024-01-01' }] }}
        ></coalition-victory-tracker>`,
      );
      expect(element.shadowRoot!.querySelector('img, b')).to.be.null;
      expect(element.shadowRoot!.textContent).to.contain(title);
      expect((window as { hacked?: number }).hacked).to.be.undefined;
    });
  });

  describe('leaving the page', () => {
    it('cancels its own request when removed before the feed arrives', async () => {
      const key = uniqueKey();
      const element = await fixture(
        html`<coalition-event-list src=${`/api/feed?key=${key}&hang=1`}></coalition-event-list>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      element.remove();
      await waitUntil(async () => (await serverStats(key)).aborted === 1, 'the request was not cancelled');
    });
  });

  describe('empty', () => {
    it('says so in a friendly sentence instead of a blank box', async () => {
      const element = await fixture<CoalitionVictoryTracker>(
        html`<coalition-victory-tracker .feed=${minimalFeed}></coalition-victory-tracker>`,
      );
      expect(part(element, 'empty')!.textContent).to.contain('No victories to show yet');
      await expect(element).to.be.accessible();
    });
  });

  describe('error', () => {
    it('explains a network failure in plain words and offers a retry that works', async () => {
      const key = uniqueKey();
      const element = await fixture<CoalitionVictoryTracker>(
        html`<coalition-victory-tracker src=${`/api/feed?key=${key}&fail=3`}></coalition-victory-tracker>`,
      );
      await waitUntil(() => part(element, 'error'), 'no error shown', { timeout: 4000 });
      expect(part(element, 'error')!.textContent).to.contain('had a problem (error 503)');
      await expect(element).to.be.accessible();
      const retry = part(element, 'retry-button')!;
      expect(retry.textContent).to.contain('Try again');
      retry.click();
      await waitUntil(() => element.shadowRoot!.textContent!.includes('Newer win'), 'retry did not load', {
        timeout: 4000,
      });
      expect((await serverStats(key)).requests).to.equal(4);
    });

    it('offers no retry when trying again cannot help', async () => {
      const element = await fixture<CoalitionVictoryTracker>(
        html`<coalition-victory-tracker
          src=${`/api/feed?key=${uniqueKey()}&body=not-json`}
        ></coalition-victory-tracker>`,
      );
      await waitUntil(() => part(element, 'error'), 'no error shown');
      expect(part(element, 'error')!.textContent).to.contain('damaged');
      expect(part(element, 'retry-button')).to.be.null;
    });

    it('names the field on the console when a document is not a feed', async () => {
      const lines = await captureConsole('error', async () => {
        const element = await fixture<CoalitionVictoryTracker>(
          html`<coalition-victory-tracker .feed=${{ version: 1, coalition: {} }}></coalition-victory-tracker>`,
        );
        expect(part(element, 'error')!.textContent).to.contain('not a coalition feed');
      });
      expect(lines.join('\n')).to.contain('coalition.name: required');
    });

    it('leaves its placeholder for the error state when rendering throws, and names the cause', async () => {
      // the failure WebKit once gave: a formatter that throws while the event list renders
      const { formatToParts } = Intl.DateTimeFormat.prototype;
      Intl.DateTimeFormat.prototype.formatToParts = () => {
        throw new RangeError('date value is not finite in DateTimeFormat formatToParts()');
      };
      const feed = {
        ...minimalFeed,
        events: [{ id: 'e', title: 'Tenant meeting', start: '2099-01-16T18:00:00-06:00', timezone: 'America/Chicago' }],
      };
      let element!: Element;
      const lines = await captureConsole('error', async () => {
        try {
          element = await fixture(html`<coalition-event-list .feed=${feed}></coalition-event-list>`);
          await waitUntil(() => part(element, 'error'), 'still on the placeholder');
        } finally {
          Intl.DateTimeFormat.prototype.formatToParts = formatToParts;
        }
      });
      expect(part(element, 'loading')).to.be.null;
      expect(part(element, 'error')!.textContent).to.contain('Something went wrong while showing this');
      expect(part(element, 'retry-button')).to.be.null;
      expect(lines.join('\n')).to.match(/<coalition-event-list> could not be shown:.*date value is not finite/);
      await expect(element).to.be.accessible();
    });

    it('shows a good feed set after one that failed to render', async () => {
      const { formatToParts } = Intl.DateTimeFormat.prototype;
      Intl.DateTimeFormat.prototype.formatToParts = () => {
        throw new RangeError('date value is not finite in DateTimeFormat formatToParts()');
      };
      const event = {
        id: 'e',
        title: 'Tenant meeting',
        start: '2099-01-16T18:00:00-06:00',
        timezone: 'America/Chicago',
      };
      let element!: CoalitionWidget;
      await captureConsole('error', async () => {
        try {
          element = await fixture(
            html`<coalition-event-list .feed=${{ ...minimalFeed, events: [event] }}></coalition-event-list>`,
          );
          await waitUntil(() => part(element, 'error'), 'still on the placeholder');
        } finally {
          Intl.DateTimeFormat.prototype.formatToParts = formatToParts;
        }
      });
      element.feed = { ...minimalFeed, events: [{ ...event, title: 'Tenant meeting, moved' }] };
      await element.updateComplete;
      expect(part(element, 'error')).to.be.null;
      expect(element.shadowRoot!.textContent).to.contain('Tenant meeting, moved');
    });

    it('says when it has no feed at all', async () => {
      const element = await fixture<CoalitionVictoryTracker>(
        html`<coalition-victory-tracker></coalition-victory-tracker>`,
      );
      expect(part(element, 'error')!.textContent).to.contain('has no feed');
    });
  });

  describe('bad entries', () => {
    it('shows the valid rest and warns once, naming each problem by path', async () => {
      const feed = {
        ...minimalFeed,
        victories: [
          { id: 'a', title: 'Good win', date: '2024-01-01' },
          { id: 'b', title: 'Bad win', date: 'yesterday' },
        ],
      };
      const lines = await captureConsole('warn', async () => {
        await fixture(
          html`<div>
            <coalition-victory-tracker .feed=${feed}></coalition-victory-tracker>
            <coalition-victory-tracker .feed=${feed}></coalition-victory-tracker>
          </div>`,
        );
      });
      expect(lines).to.have.length(1);
      expect(lines[0]).to.contain('victories[1].date: not a date');
      const tracker = document.querySelector('coalition-victory-tracker')!;
      expect(tracker.shadowRoot!.textContent).to.contain('Good win');
      expect(tracker.shadowRoot!.textContent).not.to.contain('Bad win');
    });
  });

  describe('theme', () => {
    const colorOf = (element: Element) => getComputedStyle(part(element, 'base')!).color;

    it('switches to dark, and takes --coalition-* properties from the page', async () => {
      const light = await fixture(html`<coalition-victory-tracker .feed=${minimalFeed}></coalition-victory-tracker>`);
      const dark = await fixture(
        html`<coalition-victory-tracker theme="dark" .feed=${minimalFeed}></coalition-victory-tracker>`,
      );
      expect(colorOf(light)).not.to.equal(colorOf(dark));
      await expect(dark).to.be.accessible();
      const branded = await fixture(
        html`<coalition-victory-tracker
          style="--coalition-text: rgb(1, 2, 3)"
          .feed=${minimalFeed}
        ></coalition-victory-tracker>`,
      );
      expect(colorOf(branded)).to.equal('rgb(1, 2, 3)');
    });

    it('follows the system setting with theme="auto"', async () => {
      const auto = await fixture(
        html`<coalition-victory-tracker theme="auto" .feed=${minimalFeed}></coalition-victory-tracker>`,
      );
      const dark = await fixture(
        html`<coalition-victory-tracker theme="dark" .feed=${minimalFeed}></coalition-victory-tracker>`,
      );
      for await (const scheme of colorSchemeCases()) {
        if (scheme === 'dark') expect(colorOf(auto)).to.equal(colorOf(dark));
        else expect(colorOf(auto)).not.to.equal(colorOf(dark));
      }
    });

    it('gives a partner colour set with light-dark() its variant for the theme', async () => {
      const colour = '--coalition-text: light-dark(rgb(1, 2, 3), rgb(4, 5, 6))';
      const light = await fixture(
        html`<coalition-victory-tracker style=${colour} .feed=${minimalFeed}></coalition-victory-tracker>`,
      );
      const dark = await fixture(
        html`<coalition-victory-tracker theme="dark" style=${colour} .feed=${minimalFeed}></coalition-victory-tracker>`,
      );
      expect(colorOf(light)).to.equal('rgb(1, 2, 3)');
      expect(colorOf(dark)).to.equal('rgb(4, 5, 6)');
    });

    it('stays light on a page that declares a dark color-scheme, unless asked to be dark', async () => {
      const plain = await fixture(html`<coalition-victory-tracker .feed=${minimalFeed}></coalition-victory-tracker>`);
      const page = await fixture(
        html`<div style="color-scheme: dark">
          <coalition-victory-tracker .feed=${minimalFeed}></coalition-victory-tracker>
        </div>`,
      );
      expect(colorOf(page.querySelector('coalition-victory-tracker')!)).to.equal(colorOf(plain));
    });

    it('inherits the host page font', async () => {
      const wrapper = await fixture(
        html`<div style="font-family: Georgia, serif; font-size: 20px">
          <coalition-victory-tracker .feed=${minimalFeed}></coalition-victory-tracker>
        </div>`,
      );
      const base = part(wrapper.querySelector('coalition-victory-tracker')!, 'base')!;
      expect(getComputedStyle(base).fontFamily).to.contain('Georgia');
      expect(getComputedStyle(base).fontSize).to.equal('20px');
    });
  });
});
