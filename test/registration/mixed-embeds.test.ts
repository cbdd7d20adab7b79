import { expect, waitUntil } from '@open-wc/testing';
import { serverStats, uniqueKey } from '../fixtures/feeds.js';
import { openFrame } from '../fixtures/frames.js';

/**
 * Opens a page holding partners' embeds side by side (each script tag names a built file), and
 * waits until every widget on it shows the feed.
 */
async function open(
  scripts: string[],
  widgets: string[],
): Promise<{ view: Window & { problems?: string[] }; key: string }> {
  const key = uniqueKey();
  const frame = await openFrame(
    `/pages/mixed.html?scripts=${scripts.join(',')}&widgets=${widgets.join(',')}&key=${key}`,
  );
  const view = frame.contentWindow!;
  await waitUntil(
    () =>
      widgets.every((name) => {
        const root = view.document.querySelector(`coalition-${name}`)?.shadowRoot;
        return root?.querySelector('[part="base"]') && !root.querySelector('[part="loading"]');
      }),
    `every widget renders with ${scripts.join(' then ')}`,
    { timeout: 5000 },
  );
  return { view, key };
}

/** A piece of the test feed each widget shows once it has it. */
const shows: Record<string, string> = {
  'victory-tracker': 'Newer win',
  'event-list': 'Sooner clinic',
  'speaker-card': 'Ana Flores',
  'feedback-form': 'What did you think?',
};

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('embeds mixed on one page', () => {
  const cases: [string, string[], string[]][] = [
    [
      'a widget file, then the one file',
      ['embed/event-list', 'coalition-widgets'],
      ['victory-tracker', 'event-list', 'speaker-card'],
    ],
    [
      'the one file, then a widget file',
      ['coalition-widgets', 'embed/event-list'],
      ['event-list', 'victory-tracker', 'feedback-form'],
    ],
    ['two widget files', ['embed/event-list', 'embed/victory-tracker'], ['victory-tracker', 'event-list']],
    [
      'two widget files, the other way round',
      ['embed/speaker-card', 'embed/feedback-form'],
      ['feedback-form', 'speaker-card'],
    ],
  ];
  for (const [name, scripts, widgets] of cases) {
    it(`${name}: throws nothing, renders every widget and fetches the feed once`, async () => {
      const { view, key } = await open(scripts, widgets);
      expect(view.problems).to.deep.equal([]);
      for (const widget of ['feed', ...widgets])
        expect(view.customElements.get(`coalition-${widget}`), widget).to.be.a('function');
      for (const widget of widgets) {
        const text = view.document.querySelector(`coalition-${widget}`)!.shadowRoot!.textContent;
        expect(text, widget).to.include(shows[widget]);
      }
      expect((await serverStats(key)).requests).to.equal(1);
    });
  }

  it('two widget files in Spanish: each widget shows its own words, which the other file does not carry', async () => {
    const { view } = await open(['embed/event-list', 'embed/victory-tracker'], ['victory-tracker', 'event-list']);
    view.document.documentElement.lang = 'es';
    const text = (widget: string) => view.document.querySelector(`coalition-${widget}`)!.shadowRoot!.textContent!;
    await waitUntil(() => text('victory-tracker').includes('victorias desde'), 'the tracker in Spanish');
    await waitUntil(() => text('event-list').includes('Añadir al calendario'), 'the list in Spanish');
    expect(text('event-list')).to.include('Outlook.com');
    expect(view.problems).to.deep.equal([]);
  });
});
