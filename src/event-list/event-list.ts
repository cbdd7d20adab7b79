import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { clock } from '../core/clock.js';
import { CoalitionWidget } from '../core/coalition-widget.js';
import { emit } from '../core/emit.js';
import { renderExpandable } from '../core/expandable.js';
import { limitProperty, positiveLimit } from '../core/limit.js';
import { labelFor } from '../core/strings.js';
import { timesOf } from '../format/event-times.js';
import type { CoalitionEvent, Feed } from '../format/schema.js';
import { calendarEntry, googleCalendarUrl, outlookUrl, subscribeUrls, toIcs } from '../format/calendar.js';
import { eventListStyles } from './event-list.styles.js';
import { displayZone, formatDayHeading, formatDays, formatTimeRange } from './event-time.js';
import { eventsJsonLd } from './json-ld.js';
import { JsonLdController } from './json-ld-script.js';
import { LookAgainController } from './look-again.js';
import { NearEndController } from './near-end.js';
import { groupByDay, neighborhoodsOf, selectEvents } from './select-events.js';
import '../translations/en/event-list.js';
import '../translations/es/event-list.js';

/** The events a list shows, and the neighborhoods its chooser offers, for one feed and filter. */
interface Selection {
  key: string;
  feed: Feed;
  /** When an event ends (and the selection changes), in ms; Infinity when none will. */
  until: number;
  events: CoalitionEvent[];
  neighborhoods: string[];
}

/** Events rendered at first, and added each time the reader nears the end, when there is no `limit`. */
const WINDOW = 50;

/** The calendars an event's links add it to: brand names, the same in every language. */
const GOOGLE_CALENDAR = 'Google Calendar';
const OUTLOOK = 'Outlook.com';
const MICROSOFT_365 = 'Microsoft 365';

/**
 * Upcoming neighborhood events, soonest first, grouped by day, with RSVP and add-to-calendar.
 * Long lists render in windows as the reader scrolls, so thousands of events stay fast.
 *
 * @tagname coalition-event-list
 * @summary Upcoming events grouped by day, filterable, with RSVP and add-to-calendar.
 * @csspart chooser - The neighborhood chooser (a `<select>`), shown when events name several neighborhoods.
 * @csspart day - One day's group of events.
 * @csspart day-heading - A day's heading.
 * @csspart list - The list of one day's events.
 * @csspart event - One event.
 * @csspart title - An event's title.
 * @csspart status - The "Cancelled", "Postponed" or "Rescheduled" mark.
 * @csspart time - An event's time range with its zone label.
 * @csspart place - An event's place and address.
 * @csspart online-link - The link to join an event online.
 * @csspart meta - An event's neighborhood and tags.
 * @csspart speakers - The names of an event's speakers.
 * @csspart description - An event's description.
 * @csspart expand-button - The button that expands a long description.
 * @csspart actions - An event's RSVP and calendar actions.
 * @csspart rsvp-link - The RSVP link.
 * @csspart ics-button - The button that downloads an `.ics` file.
 * @csspart google-link - The Google Calendar link.
 * @csspart outlook-link - The Outlook.com link.
 * @csspart office-link - The Microsoft 365 (Outlook for work or school) link.
 * @csspart subscribe - The links to subscribe to the coalition's whole calendar, when the feed has `coalition.calendar`.
 * @csspart subscribe-link - The `webcal:` link that subscribes a calendar app.
 * @csspart google-subscribe-link - The link that subscribes Google Calendar.
 * @csspart more-button - The "Show more" button.
 * @event coalition-filter-change - A visitor chose a neighborhood. `detail`: `{ neighborhood, tag }` (`neighborhood` is undefined for all).
 */
export class CoalitionEventList extends CoalitionWidget {
  static override styles = [...CoalitionWidget.styles, eventListStyles];

  static override properties: PropertyDeclarations = {
    past: { type: Boolean },
    neighborhood: {},
    tag: {},
    limit: limitProperty,
    chosen: { state: true },
    shown: { state: true },
    expanded: { state: true },
  };

  /** Shows past events, newest first, instead of upcoming ones. */
  past = false;

  /** Shows only events in this neighborhood (visitors can still choose another). */
  neighborhood?: string;

  /** Shows only events with this tag. */
  tag?: string;

  /** Shows this many events, then a "Show more" button that shows as many again; empty or 0 for no limit. */
  limit?: number;

  /** The visitor's choice in the neighborhood chooser; `''` means all. */
  private chosen?: string;

  private shown = 0;

  private expanded = new Set<string>();

  protected override expectedHeight(): [number, number] {
    // the chooser and a day heading, then the first few events (measured on the demo feed: 17.5em
    // each in Chromium, 18.5em in Firefox, whose text wraps a little sooner)
    const events = Math.min(positiveLimit(this.limit) ?? 3, 3);
    return [7 + 18 * events, 7 + 22 * events];
  }

