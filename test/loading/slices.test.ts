import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ContextEvent } from '@lit/context';
import '../../src/all.js';
import { feedContext } from '../../src/loading/feed-context.js';
import type { CoalitionEventList } from '../../src/event-list/event-list.js';
import type { CoalitionFeed } from '../../src/core/coalition-feed.js';
import { inSlices, yieldToBrowser } from '../../src/loading/slices.js';
import { captureConsole } from '../fixtures/console.js';
import { uniqueKey } from '../fixtures/feeds.js';

type Scheduler = { yield?: () => Promise<void> };

/**
 * Counts the browser's turns the library takes while `run` runs, by standing in for
 * `scheduler.yield` (in engines that have none, the same stand-in is given for the test).
 */
async function countTurns(run: (turns: string[]) => Promise<unknown>): Promise<string[]> {
  const holder = globalThis as { scheduler?: Scheduler };
  const had = 'scheduler' in holder;
  const scheduler: Scheduler = (holder.scheduler ??= {});
  const own = Object.prototype.hasOwnProperty.call(scheduler, 'yield');
  const original = scheduler.yield;
  const turns: string[] = [];
  // a turn is logged as the task after it begins
  scheduler.yield = () =>
    new Promise((resolve) =>
      setTimeout(() => {
        turns.push('turn');
        resolve();
      }),
    );
  try {
    await run(turns);
  } finally {
    if (own) scheduler.yield = original;
    else delete scheduler.yield;
    if (!had) delete holder.scheduler;
  }
  return turns;
}

/** Steps that each keep the main thread busy for `ms`, recording each step's number in `log`. */
function* busySteps(count: number, ms: number, log: string[]): Generator<void, string, void> {
  for (let step = 0; step < count; step++) {
    const end = performance.now() + ms;
    while (performance.now() < end);
    log.push(`step ${step}`);
    yield;
  }
  return 'read';
}

const events = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `event-${i}`,
    title: `Meeting ${i + 1}`,
    start: new Date(Date.UTC(2099, 0, 1, 15) + i * 3_600_000).toISOString(),
    location: { name: 'Community Center', address: `${100 + i} Main St` },
    rsvp: `https://example.org/rsvp/${i}`,
  }));

/** A feed of `count` events whose last one has a start that is not a date-time. */
const longFeed = (count: number) => ({
  version: 1,
  coalition: { name: 'Long Coalition', timezone: 'America/Chicago' },
  events: [...events(count - 1), { id: 'last', title: 'Broken', start: 'next Tuesday' }],
});

const shownText = (element: Element): string => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('reading a long feed in slices', () => {
  it('gives the result of short work at once', () => {
    expect(inSlices(busySteps(2, 1, []))).to.equal('read');
  });

  it('takes a turn of the browser after each slice of about 20 ms', async () => {
    const turns = await countTurns(async (log) => {
      const result = inSlices(busySteps(20, 5, log));
      expect(result).to.be.instanceOf(Promise);
      expect(await result).to.equal('read');
    });
    // 20 steps of 5 ms: four or five to a slice, so at least three turns, and never six steps without one
    expect(turns.filter((entry) => entry === 'turn').length).to.be.at.least(3);
    const between = turns.join(',').split('turn');
    for (const run of between) expect(run.split(',').filter(Boolean).length).to.be.at.most(5);
  });

  it('gives the browser a turn where there is no scheduler.yield', async () => {
    const { scheduler } = globalThis as { scheduler?: Scheduler };
    if (scheduler) scheduler.yield = undefined;
    try {
      let waiting = 'waiting';
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (waiting = 'ran');
      channel.port2.postMessage(0);
      let microtask = 'waiting';
      queueMicrotask(() => (microtask = 'ran'));
      const resumed = yieldToBrowser();
      expect(microtask).to.equal('waiting');
      await resumed;
      expect(microtask).to.equal('ran');
      // a message posted before is a task the browser runs within a turn or two
      for (let turn = 0; turn < 3 && waiting === 'waiting'; turn++) await yieldToBrowser();
      expect(waiting).to.equal('ran');
    } finally {
      // the engine's own scheduler.yield again, from its prototype
      if (scheduler) delete scheduler.yield;
    }
  });

  it('shows a long feed object once read, and still warns of an entry far down', async () => {
    const list = document.createElement('coalition-event-list') as CoalitionEventList;
    list.limit = 5;
    const feed = longFeed(4000);
    let turns: string[] = [];
    const warnings = await captureConsole('warn', async () => {
      turns = await countTurns(async () => {
        list.feed = feed;
        await fixture(html`<div>${list}</div>`);
        await list.updateComplete;
      });
    });
    expect(shownText(list)).to.include('Meeting 1');
    expect(turns.length).to.be.greaterThan(0);
    expect(warnings.join('\n')).to.include('events[3999].start: not a date-time');
  });

  it('reads a long feed from src in slices, and warns of the entry far down', async () => {
    const src = URL.createObjectURL(new Blob([JSON.stringify(longFeed(4000))], { type: 'application/json' }));
    let turns: string[] = [];
    const warnings = await captureConsole('warn', async () => {
      turns = await countTurns(async () => {
        const list = await fixture<CoalitionEventList>(
          html`<coalition-event-list src=${src} limit="5"></coalition-event-list>`,
        );
        await waitUntil(() => shownText(list).includes('Meeting 1'), 'never showed the first meeting');
      });
    });
    URL.revokeObjectURL(src);
    expect(turns.length).to.be.greaterThan(1);
    expect(warnings.join('\n')).to.include('events[3999].start: not a date-time');
  });
});

