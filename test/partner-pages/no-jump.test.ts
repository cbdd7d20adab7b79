import { expect, waitUntil } from '@open-wc/testing';
import { uniqueKey } from '../fixtures/feeds.js';

interface Jump {
  frames: [time: number, top: number][];
  fcp?: number;
}

describe('the embed as handed out', () => {
  it('moves the content below the widgets by at most 5% of the window after the first paint', async () => {
    const frame = document.createElement('iframe');
    // a desktop window, as the engines' own windows here (1280 × 1000)
    frame.width = '1000';
    frame.height = '1000';
    frame.src = `/pages/embed.html?key=${uniqueKey()}`;
    document.body.prepend(frame);
    try {
      const view = frame.contentWindow as Window & { jump?: Jump };
      const loaded = () =>
        [
          'coalition-victory-tracker',
          'coalition-event-list',
          'coalition-speaker-card',
          'coalition-feedback-form',
        ].every((tag) => {
          const root = frame.contentDocument?.querySelector(tag)?.shadowRoot;
          return root?.querySelector('[part="base"]') && !root.querySelector('[part="loading"]');
        });
      await waitUntil(loaded, 'the widgets show the feed', { timeout: 8000 });
      // a few frames more, for anything that settles after the feed lands
      await new Promise((resolve) => setTimeout(resolve, 500));
      const { frames, fcp } = view.jump!;
      // the frame painted first with content, and every one after it
      const first = Math.max(
        0,
        frames.findLastIndex(([time]) => fcp !== undefined && time <= fcp),
      );
      const painted = frames.slice(first).map(([, top]) => top);
      const moved = Math.max(...painted) - Math.min(...painted);
      console.log(`embed: first paint ${fcp?.toFixed(0)} ms, text below moved ${moved.toFixed(0)} px`);
      expect(painted.length).to.be.greaterThan(0);
      expect(moved, `moved ${moved} px (positions ${painted.join(', ')})`).to.be.at.most(0.05 * 1000);
    } finally {
      frame.remove();
    }
  });
});
