import { html } from 'lit';
import { CoalitionWidget } from '../core/coalition-widget.js';
import { plainListStyles } from '../core/widget.styles.js';
import { formatDay } from '../core/format.js';
import type { Feed } from '../feed/schema.js';

/**
 * Celebrates a coalition's wins, newest first.
 *
 * @tagname coalition-victory-tracker
 * @summary The coalition's victories, newest first.
 * @csspart list - The list of victories.
 * @csspart victory - One victory.
 */
export class CoalitionVictoryTracker extends CoalitionWidget {
  static override styles = [...CoalitionWidget.styles, plainListStyles];

  protected override emptyMessage(feed: Feed): string | undefined {
    return feed.victories.length ? undefined : this.localize.strings.noVictories;
  }

  protected override renderFeed(feed: Feed) {
    const { lang } = this.localize;
    const victories = [...feed.victories].sort((a, b) => b.date.localeCompare(a.date));
    return html`<ul part="list">
      ${victories.map(
        (victory) =>
          html`<li part="victory">
            <strong>${this.localize.text(victory.title)}</strong>
            <time datetime=${victory.date}>${formatDay(victory.date, lang)}</time>
          </li>`,
      )}
    </ul>`;
  }
}