describe('widgets that share a new feed', () => {
  it('render in consecutive tasks, top of the page first', async () => {
    const log: string[] = [];
    const feedUrl = `/api/feed?key=${uniqueKey()}&delay=100`;
    await countTurns(async (turns) => {
      const element = await fixture<CoalitionFeed>(html`
        <coalition-feed src=${feedUrl}>
          <coalition-victory-tracker></coalition-victory-tracker>
          <coalition-event-list></coalition-event-list>
          <coalition-speaker-card speaker="ana"></coalition-speaker-card>
          <coalition-feedback-form></coalition-feedback-form>
        </coalition-feed>
      `);
      const widgets = [...element.children] as (HTMLElement & { updated(): void })[];
      for (const widget of widgets) {
        const updated = widget.updated.bind(widget);
        // each widget's first render with the feed, in the shared log of turns
        widget.updated = () => {
          updated();
          const name = widget.localName;
          if (widget.shadowRoot!.querySelector('[part="loading"]') === null && !log.includes(name)) {
            log.push(name);
            turns.push(name);
          }
        };
      }
      await waitUntil(() => log.length === widgets.length, 'not every widget rendered the feed', { timeout: 4000 });
      // a task of its own for each, in page order: a turn of the browser comes before each render
      const renders = turns.filter((entry) => entry !== 'turn');
      expect(renders).to.deep.equal([
        'coalition-victory-tracker',
        'coalition-event-list',
        'coalition-speaker-card',
        'coalition-feedback-form',
      ]);
      for (const name of renders) expect(turns[turns.indexOf(name) - 1]).to.equal('turn');
    });
  });
});

describe('a turn whose work throws', () => {
  it('still gives the widgets waiting after it their turns', async () => {
    const feedUrl = `/api/feed?key=${uniqueKey()}&delay=100`;
    const element = await fixture<CoalitionFeed>(html`
      <coalition-feed src=${feedUrl}>
        <coalition-event-list limit="1"></coalition-event-list>
        <coalition-victory-tracker></coalition-victory-tracker>
      </coalition-feed>
    `);
    const [list, tracker] = [...element.children] as CoalitionEventList[];
    // a page's own reader of the shared feed, after the widgets, that throws on the feed
    element.dispatchEvent(
      new ContextEvent(
        feedContext,
        element,
        (snapshot) => {
          if (snapshot.state.feed) throw new Error('the page’s own reader failed');
        },
        true,
      ),
    );
    const errors: unknown[] = [];
    const onerror = window.onerror;
    const onrejection = (event: PromiseRejectionEvent) => (errors.push(event.reason), event.preventDefault());
    window.onerror = (_message, _source, _line, _column, error) => (errors.push(error), true);
    window.addEventListener('unhandledrejection', onrejection);
    try {
      await waitUntil(() => errors.length > 0, 'the reader never threw', { timeout: 4000 });
      await waitUntil(
        () =>
          !list!.shadowRoot!.querySelector('[part="loading"]') &&
          !tracker!.shadowRoot!.querySelector('[part="loading"]'),
        'a widget never showed the feed',
      );
    } finally {
      window.onerror = onerror;
      window.removeEventListener('unhandledrejection', onrejection);
    }
  });
});
