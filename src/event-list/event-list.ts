import { html } from 'lit';
import { CoalitionWidget } from '../core/coalition-widget.js';
import { plainListStyles } from '../core/widget.styles.js';
import { dateFormat } from '../core/format.js';
import type { CoalitionEvent, Feed } from '../feed/schema.js';

/** An event is past when its end, or its start when it has none, has passed. */
export const isPast = (event: CoalitionEvent, now: number): boolean => Date.parse(event.end ?? event.start) < now;

/**
 * Upcoming neighborhood events, soonest first.
 *
 * @tagname coalition-event-list
 * @summary Upcoming events, soonest first.
 * @csspart list - The list of events.
 * @csspart event - One event.
 */
export class CoalitionEventList extends CoalitionWidget {
  static override styles = [...CoalitionWidget.styles, plainListStyles];

  #upcoming(feed: Feed): CoalitionEvent[] {
    const now = Date.now();
    return feed.events.filter((event) => !isPast(event, now)).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  }

  protected override emptyMessage(feed: Feed): string | undefined {
    return this.#upcoming(feed).length ? undefined : this.localize.strings.noEvents;
  }

  protected override renderFeed(feed: Feed) {
    const { lang } = this.localize;
    return html`<ul part="list">
      ${this.#upcoming(feed).map((event) => {
        const timeZone = event.timezone ?? feed.coalition.timezone;
        const when = dateFormat(lang, { dateStyle: 'full', timeStyle: 'short', ...(timeZone && { timeZone }) });
        return html`<li part="event">
          <strong>${this.localize.text(event.title)}</strong>
          <time datetime=${event.start}>${when.format(new Date(event.start))}</time>
        </li>`;
      })}
    </ul>`;
  }
}