  #selection?: Selection;
  #focusIndex = -1;

  constructor() {
    super();
    // an event leaves the list when it ends, also on a page left open for days
    new LookAgainController(this, () => this.feedController.feed && this.#selection?.until);
    // without `limit`, the next window renders as the reader nears the end of the list
    new NearEndController(this, '.sentinel', () => (this.shown += WINDOW));
    // schema.org JSON-LD for the events shown, in the light DOM where search engines look for it
    new JsonLdController(
      this,
      () => [this.feedController.feed && this.#events(this.feedController.feed), this.shown, this.localize.lang],
      () => {
        const feed = this.feedController.feed;
        const shown = feed ? this.#events(feed).slice(0, this.shown || this.#pageSize()) : [];
        return feed ? eventsJsonLd(shown, feed, (text) => this.localize.text(text)) : [];
      },
    );
  }

  /** The neighborhood in force: the visitor's choice, else the attribute. */
  get #neighborhood(): string | undefined {
    return this.chosen === undefined ? this.neighborhood : this.chosen || undefined;
  }

  #events(feed: Feed): CoalitionEvent[] {
    return this.#select(feed).events;
  }

  /** The events to show and the neighborhoods to choose from, worked out again when an event ends or on change. */
  #select(feed: Feed): Selection {
    const now = clock.now();
    const { lang } = this.localize;
    const key = [this.past, this.#neighborhood, this.tag, lang].join('|');
    const current = this.#selection;
    if (current?.key === key && current.feed === feed && now < current.until) return current;
    const pool = selectEvents(feed.events, { now, past: this.past, tag: this.tag });
    const neighborhood = this.#neighborhood;
    return (this.#selection = {
      key,
      feed,
      until: feed.events.reduce((next, event) => {
        const { end } = timesOf(event);
        return end > now && end < next ? end : next;
      }, Infinity),
      events: neighborhood ? selectEvents(pool, { now, past: this.past, neighborhood }) : pool,
      neighborhoods: neighborhoodsOf(pool, lang),
    });
  }

  #pageSize(): number {
    return positiveLimit(this.limit) ?? WINDOW;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (
      changed.has('limit') ||
      changed.has('past') ||
      changed.has('neighborhood') ||
      changed.has('tag') ||
      changed.has('chosen')
    ) {
      this.shown = this.#pageSize();
    }
  }

  protected override emptyMessage(feed: Feed): string | undefined {
    if (this.#events(feed).length || this.chosen) return undefined;
    return this.past ? this.localize.strings.noPastEvents : this.localize.strings.noEvents;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const events = this.#events(feed);
    const visible = events.slice(0, this.shown || this.#pageSize());
    const zoneOf = (event: CoalitionEvent) => displayZone(event, feed.coalition.timezone);
    let index = 0;
    return html`${this.#renderChooser(feed)} ${this.#renderSubscribe(feed)}
    ${events.length === 0 ? html`<p class="empty-choice">${this.localize.strings.noEvents}</p>` : nothing}
    ${groupByDay(visible, zoneOf).map(
      ({ day, events: ofDay }) =>
        html`<section part="day" class="day" aria-labelledby="day-${day}">
          <h3 part="day-heading" id="day-${day}">${formatDayHeading(day, this.localize.locale)}</h3>
          <ul part="list" role="list">
            ${ofDay.map((event) => this.#renderEvent(event, feed, zoneOf(event), index++))}
          </ul>
        </section>`,
    )}
    ${
      visible.length < events.length
        ? html`<button part="more-button" class="more" @click=${this.#showMore}>
              ${this.localize.strings.showMore(Math.min(this.#pageSize(), events.length - visible.length))}
            </button>
            ${positiveLimit(this.limit) ? nothing : html`<div class="sentinel"></div>`}`
        : nothing
    }`;
  }

  #renderChooser(feed: Feed): TemplateResult | typeof nothing {
    const { strings } = this.localize;
    const { neighborhoods } = this.#select(feed);
    if (neighborhoods.length < 2) return nothing;
    const current = this.#neighborhood?.toLowerCase();
    return html`<label class="chooser"
      >${strings.neighborhood}
      <select part="chooser" @change=${this.#choose}>
        <option value="" ?selected=${!current}>${strings.allNeighborhoods}</option>
        ${neighborhoods.map((name) => html`<option ?selected=${name.toLowerCase() === current}>${name}</option>`)}
      </select></label
    >`;
  }

  #renderSubscribe(feed: Feed): TemplateResult | typeof nothing {
    const { calendar } = feed.coalition;
    if (!calendar) return nothing;
    const { strings } = this.localize;
    const { webcal, google } = subscribeUrls(calendar);
    return html`<p part="subscribe" class="actions">
      <a part="subscribe-link" href=${webcal}>${strings.subscribe}</a>
      <a part="google-subscribe-link" href=${google}>${strings.subscribeGoogle}</a>
    </p>`;
  }

  #renderEvent(event: CoalitionEvent, feed: Feed, zone: string | undefined, index: number): TemplateResult {
    const { strings, locale } = this.localize;
    const title = this.localize.text(event.title);
    const status = event.status && event.status !== 'scheduled' ? event.status : undefined;
    const speakers = event.speakers
      ?.map((id) => feed.speakers.find((speaker) => speaker.id === id)?.name)
      .filter((name): name is string => !!name);
    const description = this.localize.text(event.description);
    const place = event.location;
    const { days } = timesOf(event);
    return html`<li part="event" class="event ${status ?? ''}">
      <article aria-labelledby="event-${index}" tabindex="-1" data-index=${index}>
        <h4 part="title" id="event-${index}">
          ${status ? html`<span part="status" class="status">${strings.status[status]}</span> ` : nothing}${title}
        </h4>
        <p part="time" class="time">
          <time datetime=${event.start}
            >${days ? formatDays(days, locale, strings.allDay) : formatTimeRange(event, zone, locale)}</time
          >
        </p>
        ${
          place && (place.name || place.address)
            ? html`<p part="place" class="place">
                ${
                  place.url
                    ? html`<a href=${place.url}>${[place.name, place.address].filter(Boolean).join(', ')}</a>`
                    : html`${place.name}${place.name && place.address ? html`<br />` : nothing}${place.address}`
                }
              </p>`
            : nothing
        }
        ${
          event.online
            ? html`<p>
                <a part="online-link" href=${event.online.url} aria-label=${labelFor(strings.joinOnline, title)}
                  >${strings.joinOnline}</a
                >
              </p>`
            : nothing
        }
        ${
          event.neighborhood || event.tags?.length
            ? html`<p part="meta" class="meta">
                ${[event.neighborhood, ...(event.tags ?? []).map((tag) => `#${tag}`)].filter(Boolean).join(' · ')}
              </p>`
            : nothing
        }
        ${
          speakers?.length
            ? html`<p part="speakers" class="speakers">
                ${strings.withSpeakers(new Intl.ListFormat(locale).format(speakers))}
              </p>`
            : nothing
        }
        ${
          description
            ? renderExpandable({
                id: `description-${index}`,
                text: description,
                part: 'description',
                expanded: this.expanded.has(event.id),
                toggle: () => this.#toggle(event.id),
                strings,
              })
            : nothing
        }
        ${status === 'cancelled' ? nothing : this.#renderActions(event, feed, title)}
      </article>
    </li>`;
  }

  #renderActions(event: CoalitionEvent, feed: Feed, title: string): TemplateResult {
    const strings = this.localize.strings;
    const entry = calendarEntry(event, feed, (text) => this.localize.text(text));
    return html`<div part="actions" class="actions">
      ${
        event.rsvp
          ? html`<a part="rsvp-link" class="rsvp" href=${event.rsvp} aria-label=${labelFor(strings.rsvp, title)}
              >${strings.rsvp}</a
            >`
          : nothing
      }
      <button
        part="ics-button"
        class="link-button"
        aria-label=${labelFor(strings.addToCalendar, title)}
        @click=${() => this.#download(event, feed)}
      >
        ${strings.addToCalendar}
      </button>
      <a part="google-link" href=${googleCalendarUrl(entry)} aria-label=${labelFor(GOOGLE_CALENDAR, title)}
        >${GOOGLE_CALENDAR}</a
      >
      <a part="outlook-link" href=${outlookUrl(entry, 'live')} aria-label=${labelFor(OUTLOOK, title)}>${OUTLOOK}</a>
      <a part="office-link" href=${outlookUrl(entry, 'office')} aria-label=${labelFor(MICROSOFT_365, title)}
        >${MICROSOFT_365}</a
      >
    </div>`;
  }

  #download(event: CoalitionEvent, feed: Feed): void {
    const entry = calendarEntry(event, feed, (text) => this.localize.text(text));
    const url = URL.createObjectURL(
      new Blob([toIcs([entry], feed.coalition.name)], { type: 'text/calendar;charset=utf-8' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = `${event.id.replace(/[^\w-]+/g, '-')}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  #toggle(id: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  #choose(event: Event): void {
    this.chosen = (event.target as HTMLSelectElement).value;
    emit(this, 'coalition-filter-change', { neighborhood: this.chosen || undefined, tag: this.tag });
  }

  #showMore(): void {
    this.#focusIndex = this.shown;
    this.shown += this.#pageSize();
  }

  protected override updated(): void {
    if (this.#focusIndex >= 0) {
      this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.#focusIndex}"]`)?.focus();
      this.#focusIndex = -1;
    }
  }
}

declare global {
  interface HTMLElementEventMap {
    'coalition-filter-change': CustomEvent<{ neighborhood: string | undefined; tag: string | undefined }>;
  }
}
